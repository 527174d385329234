// Defaults that follow the runbook, and the openverse-2024 profile: pure logic.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { commandLevel, resolveConfig } from '../../src/config/config.js'
import { parseConfigText } from '../../src/config/validate.js'
import { parseCommand } from '../../src/domain/commands.js'
import { destinationStates } from '../../src/domain/destinations.js'
import { applyCommand, declare, type CommandInput } from '../../src/domain/incident.js'
import { makeLimited, makePlan } from '../../src/domain/public-post.js'
import { validateState, type IncidentState } from '../../src/domain/state.js'
import { alertKey, makeKey, owedSyncs, p2Key } from '../../src/domain/sync.js'

const config = resolveConfig()
const all = { slack: true, p2: true, make: true }
const published = { title: 'T', summary: 'S', affected: '', started: '', thirdParty: '' }
const fresh = (severity = 1, extra: Partial<Parameters<typeof declare>[0]> = {}) => declare({ recorder: 'rec', severity, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false, published, ...extra }, config)
const run = (state: IncidentState, text: string, by = 'lee', level: CommandInput['level'] = 'write', cfg = config) =>
  applyCommand(state, { id: `c${text.length}${by}`, comment: 1, by, at: '2026-11-27T10:05:00Z', level, parsed: parseCommand(text, cfg)! }, cfg)

describe('updates and retrospectives by default, and the openverse-2024 profile', () => {
  it('asks for hourly updates at every severity by default; the profile asks daily at severity 3 and keeps the rest', () => {
    expect(resolveConfig().severities.map((s) => s.updateEveryMs)).toEqual([3_600_000, 3_600_000, 3_600_000])
    const profile = resolveConfig(parseConfigText('profile: openverse-2024\n', 'x'))
    expect(profile.severities.map((s) => s.updateEveryMs)).toEqual([3_600_000, 3_600_000, 86_400_000])
    expect(profile.retro.open).toBe('required')
    // The config's own keys still win over the profile.
    const own = resolveConfig(parseConfigText('profile: openverse-2024\nretrospective:\n  open: always\nseverities:\n  - { level: 3, name: Minor, definition: d, update-every: 4h }\n', 'x'))
    expect(own.severities[0].updateEveryMs).toBe(4 * 3_600_000)
    expect(own.retro.open).toBe('always')
  })

  it('refuses an unknown profile, a bad code repository or example link, with the line', () => {
    expect(() => parseConfigText('profile: openverse-2099\n', 'x')).toThrow('line 1: profile must be one of openverse-2024')
    expect(() => parseConfigText('code-repository: just-a-name\n', 'x')).toThrow('line 1: code-repository must be a repository such as owner/name')
    expect(() => parseConfigText('retrospective:\n  example: docs/retro.md\n', 'x')).toThrow('line 2: retrospective.example must be a link starting with https://')
    expect(() => parseConfigText('make:\n  after: claim\n', 'x')).toThrow('line 2: make.after must be one of lead, recorded')
    expect(resolveConfig(parseConfigText('code-repository: acme/api\n', 'x')).codeRepository).toBe('acme/api')
  })

  it('every resolved incident owes its retrospective issue by default; with open: required only required severities do', () => {
    const minor = { ...fresh(3), lead: 'lee' }
    expect(run(minor, '/resolve fixed').state.retroOwed).toBe(true)
    const required = resolveConfig({ retrospective: { open: 'required' } })
    expect(run(minor, '/resolve fixed', 'lee', 'write', required).state.retroOwed).toBeUndefined()
    expect(run(fresh(1), '/resolve fixed', 'lee', 'write', required).state.retroOwed).toBe(true)
  })
})

describe('the public Make post is the point person’s step', () => {
  it('a severity 1–2 post waits for a lead; make.after: recorded posts at once; severity 3 needs none', () => {
    expect(makePlan(fresh(1), config)).toBe('waits-for-lead')
    expect(owedSyncs(fresh(1), config, all).map((o) => `${o.dest}:${o.op}`)).not.toContain('make:post')
    const led = run(fresh(1), '/claim').state
    expect(makePlan(led, config)).toBe('owed')
    expect(owedSyncs(led, config, all).map((o) => `${o.dest}:${o.op}`)).toContain('make:post')
    expect(makePlan(fresh(1), resolveConfig({ make: { after: 'recorded' } }))).toBe('owed')
    expect(makePlan(fresh(3), config)).toBe('not-needed')
  })

  it('/public posts now (even at severity 3); /public skip records why not, and a lead then posts nothing', () => {
    expect(makePlan(run(fresh(3), '/public').state, config)).toBe('owed')
    const skipped = run(fresh(1), '/public skip only staging was affected').state
    expect(skipped.public).toEqual({ by: 'lee', at: '2026-11-27T10:05:00Z', skip: 'only staging was affected' })
    expect(skipped.timeline.at(-1)).toMatchObject({ kind: 'public', text: 'only staging was affected' })
    expect(makePlan(run(skipped, '/lead @someone', 'maintainer').state, config)).toBe('skipped')
    // Changing one's mind: /public after a skip posts.
    expect(makePlan(run(skipped, '/public').state, config)).toBe('owed')
  })

  it('/public needs write access by default, a reason to skip, and refuses once published', () => {
    expect(commandLevel(config, 'public')).toBe('write')
    const refused = run(fresh(1), '/public', 'tri', 'triage')
    expect(refused.state.public).toBeUndefined()
    expect(refused.effects).toContainEqual(expect.objectContaining({ template: 'refused', data: expect.objectContaining({ needs: 'write' }) }))
    expect(parseCommand('/public skip', config)).toMatchObject({ ok: false, reason: 'usage' })
    // A post an earlier run may have made (uncertain): not skipped until the next run has looked.
    const uncertain = run({ ...fresh(1), lead: 'lee', pending: ['make:post'] }, '/public skip staging only')
    expect(uncertain.state.public).toBeUndefined()
    expect(makePlan(uncertain.state, config)).toBe('owed')
    const posted = { ...fresh(1), make: { id: 6, url: 'https://make.example/x' } }
    expect(run(posted, '/public skip too late').effects).toContainEqual(expect.objectContaining({ data: expect.objectContaining({ reason: expect.stringContaining('already published') }) }))
  })

  it('lowering a published incident to severity 3 owes an edit that says the impact is limited', () => {
    const s = { ...fresh(1), lead: 'lee', make: { id: 6, url: 'https://make.example/x', synced: '' } }
    const synced = { ...s, make: { ...s.make, synced: makeKey(s, config) } }
    expect(owedSyncs(synced, config, all).filter((o) => o.dest === 'make')).toEqual([])
    const lowered = run(synced, '/severity 3 only a few users').state
    expect(makeLimited(lowered, config)).toBe(true)
    expect(owedSyncs(lowered, config, all).filter((o) => o.dest === 'make')).toEqual([{ dest: 'make', op: 'post-edit' }])
  })

  it('the decision survives the card: validated on read, a damaged one dropped and named', () => {
    const s = run(fresh(1), '/public skip staging only').state
    expect(validateState(JSON.parse(JSON.stringify(s)))).toEqual({ state: s, repaired: [] })
    expect(validateState({ ...JSON.parse(JSON.stringify(s)), public: { by: 1 } })).toMatchObject({ repaired: ['public'] })
  })
})

describe('the critical issue for the code fix', () => {
  it('is owed once, as a GitHub op, when the form says the incident relates to our code', () => {
    const s = fresh(2, { codeRepository: 'acme/api' })
    expect(s.code).toEqual({ repo: 'acme/api' })
    expect(owedSyncs(s, config, all)[0]).toEqual({ dest: 'github', op: 'code-issue' })
    expect(owedSyncs({ ...s, code: { repo: 'acme/api', number: 4 } }, config, all)).not.toContainEqual({ dest: 'github', op: 'code-issue' })
    // Refused (the token cannot reach that repository): said on the card, not retried.
    expect(owedSyncs({ ...s, code: { repo: 'acme/api', problem: 'refused' } }, config, all)).not.toContainEqual({ dest: 'github', op: 'code-issue' })
    expect(fresh(2).code).toBeUndefined()
  })

  it('a waiting report opens none until it is confirmed', () => {
    const reported = declare({ recorder: 'r', severity: 1, at: '2026-11-27T10:00:00Z', confirmed: false, thankable: false, codeRepository: 'acme/api' }, config)
    expect(owedSyncs(reported, config, all)).toEqual([{ dest: 'slack', op: 'notice' }])
  })
})

describe('the resolve checklist shows each destination as it is', () => {
  const resolved = (): IncidentState => {
    const base = { ...fresh(1), lead: 'lee', status: 'resolved' as const }
    const posts = { ...base, p2: { id: 5, url: 'https://p2/x' }, make: { id: 6, url: 'https://make/x' } }
    const slack = { ...posts, slack: { channel: 'C1', ts: '1.1', link: 'https://slack/x', pinned: false, synced: alertKey(posts) } }
    return { ...slack, p2: { ...slack.p2, synced: p2Key(slack) }, make: { ...slack.make, synced: makeKey(slack, config) } }
  }

  it('done where nothing is owed; pending where something is; failed where the last try failed; off without credentials', () => {
    expect(destinationStates(resolved(), config, all)).toEqual({ slack: 'done', p2: 'done', make: 'done' })
    expect(destinationStates({ ...resolved(), slack: { ...resolved().slack!, pinned: true } }, config, all).slack).toBe('pending')
    expect(destinationStates({ ...resolved(), failures: { p2: 'P2 answered HTTP 503' } }, config, all).p2).toBe('failed')
    expect(destinationStates(resolved(), config, { slack: true, p2: false, make: true }).p2).toBe('off')
    expect(destinationStates({ ...fresh(3), status: 'resolved' }, config, all).make).toBe('not-needed')
  })
})

describe('the example config ships the runbook’s links', () => {
  it('as commented examples that, uncommented, are a valid triage config', () => {
    const text = readFileSync('docs/incident.example.yml', 'utf8')
    const commented = text.split('\n').filter((l) => /^\s*#\s+- \{ title: .*url: /.test(l))
    const titles = commented.map((l) => /title: ([^,]+),/.exec(l)![1])
    expect(titles).toEqual(expect.arrayContaining(['Search the docs', 'Deploys', 'Traffic anomalies runbook']))
    const uncommented = `triage:\n  default:\n${commented.map((l) => l.replace(/^(\s*)#\s?/, '$1')).join('\n')}\n`
    const config = resolveConfig(parseConfigText(uncommented, 'x'))
    expect(config.triage.default.length).toBe(commented.length)
    expect(parse(text)).toBeTruthy()
  })
})
