// node bench/compare.mjs REV... : what each change bought. Runs the committed bundle of each
// git revision (and `dist` for the working tree's) side by side, interleaved so that they
// share the machine's ups and downs: paired wall times of a severity 1 declaration and of
// /update against `node -e 0`, on this Node and Node 24. BENCH_RUNS as for npm run bench.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { median, ms, nodes, pairedTimes, printEnvironment, root, standIns } from './lib.mjs'

const revisions = process.argv.slice(2)
if (!revisions.length) {
  console.error('usage: node bench/compare.mjs REV... (git revisions, or dist for the working tree)')
  process.exit(2)
}
const RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 11))

/** A revision's bundle (with the templates/ folder that bundles before precompiling read). */
function bundleOf(rev) {
  if (rev === 'dist') return { rev, subject: 'working tree', bundle: join(root, 'dist/index.js') }
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 }).trim()
  const sha = git('rev-parse', '--short', rev)
  const dir = join(root, '.cache/bench-revisions', sha)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', sha, 'dist', 'templates'], { cwd: root, maxBuffer: 1 << 30 }) })
  return { rev: sha, subject: git('log', '-1', '--format=%s', sha), bundle: join(dir, 'dist/index.js') }
}

const bundles = revisions.map(bundleOf)
const { list, skipped } = nodes()
const bench = await standIns()
const times = await pairedTimes(bench, list, bundles.map((b) => b.bundle), RUNS)
await bench.stop()

printEnvironment(list, skipped)
console.log(`\nWall time by revision, median of ${RUNS} paired runs (ratio: median of each run over the bare start just before it):\n`)
console.log(`| revision | ${list.map((n) => `${n.version} declaration | ratio | /update | ratio`).join(' | ')} |`)
console.log(`|---|${list.map(() => '---|---|---|---|').join('')}`)
for (const b of bundles) {
  const cells = list.map((n) => {
    const t = times[n.path][b.bundle]
    return `${ms(median(t.declare))} | ${median(t.declareRatio).toFixed(2)}× | ${ms(median(t.update))} | ${median(t.updateRatio).toFixed(2)}×`
  })
  console.log(`| ${b.rev} ${b.subject} | ${cells.join(' | ')} |`)
}
console.log(`\nnode -e 0 in the same runs: ${list.map((n) => `${n.version} ${ms(median(Object.values(times[n.path]).flatMap((t) => [...t.bareDeclare, ...t.bareUpdate])))}`).join(', ')}`)
