import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { parseCommand } from '../../src/domain/commands.js'

const config = resolveConfig()
const parse = (body: string) => parseCommand(body, config)

describe('command grammar', () => {
  it('reads the command from the first line and the text from the rest', () => {
    expect(parse('/update Rolled back the deploy.\n\nError rate is falling.\n- next: watch')).toEqual({
      ok: true,
      command: { name: 'update', text: 'Rolled back the deploy.\n\nError rate is falling.\n- next: watch' }
    })
    expect(parse('\n\n/UPDATE\nCase and leading blank lines do not matter')).toMatchObject({ ok: true, command: { name: 'update', text: 'Case and leading blank lines do not matter' } })
  })

  it('knows aliases', () => {
    expect(parse('/ack')).toEqual({ ok: true, command: { name: 'claim' } })
    expect(parse('/sev 1 it is everywhere')).toEqual({ ok: true, command: { name: 'severity', level: 1, text: 'it is everywhere' } })
    expect(parse('/mitigated flipped the feature flag')).toMatchObject({ command: { name: 'stabilized' } })
  })

  it('is not a command unless the first line starts with a slash', () => {
    expect(parse('I think we should /update the page')).toBeUndefined()
    expect(parse('> /resolve quoted')).toBeUndefined()
    expect(parse('```\n/resolve in code\n```')).toBeUndefined()
    expect(parse('    /resolve indented code')).toBeUndefined()
    expect(parse('')).toBeUndefined()
  })

  it('explains unknown commands and bad arguments', () => {
    expect(parse('/deploy now')).toMatchObject({ ok: false, reason: 'unknown', name: 'deploy' })
    expect(parse('/update')).toMatchObject({ ok: false, reason: 'usage', name: 'update' })
    expect(parse('/severity 9')).toMatchObject({ ok: false, reason: 'usage', detail: expect.stringContaining('1, 2, 3') })
    expect(parse('/lead')).toMatchObject({ ok: false, reason: 'usage' })
    expect(parse('/lead @not a login!')).toMatchObject({ ok: true, command: { name: 'lead', login: 'not' } })
    expect(parse('/lead @-bad')).toMatchObject({ ok: false })
  })

  it('takes /lead with or without @, and /reopen without text', () => {
    expect(parse('/lead octo-cat')).toEqual({ ok: true, command: { name: 'lead', login: 'octo-cat' } })
    expect(parse('/reopen')).toEqual({ ok: true, command: { name: 'reopen', text: '' } })
  })
})
