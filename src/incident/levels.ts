// Permission levels, asked of GitHub once per person per run. A level asked ahead (the
// commenter's, while the issue loads) is joined by whoever needs it, not asked again.
import type { Level } from '../config/config.js'
import type { Repo } from '../github/repo.js'
import { quietly } from './concurrency.js'

export class Levels {
  private readonly asked = new Map<string, Promise<Level>>()

  constructor(private readonly repo: Pick<Repo, 'level'>) {}

  of(login: string): Promise<Level> {
    const key = login.toLowerCase()
    let level = this.asked.get(key)
    if (!level) {
      level = quietly(this.repo.level(login))
      this.asked.set(key, level)
      // A failed ask is asked again by the next one who needs it.
      const asked = level
      level.catch(() => this.asked.get(key) === asked && this.asked.delete(key))
    }
    return level
  }

  /** Asks now for a level that is likely needed soon; a failure here stays quiet. */
  ahead(login: string | undefined): void {
    if (login) void this.of(login)
  }
}
