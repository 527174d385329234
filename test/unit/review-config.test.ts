// Config edge cases of the roles and the command permissions found in review.
import { describe, expect, it } from 'vitest'
import { commandLevel, resolveConfig } from '../../src/config/config.js'
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
