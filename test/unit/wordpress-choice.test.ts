// Which WordPress the tests get, and what they say when it cannot run. Each case runs in a
// process of its own, with a PATH that hides PHP and MariaDB the way a bare machine would.
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const module = new URL('../support/wordpress.mjs', import.meta.url).href

function choose(env: Record<string, string>) {
  const empty = mkdtempSync(join(tmpdir(), 'incident-ops-path-'))
  try {
    const script = `import(${JSON.stringify(module)}).then((m) => { try { console.log(JSON.stringify(m.chooseWordPress())) } catch (e) { console.log(JSON.stringify({ error: e.name, message: e.message })) } })`
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { PATH: empty, ...env }, encoding: 'utf8' }))
  } finally {
    rmSync(empty, { recursive: true })
  }
}

describe('choosing the WordPress backend', () => {
  it('without PHP it picks Playground and says why, with the command for the native one', () => {
    const { backend, reason } = choose({})
    expect(backend).toBe('playground')
    expect(reason).toMatch(/^the native one lacks php\b/)
    expect(reason).toMatch(/sudo apt-get install php-cli .*php-mysql php-mbstring php-xml|brew install php mariadb/)
  })

  it('INCIDENT_OPS_WORDPRESS=playground is obeyed', () => {
    expect(choose({ INCIDENT_OPS_WORDPRESS: 'playground' })).toEqual({ backend: 'playground', reason: 'INCIDENT_OPS_WORDPRESS=playground' })
  })

  it('INCIDENT_OPS_WORDPRESS=native where PHP is missing fails, naming what to install', () => {
    const { error, message } = choose({ INCIDENT_OPS_WORDPRESS: 'native' })
    expect(error).toBe('WordPressUnavailable')
    expect(message).toMatch(/^INCIDENT_OPS_WORDPRESS=native, but this machine lacks php\b.*\. To install: (sudo apt-get install php-cli|brew install php mariadb)/)
  })

  it('an unknown INCIDENT_OPS_WORDPRESS is refused with the values it takes', () => {
    expect(choose({ INCIDENT_OPS_WORDPRESS: 'docker' }).message).toBe('INCIDENT_OPS_WORDPRESS is "docker"; use native, playground, or leave it unset to choose automatically.')
  })
})
