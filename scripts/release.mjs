#!/usr/bin/env node
// Cuts a release of the action, as actions/typescript-action's release script does:
//
//   npm run release -- 1.2.0          build dist/, bump the version, date the CHANGELOG's
//                                     Unreleased entries, commit, tag v1.2.0, move v1
//   npm run release -- 1.2.0 --push   the same, then push the commit and both tags
//   node scripts/release.mjs --notes v1.2.0   print that version's CHANGELOG entry
//
// It refuses a dirty tree, a branch other than main, a version not above the last tag, and
// an empty Unreleased section. Without --push nothing leaves the machine: it prints the push.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const fail = (message) => {
  console.error(`release: ${message}`)
  process.exit(1)
}

/** The CHANGELOG entry of one version (without its heading), or undefined. */
export function notesOf(changelog, version) {
  const bare = version.replace(/^v/, '')
  const lines = changelog.split('\n')
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${bare.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(l))
  if (start < 0) return undefined
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()
}

/** The CHANGELOG with the Unreleased entries moved under a dated heading for the version; undefined when there are none. */
export function dateUnreleased(changelog, version, date) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((l) => /^## \[?Unreleased\]?\s*$/i.test(l))
  if (start < 0) return undefined
  const found = lines.findIndex((l, i) => i > start && /^## /.test(l))
  const end = found < 0 ? lines.length : found
  const notes = lines.slice(start + 1, end).join('\n').trim()
  if (!notes) return undefined
  return [...lines.slice(0, start), '## Unreleased', '', `## [${version}] - ${date}`, '', notes, '', ...lines.slice(end)].join('\n').replace(/\n*$/, '\n')
}

const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}

function main(argv) {
  if (argv[0] === '--notes') {
    const notes = notesOf(readFileSync('CHANGELOG.md', 'utf8'), argv[1] ?? '')
    if (notes === undefined) fail(`CHANGELOG.md has no entry for ${argv[1]}`)
    console.log(notes)
    return
  }
  const version = argv.find((a) => !a.startsWith('--'))?.replace(/^v/, '')
  const push = argv.includes('--push')
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) fail('give the version to release, e.g. `npm run release -- 1.2.0`')
  if (git('status', '--porcelain')) fail('the working tree has changes: commit or stash them first')
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  if (branch !== 'main') fail(`release from main (this is ${branch})`)
  const tags = git('tag', '--list', 'v*.*.*').split('\n').filter((t) => /^v\d+\.\d+\.\d+$/.test(t)).map((t) => t.slice(1))
  const latest = tags.sort(compare).at(-1)
  if (latest && compare(version, latest) <= 0) fail(`v${version} is not above the last release, v${latest}`)
  const changelog = readFileSync('CHANGELOG.md', 'utf8')
  const dated = dateUnreleased(changelog, version, new Date().toISOString().slice(0, 10))
  if (!dated) fail('CHANGELOG.md has nothing under "## Unreleased": say what this release changes first')

  // The bundle the tag points at is built from exactly this commit's source.
  execFileSync('npm', ['run', 'bundle'], { stdio: 'inherit' })
  for (const file of ['package.json', 'package-lock.json']) {
    if (!existsSync(file)) continue
    const json = JSON.parse(readFileSync(file, 'utf8'))
    json.version = version
    if (json.packages?.['']) json.packages[''].version = version
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
  }
  writeFileSync('CHANGELOG.md', dated)
  git('add', '--all', 'dist', 'CHANGELOG.md', 'package.json', ...(existsSync('package-lock.json') ? ['package-lock.json'] : []))
  git('commit', '--quiet', '-m', `Release v${version}`)
  const major = `v${version.split('.')[0]}`
  git('tag', '-a', `v${version}`, '-m', `v${version}`)
  // The major tag is what workflows use (`@v1`): it moves to every release of that major.
  git('tag', '-fa', major, '-m', `${major} (v${version})`)
  const pushes = [['push', 'origin', 'main', `v${version}`], ['push', '--force', 'origin', major]]
  if (push) for (const args of pushes) execFileSync('git', args, { stdio: 'inherit' })
  console.log(`Released v${version} (and moved ${major}) at ${git('rev-parse', '--short', 'HEAD')}.`)
  if (!push) console.log(`Push it with:\n  ${pushes.map((a) => `git ${a.join(' ')}`).join('\n  ')}`)
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
