// npm start ends with the whole picture (GitHub, Slack, P2, Make, the retrospective, the
// report) even where no real WordPress can start, and leaves no temporary folder behind.
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '../support/action.mjs'

describe('npm start', () => {
  it('plays a whole incident on the WordPress stand-in and shows what appeared where', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'incident-ops-sandbox-'))
    try {
      const child = spawn(process.execPath, ['sandbox/run.mjs'], { cwd: root, env: { ...process.env, INCIDENT_OPS_WORDPRESS: 'standin', TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.on('data', (d) => (out += d))
      child.stderr.on('data', (d) => (err += d))
      const code = await new Promise((r) => child.once('close', r))
      expect(code, err).toBe(0)
      // eslint-disable-next-line no-control-regex
      const text = out.replace(/\x1b\[\d+m/g, '')
      expect(text).toContain('WordPress: the stand-in, because INCIDENT_OPS_WORDPRESS=standin')
      const picture = text.slice(text.indexOf('═══ What appeared where ═══'))
      expect(picture).toMatch(/GitHub issue #1 labels: .*📝 incident: reviewed/)
      expect(picture).toMatch(/Slack: 2 alert\(s\), pinned: 1, thread replies: \d+/)
      expect(picture).toMatch(/P2 post http:\/\/127\.0\.0\.1:\d+\/incident-openverse-openverse-1\/ \(stand-in\)\n {2}title: Resolved incident: API searches fail\n {2}tags: incident, severity-1, status-reviewed/)
      expect(picture).toContain('comment:')
      expect(picture).toMatch(/Make post http:\/\/127\.0\.0\.1:\d+\/incident-openverse-openverse-1\/ \(stand-in\)\n {2}title: Resolved: API searches fail/)
      expect(picture).toContain('Retrospective issue #3: Retrospective: API searches fail')
      expect(picture).toContain('Follow-up issue #2: Alert when the Elasticsearch cluster turns red')
      expect(picture).toContain('Metrics report (mode: report)')
      expect(picture).toContain('Real WordPress: no (stand-in).')
      expect(readdirSync(tmp)).toEqual([])
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
