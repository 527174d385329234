// src/actions/core.ts (what `@actions/core` resolves to here) against the package's own
// entry point: the same workflow commands, output file and errors for the same calls.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as light from '../../src/actions/core.js'
import * as real from '../../node_modules/@actions/core/lib/core.js'

type Core = typeof light

/** What a sequence of calls writes to stdout and to the GITHUB_OUTPUT file (delimiters made comparable). */
function effects(core: Core, calls: (core: Core) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'core-'))
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const written: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true))
  const exitCode = process.exitCode
  vi.stubEnv('GITHUB_OUTPUT', output)
  try {
    calls(core)
    return { stdout: written.join(''), output: readFileSync(output, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER'), exitCode: process.exitCode }
  } finally {
    write.mockRestore()
    process.exitCode = exitCode
    vi.unstubAllEnvs()
  }
}

afterEach(() => vi.unstubAllEnvs())

describe('the light @actions/core', () => {
  it('reads inputs as the package does', () => {
    vi.stubEnv('INPUT_SLACK-CHANNEL', '  C0ABC  ')
    vi.stubEnv('INPUT_DRY_RUN', 'true')
    for (const core of [light, real] as Core[]) {
      expect(core.getInput('slack-channel')).toBe('C0ABC')
      expect(core.getInput('slack-channel', { trimWhitespace: false })).toBe('  C0ABC  ')
      expect(core.getInput('dry run')).toBe('true')
      expect(core.getInput('missing')).toBe('')
      expect(() => core.getInput('github-token', { required: true })).toThrow('Input required and not supplied: github-token')
    }
  })

  it('writes the same commands, outputs and exit code', () => {
    const calls = (core: Core) => {
      core.info('plain line')
      core.setSecret('s3cret')
      core.warning('careful: 50% done\nnext line', { title: 'incident-ops' })
      core.notice('Slack is off: no token.', { title: 'incident-ops', file: 'a,b.yml', startLine: 3 })
      core.error(new Error('boom'))
      core.debug('details')
      core.setOutput('incident', 12)
      core.setOutput('report', 'line 1\nline 2')
      core.setFailed('Invalid incident config')
    }
    expect(effects(light, calls)).toEqual(effects(real as Core, calls))
    expect(effects(light, calls)).toMatchObject({ exitCode: 1, output: expect.stringContaining('incident<<DELIMITER\n12\nDELIMITER') })
  })

  it('without an output file, outputs are workflow commands, as the package does', () => {
    const calls = (core: Core) => core.setOutput('status', 'resolved')
    const run = (core: Core) => {
      const written: string[] = []
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true))
      vi.stubEnv('GITHUB_OUTPUT', '')
      try {
        calls(core)
      } finally {
        write.mockRestore()
      }
      return written.join('')
    }
    expect(run(light)).toBe(run(real as Core))
  })
})
