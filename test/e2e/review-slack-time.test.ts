// Slack both ways and time as it happened, from the outside: many incidents with threads, a run
// killed after acting on an !update, someone in Slack named like a maintainer, and notes at
// times that are no times.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

const CONFIG = 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAINT\nrotation: msr-person\n'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ config: CONFIG })
})
afterEach(async () => {
  await h.stop()
})

type Entry = { id: string; kind: string; by: string; text?: string; at: string; slack?: string }
const p2Comments = async (number: number) => h.comments('p2', h.state(number).p2.id)

describe('reading many threads', () => {
  it('with more threads than one sweep reads, consecutive sweeps read different ones until every thread was read', async () => {
    // Without WordPress: a seeded incident then owes nothing, so only its thread is looked at.
    await h.stop()
    h = await createHarness({ config: CONFIG, wordpress: false })
    const now = Date.parse('2026-11-27T10:07:00Z')
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const quiet = { severity: 3, status: 'stabilized' as const, lead: 'msr-person', times: { reported: iso(now - 600_000), recorded: iso(now - 600_000), lead: iso(now - 600_000), stabilized: iso(now - 300_000), update: iso(now - 60_000) } }
    for (let i = 0; i < 80; i++) h.seedIncident({ at: iso(now - 600_000), ...quiet })
    const read = new Set<string>()
    for (const at of [now, now + 600_000]) {
      const swept = await h.sweep(iso(at))
      expect(swept.code, swept.stderr).toBe(0)
      expect(h.github.dispatches).toHaveLength(0)
      const calls = swept.slackCalls.filter((c) => c.method === 'conversations.replies')
      expect(calls.length).toBeLessThanOrEqual(40)
      for (const c of calls) read.add(String((c.args as { ts?: string }).ts))
    }
    // Two sweeps of 40 reads: all 80 threads, none twice.
    expect(read.size).toBe(80)
  })
})
