// node bench/trace.mjs: which requests of each event wait for which. One incident's life runs
// with 100 ms added to every stand-in request, and each event's requests are printed in the
// order they started, grouped into waves: requests that started within the same 100 ms ran
// side by side. BENCH_TRACE_EVENTS=declare,/update limits the events shown.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, standIns } from './lib.mjs'
import { removeOnExit } from '../test/support/processes.mjs'

const LATENCY = 100
const bench = await standIns()
bench.setLatency(LATENCY)
const hook = join(root, 'bench/trace-hook.cjs')
const ports = { [new URL(bench.github.url).port]: 'GitHub', [new URL(bench.slack.url).port]: 'Slack', [new URL(bench.wordpress.sites.p2.apiUrl).port]: 'P2', [new URL(bench.wordpress.sites.make.apiUrl).port]: 'Make' }
const only = process.env.BENCH_TRACE_EVENTS?.split(',')
const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-trace-')))
let count = 0

async function traced(name, run) {
  const file = join(dir, `${++count}.jsonl`)
  writeFileSync(file, '')
  const result = await run({ preload: [hook], env: { BENCH_TRACE: file } })
  if (only && !only.includes(name)) return
  const requests = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).sort((a, b) => a.started - b.started)
  console.log(`\n${name}: ${requests.length} requests, ${result.ms.toFixed(0)} ms`)
  let wave = 0
  let waveStart = -Infinity
  for (const r of requests) {
    if (r.started >= waveStart + LATENCY * 0.8) {
      wave++
      waveStart = r.started
    }
    console.log(`  ${String(wave).padStart(2)}  ${String(r.started).padStart(5)}–${String(r.ended).padEnd(5)} ${ports[r.host] ?? r.host} ${r.method} ${describe(r)}`)
  }
}

/** A request in a few words: GraphQL by its first field, Slack by its method, REST by its path. */
function describe(r) {
  if (r.path.endsWith('/graphql')) return `graphql ${r.body}`
  return decodeURIComponent(r.path.replace(/^\/(api|wp-json\/wp\/v2)/, '')).slice(0, 100)
}

const filed = bench.file()
await traced('declare', (o) => filed.run(o))
for (const text of ['/claim', '/update progress', '/note a note', '/stabilized mitigated', '/severity 2 fewer users now', '/resolve fixed']) {
  await traced(text.split(' ')[0], (o) => bench.command(filed.issue.number, text, o))
  // As in the bench: two messages and an !update in the alert's thread, imported by a sweep-started run.
  if (text === '/note a note') await traced('thread', (o) => bench.threadTalk(filed.issue.number, o))
}
await bench.stop()
