import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

const CONFIG = 'slack:\n  channel: C0INCIDENT\n  users:\n    msr-person: U0MSR\nrotation: msr-person\ntimezone: Europe/Madrid\ndigest:\n  time: "09:00"\n'
type Message = { ts: string; text: string; metadata?: { event_payload?: { key?: string } } }
const digests = () => h.slack.topLevel().filter((m: Message) => m.metadata?.event_payload?.key?.includes(':digest-'))

describe('the daily digest', () => {
  it('posts one message a day after its local time listing the open incidents and what is overdue', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    const one = h.seedIncident({ at: '2026-11-26T20:00:00Z', title: 'Incident: search is down', severity: 1, status: 'stabilized', lead: 'msr-person', times: { reported: '2026-11-26T20:00:00Z', recorded: '2026-11-26T20:00:00Z', lead: '2026-11-26T20:05:00Z', stabilized: '2026-11-26T21:00:00Z', update: '2026-11-27T06:10:00Z' } })
    const two = h.seedIncident({ at: '2026-11-27T03:00:00Z', title: 'Incident: thumbnails <broken>', severity: 3, status: 'recorded', times: { reported: '2026-11-27T03:00:00Z', recorded: '2026-11-27T03:00:00Z' }, followups: [{ number: 99, title: 'old work', owner: 'maintainer', due: '2026-11-20' }] })

    // 07:30 UTC is 08:30 in Madrid: not yet.
    let swept = await h.sweep('2026-11-27T07:30:00Z')
    expect(swept.code).toBe(0)
    expect(digests()).toHaveLength(0)
    expect(swept.slackCalls).toHaveLength(0)

    // 08:10 UTC (09:10 in Madrid): posted, with no GitHub request of its own.
    swept = await h.sweep('2026-11-27T08:10:00Z')
    expect(swept.stdout).toContain('Daily digest: posted (2 incident(s))')
    expect(swept.summary).toContain('Daily digest: posted (2 incident(s)).')
    expect(digests()).toHaveLength(1)
    const text = digests()[0].text
    const url = (n: number) => `https://github.com/${h.github.owner}/${h.github.repo}/issues/${n}`
    expect(text).toBe(
      [
        `:sunrise: *Open incidents in ${h.github.owner}/${h.github.repo} on 2026-11-27* — anyone signing on for the day: jump in where you can.`,
        `• *<${url(one)}|#${one}>* Incident: search is down: severity 1 · Stabilized · lead: <@U0MSR> · last update: 2h ago`,
        '    :alarm_clock: overdue: update (every 1h; last 2h ago)',
        `• *<${url(two)}|#${two}>* Incident: thumbnails &lt;broken&gt;: severity 3 · Recorded, stabilization pending · lead: *nobody* · last update: none yet`,
        '    :alarm_clock: overdue: no lead for 5h 10m; follow-up #99 (due 2026-11-20, maintainer)'
      ].join('\n')
    )
    expect(digests()[0].metadata?.event_payload?.key).toBe(`${h.github.owner}/${h.github.repo}:digest-2026-11-27`)

    // Later sweeps that day look (who the app is, then the channel: only its own message counts) and post nothing.
    swept = await h.sweep('2026-11-27T12:00:00Z')
    expect(swept.stdout).toContain('Daily digest: already posted today')
    expect(swept.slackCalls.map((c: { method: string }) => c.method)).toEqual(['auth.test', 'conversations.history'])
    expect(digests()).toHaveLength(1)
    // The next day: a new one.
    await h.sweep('2026-11-28T08:05:00Z')
    expect(digests()).toHaveLength(2)
  })

  it('two sweeps that raced leave one message; nothing open, no message; no history scope, no risk of two', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    // Nothing open: no digest.
    let swept = await h.sweep('2026-11-27T08:10:00Z')
    expect(swept.stdout).toContain('Daily digest: not posted: no open incident')
    expect(swept.slackCalls).toHaveLength(0)

    h.seedIncident({ at: '2026-11-27T07:00:00Z', severity: 2, status: 'recorded', lead: 'msr-person', times: { reported: '2026-11-27T07:00:00Z', recorded: '2026-11-27T07:00:00Z', lead: '2026-11-27T07:01:00Z' } })
    // Another sweep posts its digest between this sweep's look and its post.
    let raced = false
    const race = (method: string, args: object) => {
      if (raced || method !== 'chat.postMessage' || !JSON.stringify((args as { metadata?: unknown }).metadata ?? '').includes('digest-')) return false
      raced = true
      const ours = h.slack.messages.at(-1)!
      h.slack.messages.push({ ...ours, ts: `${ours.ts.split('.')[0]}.000050`, text: 'the other sweep’s digest' })
      return false
    }
    swept = await h.run('schedule', { schedule: '7-59/10 * * * *', repository: { name: h.github.repo, full_name: `${h.github.owner}/${h.github.repo}`, owner: { login: h.github.owner } } }, { env: { INCIDENT_OPS_NOW: '2026-11-27T08:20:00Z' }, killOnSlack: race })
    expect(swept.code).toBe(0)
    expect(digests().map((m: Message) => m.text)).toEqual(['the other sweep’s digest'])
    expect(swept.stdout).toContain('already posted today (by a sweep that ran at the same time)')

    // Without channels:history it cannot know: it does not post.
    h.slack.canReadHistory = false
    swept = await h.sweep('2026-11-28T08:10:00Z')
    expect(swept.code).toBe(0)
    expect(digests()).toHaveLength(1)
    expect(swept.stdout).toContain('The daily digest was not posted')
  })
})
