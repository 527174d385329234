// Repository permission levels, weakest first.
import { LEVELS, type Level } from '../config/config.js'

export function meets(has: Level, needs: Level): boolean {
  return LEVELS.indexOf(has) >= LEVELS.indexOf(needs)
}

/** The level from GET /collaborators/{user}/permission: role_name when it is a base role, else the booleans. */
export function levelFromPermission(response: {
  role_name?: string
  permission?: string
  user?: { permissions?: Partial<Record<'admin' | 'maintain' | 'push' | 'triage' | 'pull', boolean>> } | null
}): Level {
  const p = response.user?.permissions
  if (p) {
    if (p.admin) return 'admin'
    if (p.maintain) return 'maintain'
    if (p.push) return 'write'
    if (p.triage) return 'triage'
    if (p.pull) return 'read'
    return 'none'
  }
  // Custom roles have their own names; the legacy field still says what they inherit.
  if (LEVELS.includes(response.role_name as Level)) return response.role_name as Level
  return ({ admin: 'admin', write: 'write', read: 'read' } as Record<string, Level>)[response.permission ?? ''] ?? 'none'
}
