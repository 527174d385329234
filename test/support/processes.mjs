// Servers and folders the tests and the sandbox create, and their clean-up. A server runs in
// a process group of its own (PHP's built-in server forks PHP_CLI_SERVER_WORKERS children),
// so stopping it signals the whole group. Whatever is left when this process exits (a
// failing test, Ctrl-C) is killed and removed.
import { spawn } from 'node:child_process'
import { openSync, closeSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { constants } from 'node:os'

const groups = new Set()
const folders = new Set()

process.on('exit', () => {
  for (const pid of groups) signal(pid, 'SIGKILL')
  for (const dir of folders) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
})
// Killed by a signal, Node skips 'exit' handlers: exit instead (Ctrl-C reaches the sandbox and
// vitest's workers this way). Vitest's main process has handlers of its own that exit.
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  if (process.listenerCount(name) === 0) process.once(name, () => process.exit(128 + constants.signals[name]))
}

/** Removes `dir` when this process exits, unless `removeFolder` removed it before. */
export function removeOnExit(dir) {
  folders.add(dir)
  return dir
}

export function removeFolder(dir) {
  folders.delete(dir)
  rmSync(dir, { recursive: true, force: true })
}

function signal(pid, name) {
  try {
    process.kill(-pid, name)
    return true
  } catch {
    return false // ESRCH: the group is gone
  }
}

async function groupGone(pid, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!signal(pid, 0)) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return !signal(pid, 0)
}

/**
 * Starts a server in its own process group, its output going to `logFile`.
 * Returns { pid, exited(), output(), stop() }; stop() ends the whole group.
 */
export async function startServer(command, args, { env, logFile }) {
  const fd = openSync(logFile, 'a')
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', fd, fd] })
  closeSync(fd)
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve)
    child.once('error', (e) => reject(new Error(`could not start ${command}: ${e.message}`)))
  })
  groups.add(child.pid)
  let exitCode = null
  child.once('exit', (code, sig) => (exitCode = code ?? sig))
  return {
    pid: child.pid,
    /** Why the server's main process ended, or null while it runs. */
    exited: () => exitCode,
    output: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    async stop() {
      if (signal(child.pid, 'SIGTERM') && !(await groupGone(child.pid, 5000))) {
        signal(child.pid, 'SIGKILL')
        await groupGone(child.pid, 5000)
      }
      groups.delete(child.pid)
    }
  }
}
