import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolveConfig, commandLevel } from '../../src/config/config.js'
import { ConfigError, parseConfigText } from '../../src/config/validate.js'

const problems = (text: string) => {
  try {
    parseConfigText(text, '.github/incident.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error('expected the config to be refused')
}

describe('config', () => {
  it('defaults follow the Openverse process', () => {
    const config = resolveConfig()
    expect(config.severities.map((s) => [s.level, s.makePost, s.criticalPriority, s.retrospective])).toEqual([
      [1, true, true, true],
      [2, true, true, true],
      [3, false, false, false]
    ])
    expect(config.severities[0].updateEveryMs).toBe(3_600_000)
    // The runbook asks for updates hourly at every severity.
    expect(config.severities[2].updateEveryMs).toBe(3_600_000)
    expect(config.permissions.declare).toBe('triage')
    expect(commandLevel(config, 'help')).toBe('none')
    expect(commandLevel(config, 'resolve')).toBe('triage')
  })

  it('the documented example is valid and means what it says', () => {
    const raw = parseConfigText(readFileSync('docs/incident.example.yml', 'utf8'), 'example')
    const config = resolveConfig(raw)
    expect(config.rotation).toMatchObject({ kind: 'rotating', logins: ['alice', 'bob', 'carol'] })
    expect(config.slack.users.octocat).toBe('U0123ABCD')
  })

  it('names the line and key of each problem', () => {
    const text = ['severities:', '  - level: 1', '    name: Critical', '    definition: Down', '    update-every: hourly', 'slack:', '  channel: "#incidents"', 'permisions:', '  declare: write'].join('\n')
    expect(problems(text)).toEqual([
      'line 5: severities[0].update-every must be a duration such as 15m, 1h, 2d or 1w',
      'line 7: slack.channel must be a Slack channel id such as C0123ABCD (not a #name)',
      'line 8: the config: unknown key "permisions"'
    ])
  })

  it('refuses a YAML syntax error with its line', () => {
    expect(problems('slack:\n  channel: [C1\n')[0]).toMatch(/^line \d+: /)
  })

  it('refuses duplicate severity levels, an unknown time zone and bad permission levels', () => {
    const text = 'severities:\n  - { level: 1, name: A, definition: a }\n  - { level: 1, name: B, definition: b }\ntimezone: Mars/Olympus\n'
    expect(problems(text)).toEqual(['line 3: severities[1].level 1 is defined twice', 'line 4: timezone "Mars/Olympus" is not an IANA time zone such as Europe/Madrid'])
    expect(problems('permissions:\n  commands:\n    resolve: boss\n')).toEqual(['line 3: permissions.commands.resolve must be one of none, read, triage, write, maintain, admin'])
  })

  it('accepts canonical time zones, UTC and the aliases Intl knows', () => {
    for (const zone of ['Europe/Madrid', 'America/New_York', 'UTC', 'Etc/UTC', 'US/Eastern', 'Asia/Kolkata', 'Asia/Calcutta']) expect(parseConfigText(`timezone: ${zone}\n`, 'x').timezone, zone).toBe(zone)
    expect(problems('timezone: Europe/Atlantis\n')).toEqual(['line 1: timezone "Europe/Atlantis" is not an IANA time zone such as Europe/Madrid'])
  })

  it('a user-defined level without cadences takes the default level’s', () => {
    const config = resolveConfig(parseConfigText('severities:\n  - { level: 1, name: Down, definition: All down }\n  - { level: 4, name: Cosmetic, definition: Looks off }\n', 'x'))
    expect(config.severities[0].leadWithinMs).toBe(15 * 60_000)
    expect(config.severities[1]).toMatchObject({ level: 4, makePost: false, updateEveryMs: 3_600_000 })
  })
})

describe('config errors for a value of the wrong shape', () => {
  it('a rotation object with a bad duration reports only that', () => {
    expect(problems('rotation:\n  logins: [a]\n  start: 2026-01-05\n  every: weekly\n')).toEqual(['line 4: rotation.every must be a duration such as 15m, 1h, 2d or 1w'])
  })
})

describe('the compiled schema validator', () => {
  it('is up to date with schema/incident-config.schema.json (npm run bundle regenerates it)', async () => {
    // @ts-expect-error: a plain JavaScript build script
    const { validatorSource } = await import('../../scripts/build-schema-validator.mjs')
    expect(readFileSync('src/config/schema-validator.js', 'utf8')).toBe(validatorSource())
  })
})

describe('string lengths (the validator’s Unicode-aware length helper)', () => {
  it('refuses a label longer than GitHub allows, counting emoji as one character', () => {
    expect(problems(`labels:\n  incident: "${'x'.repeat(51)}"\n`)).toEqual(['line 2: labels.incident must NOT have more than 50 characters'])
    expect(() => parseConfigText(`labels:\n  incident: "${'🚨'.repeat(50)}"\n`, 'x')).not.toThrow()
  })
})

// Edge cases of the roles and the command permissions.
describe('roles in the config', () => {
  it('a role name that cannot be used is refused, saying what a role name is', () => {
    expect(problems('roles:\n  Comms: the posts\n')).toEqual(['line 2: roles: "Comms" is not a role name: lowercase letters, digits and -, such as comms (the lead has its own commands)'])
    // /role lead is always refused, and "constructor" would read as every object's own.
    expect(problems('roles:\n  lead: x\n')).toHaveLength(1)
    expect(problems('roles:\n  constructor: x\n')).toHaveLength(1)
    expect(parseConfigText('roles:\n  comms: x\n  on-call-2: y\n', 'x').roles).toEqual({ comms: 'x', 'on-call-2': 'y' })
  })

  it('a task’s owner may /done it whatever their access (the command checks who); the config may raise it', () => {
    expect(commandLevel(resolveConfig(), 'done')).toBe('read')
    expect(commandLevel(resolveConfig({ permissions: { commands: { done: 'triage' } } }), 'done')).toBe('triage')
  })
})
