// npm run release, in a scratch repository: the bundle is built and committed, the version
// tagged, the major tag moved, the CHANGELOG dated; and the refusals.
import { describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { dateUnreleased, notesOf } from '../../scripts/release.mjs'
import { removeOnExit } from '../support/processes.mjs'

const script = resolve('scripts/release.mjs')
const env = { ...process.env, GIT_AUTHOR_NAME: 'Release Test', GIT_AUTHOR_EMAIL: 'release@example.org', GIT_COMMITTER_NAME: 'Release Test', GIT_COMMITTER_EMAIL: 'release@example.org' }

function scratchRepo(): string {
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-release-')))
  // A stand-in bundle step: it writes a dist/ that differs per build, as a real change would.
  const pkg = { name: 'incident-ops', version: '0.1.0', private: true, scripts: { bundle: "node -e \"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','// built from '+require('fs').readFileSync('src.js','utf8'))\"" } }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  writeFileSync(join(dir, 'src.js'), 'v1 source\n')
  cpSync('CHANGELOG.md', join(dir, 'CHANGELOG.md'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env })
  git('init', '--quiet', '--initial-branch=main')
  git('add', '.')
  git('commit', '--quiet', '-m', 'start')
  return dir
}

const release = (dir: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: dir, env, encoding: 'utf8' })
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim()

describe('npm run release', () => {
  it('builds dist/, tags v1.0.0, points v1 at it, dates the CHANGELOG; a later release moves v1', () => {
    const dir = scratchRepo()
    const first = release(dir, '1.0.0')
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('git push origin main v1.0.0')
    const head = git(dir, 'rev-parse', 'HEAD')
    expect(git(dir, 'rev-list', '-n', '1', 'v1.0.0')).toBe(head)
    expect(git(dir, 'rev-list', '-n', '1', 'v1')).toBe(head)
    expect(git(dir, 'show', 'v1.0.0:dist/index.js')).toBe('// built from v1 source')
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.0.0')
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/## Unreleased\n\n## \[1\.0\.0\] - \d{4}-\d{2}-\d{2}\n\nThe first release\./)
    expect(git(dir, 'status', '--porcelain')).toBe('')

    // Nothing new under Unreleased: refused.
    expect(release(dir, '1.0.1').stderr).toContain('nothing under "## Unreleased"')
    writeFileSync(join(dir, 'src.js'), 'v1.0.1 source\n')
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog.replace('## Unreleased\n', '## Unreleased\n\n- Fixed a thing.\n'))
    git(dir, 'commit', '--quiet', '-am', 'fix')
    expect(release(dir, '1.0.1').status).toBe(0)
    expect(git(dir, 'rev-list', '-n', '1', 'v1')).toBe(git(dir, 'rev-parse', 'HEAD'))
    expect(git(dir, 'rev-list', '-n', '1', 'v1.0.0')).toBe(head)
    expect(git(dir, 'show', 'v1:dist/index.js')).toBe('// built from v1.0.1 source')
    expect(notesOf(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), 'v1.0.1')).toBe('- Fixed a thing.')
  })

  it('refuses a dirty tree, another branch, a version not above the last, and a malformed one', () => {
    const dir = scratchRepo()
    expect(release(dir, 'one').stderr).toContain('give the version')
    writeFileSync(join(dir, 'src.js'), 'edited\n')
    expect(release(dir, '1.0.0').stderr).toContain('working tree has changes')
    git(dir, 'checkout', '--quiet', '--', 'src.js')
    git(dir, 'checkout', '--quiet', '-b', 'feature')
    expect(release(dir, '1.0.0').stderr).toContain('release from main')
    git(dir, 'checkout', '--quiet', 'main')
    expect(release(dir, '1.0.0').status).toBe(0)
    expect(release(dir, '0.9.0').stderr).toContain('not above the last release, v1.0.0')
    expect(git(dir, 'tag', '--list').split('\n').sort()).toEqual(['v1', 'v1.0.0'])
  })

  it('dates only what is under Unreleased', () => {
    const log = '# Changelog\n\n## Unreleased\n\n- new\n\n## [1.0.0] - 2026-01-01\n\n- old\n'
    expect(dateUnreleased(log, '1.1.0', '2026-02-02')).toBe('# Changelog\n\n## Unreleased\n\n## [1.1.0] - 2026-02-02\n\n- new\n\n## [1.0.0] - 2026-01-01\n\n- old\n')
    expect(dateUnreleased('# Changelog\n\n## Unreleased\n\n## [1.0.0] - 2026-01-01\n', '1.1.0', 'x')).toBeUndefined()
  })
})
