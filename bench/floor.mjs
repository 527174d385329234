// The floor (bench/floor/index.cjs): the named packages making /update's requests and nothing
// else, built as the action is built and timed next to `node -e 0` the same way. What a run
// costs above it is the action's own work; what the floor costs is paid by any design that
// keeps those packages and those round trips.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../test/support/action.mjs'
import { removeOnExit } from '../test/support/processes.mjs'
import { root } from './lib.mjs'

/**
 * Builds the floor as dist/index.js is built (ncc, minified, from the repository's root, where
 * tsconfig.json's @actions/core alias applies). In a child process: ncc would grow this one
 * several hundred MB, and every later spawn from a larger process is slower, bare starts too.
 */
function build() {
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-floor-')))
  execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/floor/index.cjs', '-o', dir, '--minify', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  renameSync(join(dir, 'index.cjs'), join(dir, 'index.js'))
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }')
  return join(dir, 'index.js')
}

/** Paired medians per Node: { [node.path]: { bare: [], floor: [], ratio: [] } }. */
export async function floorTimes(bench, nodeList, runs) {
  const bundle = build()
  // Answers every request at once, as no real server does: the floor is a lower bound.
  let requests = 0
  const server = createServer((req, res) => req.resume().on('end', () => (requests++, res.setHeader('content-type', 'application/json').end('{}'))))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const env = { FLOOR_URL: `http://127.0.0.1:${server.address().port}` }
  const stats = Object.fromEntries(nodeList.map((node) => [node.path, { bare: [], floor: [], ratio: [] }]))
  try {
    for (let i = 0; i < runs; i++) {
      for (const node of nodeList) {
        const t = stats[node.path]
        const bare = await bench.bare(node.path)
        requests = 0
        const floor = await runAction({ github: bench.github, event: 'issue_comment', payload: {}, workspace: bench.workspace, actor: 'lead', node: node.path, args: [bundle], env })
        if (floor.code !== 0 || requests !== 8) throw new Error(`the floor failed (${requests} of its 8 requests made):\n${floor.stdout}\n${floor.stderr}`)
        t.bare.push(bare)
        t.floor.push(floor.ms)
        t.ratio.push(floor.ms / bare)
      }
    }
  } finally {
    server.close()
  }
  return stats
}
