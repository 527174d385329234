// The servers the tests and the sandbox start must not outlive them: a server's whole process
// group is stopped (PHP's built-in server forks workers), and an exiting process (Ctrl-C
// included) takes its servers and temporary folders with it.
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer } from '../support/processes.mjs'

const alive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
  return check()
}

describe('servers started for tests', () => {
  it('stop() ends the server and every process it forked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incident-ops-test-'))
    try {
      const server = await startServer('sh', ['-c', 'sleep 60 & sleep 60 & echo forked; wait'], { logFile: join(dir, 'log') })
      await until(() => server.output().includes('forked'))
      expect(alive(server.pid)).toBe(true)
      await server.stop()
      expect(alive(server.pid)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a process interrupted with Ctrl-C leaves no server and no temporary folder behind', async () => {
    const script = `
      import { startServer, removeOnExit } from ${JSON.stringify(new URL('../support/processes.mjs', import.meta.url).href)}
      import { mkdtempSync } from 'node:fs'
      import { join } from 'node:path'
      const dir = removeOnExit(mkdtempSync(join(${JSON.stringify(tmpdir())}, 'incident-ops-test-')))
      const server = await startServer('sh', ['-c', 'sleep 60 & sleep 60 & wait'], { logFile: join(dir, 'log') })
      console.log(JSON.stringify({ pid: server.pid, dir }))`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const { pid, dir } = await new Promise<{ pid: number; dir: string }>((resolve) => child.stdout.once('data', (d) => resolve(JSON.parse(String(d)))))
    expect(alive(pid)).toBe(true)
    expect(existsSync(dir)).toBe(true)
    child.kill('SIGINT')
    expect(await new Promise((r) => child.once('exit', r))).toBe(130)
    expect(await until(() => !alive(pid))).toBe(true)
    expect(existsSync(dir)).toBe(false)
  })
})
