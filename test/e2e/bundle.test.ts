// The bundle itself: what an event loads, the templates it reads from next to itself, proxies
// through the toolkit's path, and a process that exits as soon as its work is done
// (kept-alive sockets do not hold it).
import http from 'node:http'
import net from 'node:net'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/github.mjs'
import { runAction, makeWorkspace, formBody, root } from '../support/action.mjs'
import { removeOnExit } from '../support/processes.mjs'
import { SEVERITY } from './harness.js'

let github: FakeGitHub
beforeEach(async () => {
  github = await new FakeGitHub({ owner: 'acme', repo: 'service' }).start()
  github.roles.set('maintainer', 'maintain')
})
afterEach(async () => {
  await github.stop()
})

const declare = (env: Record<string, string> = {}, script = join(root, 'dist/index.js')) => {
  const issue = github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Search fails', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
  const run = runAction({ github, event: 'issues', payload: github.payload('issues', { action: 'opened', issue, sender: github.user('maintainer') }), workspace: makeWorkspace(), actor: 'maintainer', env, args: [script] })
  return { issue, run }
}

describe('the bundle', () => {
  it('dist/index.js carries what an event needs; HTTP libraries, the template compiler and proxy code are not in it', () => {
    const main = readFileSync(join(root, 'dist/index.js'), 'utf8')
    // undici (Node's fetch, bundled by the toolkit), tunnel, Bottleneck, the Handlebars compiler, the Slack SDK's method table.
    for (const mark of ['undici', 'tunneling socket', 'Bottleneck', 'Parse error on line', 'chat.scheduleMessage']) expect(main.includes(mark), mark).toBe(false)
    const chunks = readdirSync(join(root, 'dist')).filter((f) => f !== 'index.js' && f.endsWith('.js'))
    expect(chunks.some((f) => readFileSync(join(root, 'dist', f), 'utf8').includes('tunneling socket'))).toBe(true)
  })

  it('an incident run does not carry the other runs: the sweep, setup, the report and a declaration by dispatch are chunks of their own', () => {
    const main = readFileSync(join(root, 'dist/index.js'), 'utf8')
    const chunks = readdirSync(join(root, 'dist')).filter((f) => f !== 'index.js' && f.endsWith('.js')).map((f) => readFileSync(join(root, 'dist', f), 'utf8'))
    // A message each handler alone writes; and the table of every REST endpoint (@octokit/plugin-rest-endpoint-methods) is in no file.
    for (const mark of ['would start a run for #', 'incident-ops is not ready', 'Incident report: ', 'workflow_dispatch needs a title input']) {
      expect(main.includes(mark), mark).toBe(false)
      expect(chunks.filter((code) => code.includes(mark)).length, mark).toBe(1)
    }
    for (const code of [main, ...chunks]) expect(code.includes('GET /repos/{owner}/{repo}/actions/runners/downloads')).toBe(false)
  })

  it('the precompiled templates are files of their own next to it, so dist/ alone is the action', async () => {
    // Not in index.js: a run reads only the templates it renders.
    expect(readFileSync(join(root, 'dist/index.js'), 'utf8')).not.toContain('"compiler":[')
    const templates = readdirSync(join(root, 'templates'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'))
    expect(templates).toContain('github/card.md.hbs')
    for (const file of templates) expect(existsSync(join(root, 'dist/templates', file.replace(/\.hbs$/, '.js'))), file).toBe(true)
    // The runner runs the action from its own copy of dist/, far from the repository.
    const copy = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-dist-')))
    cpSync(join(root, 'dist'), copy, { recursive: true })
    const { issue, run } = declare({}, join(copy, 'index.js'))
    const result = await run
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const card = github.commentsOn(issue.number).find((c) => c.body.includes('Incident card'))
    expect(card?.body).toContain('| **Severity** | 2: ')
  })

  it('goes through HTTP_PROXY when it is set, by the toolkit’s rules', async () => {
    const targets: string[] = []
    const proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, client: net.Socket, head: Buffer) => {
      targets.push(req.url!)
      const upstream = net.connect(Number(new URL(github.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
    try {
      const host = `github.incident-ops.test:${new URL(github.url).port}`
      const { run } = declare({ GITHUB_API_URL: `http://${host}`, HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}` })
      const result = await run
      expect(result.code, result.stdout + result.stderr).toBe(0)
      expect(targets.length).toBeGreaterThan(0)
      expect(new Set(targets)).toEqual(new Set([host]))
      expect(github.takeRequests().length).toBeGreaterThanOrEqual(3)
    } finally {
      proxy.closeAllConnections()
      proxy.close()
    }
  })

  it('exits when the work is done, though the server would keep the connection open for a minute', async () => {
    ;(github as unknown as { server: http.Server }).server.keepAliveTimeout = 60_000
    const result = await declare().run
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.ms).toBeLessThan(10_000)
  })
})
