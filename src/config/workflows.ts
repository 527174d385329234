// The repository's workflow files that use incident-ops: what setup checks, and the sweep's
// schedule, which every incident run reads to tell a late reminder (no request: the checkout).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { longestGapMs } from '../domain/cron.js'

export interface ActionUse {
  workflow: string
  triggers: Set<string>
  crons: string[]
  mode: string
  permissions: Record<string, string> | 'read-all' | 'write-all' | undefined
  keepalive: boolean
}

/** The jobs of a workflow file that use incident-ops, with what the checks need to know of them. */
export function actionUses(path: string, text: string): ActionUse[] {
  let doc: { on?: unknown; true?: unknown; permissions?: unknown; jobs?: Record<string, { permissions?: unknown; steps?: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> }
  try {
    doc = parseYaml(text) as typeof doc
  } catch {
    return []
  }
  if (!doc || typeof doc !== 'object' || !doc.jobs) return []
  const on = doc.on ?? doc.true
  const triggers = new Set(typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : on && typeof on === 'object' ? Object.keys(on) : [])
  const schedule = on && typeof on === 'object' && !Array.isArray(on) ? (on as { schedule?: Array<{ cron?: string }> }).schedule : undefined
  const crons = (schedule ?? []).map((s) => s?.cron).filter((c): c is string => typeof c === 'string')
  const jobs = Object.values(doc.jobs)
  const keepalive = jobs.some((j) => (j?.steps ?? []).some((s) => /gh workflow enable|\/enable\b/.test(s?.run ?? '')))
  const uses: ActionUse[] = []
  for (const job of jobs) {
    for (const step of job?.steps ?? []) {
      if (!/^[^@\s]+\/incident-ops(@|$)/i.test(step?.uses ?? '') && step?.uses !== './') continue
      uses.push({ workflow: path, triggers, crons, mode: String(step.with?.mode ?? 'auto'), permissions: permissionsOf(job.permissions ?? doc.permissions), keepalive })
    }
  }
  return uses
}

function permissionsOf(value: unknown): ActionUse['permissions'] {
  if (value === 'read-all' || value === 'write-all') return value
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]))
  if (value === undefined) return undefined
  return {}
}

/** The longest gap of the sweep's schedule, read from the workflows in the checkout (no request). */
export function sweepEveryMs(workspace: string): number | undefined {
  const dir = join(workspace, '.github/workflows')
  if (!existsSync(dir)) return undefined
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const sweeper = actionUses(file, readFileSync(join(dir, file), 'utf8')).find((u) => u.triggers.has('schedule') && (u.mode === 'sweep' || u.mode === 'auto') && u.crons.length)
    if (sweeper) return longestGapMs(sweeper.crons)
  }
  return undefined
}
