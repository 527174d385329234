// The floor (bench/floor/index.cjs): the named packages making /update's requests and nothing
// else, built as the action is built and timed next to `node -e 0` the same way. What a run
// costs above it is the action's own work; what the floor costs is paid by any design that
// keeps those packages and those round trips.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../test/support/action.mjs'
import { removeOnExit } from '../test/support/processes.mjs'
import { root } from './lib.mjs'

/** Builds the floor with ncc, minified like dist/index.js; returns the bundle's path. */
async function build() {
  const ncc = createRequire(import.meta.url)('@vercel/ncc')
  const { code } = await ncc(join(root, 'bench/floor/index.cjs'), { minify: true, quiet: true })
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-floor-')))
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }')
  writeFileSync(join(dir, 'index.js'), code)
  return join(dir, 'index.js')
}

/** Paired medians per Node: { [node.path]: { bare: [], floor: [], ratio: [] } }. */
export async function floorTimes(bench, nodeList, runs) {
  const bundle = await build()
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
