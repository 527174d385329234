// Starts one real WordPress (two sites: P2 and Make) for the whole e2e run. It must start:
// a WordPress suite that cannot run fails, saying what is missing; it is never skipped.
import type { TestProject } from 'vitest/node'
import { startWordPress } from './wordpress.mjs'
import { removeOnExit } from './processes.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: Record<'p2' | 'make', { url: string; apiUrl: string; username: string; password: string }>
  }
}

export default async function setup(project: TestProject) {
  // Vitest removes its folder of transformed files when it closes, but not on Ctrl-C.
  removeOnExit(project.tmpDir)
  // A WordPressUnavailable error says what is missing and how to get it, without a stack trace.
  const wordpress = await startWordPress({ log: (m: string) => console.log(`[wordpress] ${m}`) })
  project.provide('wordpress', wordpress.sites)
  return () => wordpress.stop()
}
