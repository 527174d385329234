// Who is on the Mini Support Rotation (MSR) at a given time: the default lead.
import type { Rotation } from '../config/config.js'

export function msrAt(rotation: Rotation, nowMs: number): string | undefined {
  switch (rotation.kind) {
    case 'none':
      return undefined
    case 'fixed':
      return rotation.login
    case 'rotating': {
      const turns = Math.floor((nowMs - rotation.startMs) / rotation.everyMs)
      const n = rotation.logins.length
      return rotation.logins[((turns % n) + n) % n]
    }
  }
}
