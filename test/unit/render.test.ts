import { describe, expect, it, onTestFinished } from 'vitest'
import { escapeHtml, escapeMarkdown, escapeSlack, safeUrl } from '../../src/render/escape.js'
import { createRenderer } from '../../src/render/renderer.js'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { incidentView } from '../../src/render/view.js'

const loaded = async (context: Parameters<typeof createRenderer>[0]) => {
  const renderer = createRenderer(context)
  await renderer.load()
  return renderer.render
}

const HOSTILE = '<!channel> @here @everyone <script>alert(1)</script> #tag +otherblog @someone [x](javascript:alert(1)) ![img](http://evil/x.png) **bold** `code` <img src=x onerror=alert(1)> | table | &amp; #123 -->'

describe('escaping', () => {
  it('Markdown: no mentions, references, links, images, HTML or formatting come out', () => {
    const md = escapeMarkdown(HOSTILE)
    expect(md).not.toMatch(/(^|[^\\])@(here|everyone|someone)/)
    expect(md).not.toMatch(/(^|[^\\])<script/)
    expect(md).not.toMatch(/(^|[^\\])\[x\]/)
    expect(md).not.toMatch(/(^|[^\\])#123/)
    expect(md).toContain('\\*\\*bold\\*\\*')
    expect(escapeMarkdown('- item\n1. first\n# heading')).toBe('\\- item\n\\1. first\n\\# heading')
    expect(escapeMarkdown('see https://evil.example')).not.toContain('https://evil')
  })

  it('Slack: control characters become entities and broadcasts are defused', () => {
    const slack = escapeSlack(HOSTILE)
    expect(slack).not.toContain('<!channel>')
    expect(slack).toContain('&lt;!channel&gt;')
    expect(slack).not.toMatch(/@(here|everyone)\b/)
    expect(slack).toContain('&amp;amp;')
  })

  it('WordPress: no markup, and P2 #tags, +xposts and @mentions cannot form', () => {
    const html = escapeHtml(HOSTILE)
    // Only entities (&#NN;) may hold a #.
    expect(html.replace(/&#\d+;/g, '')).not.toMatch(/[<>#+@]/)
    expect(html).toContain('&#60;script&#62;')
  })

  it('only http(s) URLs without credentials stay links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('https://user:pw@example.org/')).toBeUndefined()
    expect(safeUrl('not a url')).toBeUndefined()
    expect(safeUrl('https://github.com/a/b/issues/1')?.href).toBe('https://github.com/a/b/issues/1')
  })
})

describe('templates', () => {
  const config = resolveConfig({ slack: { users: { alice: 'U0ALICE' } } })
  const state = { ...declare({ recorder: 'rec', severity: 1, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config), lead: 'alice' }
  const declaration = { summary: HOSTILE, severity: 1, affected: HOSTILE, started: '', reportLink: 'javascript:alert(1)', relatedToCode: false, thirdParty: HOSTILE, evidence: '' }
  const view = () => ({ ...incidentView(state, { repo: 'acme/svc', number: 4, title: `Down ${HOSTILE}`, url: 'https://github.com/acme/svc/issues/4' }, declaration, config), makeWanted: true, updateEvery: '1h', retrospective: true })

  it('hostile text stays harmless on the card, in Slack, on P2 and Make', async () => {
    const render = await loaded({ timezone: 'UTC', slackUsers: config.slack.users })
    const card = render('github/card.md', view())
    // Code spans (the command list) cannot mention anyone; outside them every @ is escaped.
    expect(card.replace(/`[^`\n]*`/g, '').match(/(^|[^\\])@(here|everyone|someone)\b/gm)).toBeNull()
    expect(card).not.toMatch(/(^|[^\\])<script/)
    expect(card).toContain('@alice')

    const alert = render('slack/alert.slack', view())
    expect(alert).not.toContain('<!channel>')
    expect(alert).not.toMatch(/@(here|everyone)\b/)
    expect(alert).toContain('<@U0ALICE>')
    expect(alert).toContain('<https://github.com/acme/svc/issues/4|')

    for (const name of ['p2/post.html', 'p2/title.html', 'make/post.html', 'make/title.html']) {
      const html = render(name, view())
      expect(html, name).not.toContain('<script')
      expect(html, name).not.toContain('onerror=')
      expect(html, name).not.toMatch(/(^|[^&])#tag|\+otherblog|@someone|@alice/)
    }
    expect(render('p2/post.html', view())).toContain('&#64;alice')
  })

  it('shows times in UTC and in the configured zone', async () => {
    const render = await loaded({ timezone: 'America/New_York', slackUsers: {} })
    expect(render('github/card.md', view())).toContain('2026-11-27 10:00 UTC (27/11/2026, 05:00 ')
  })

  it('precompiled, every template renders exactly what compiling its file at run time renders', async () => {
    const { readdirSync } = await import('node:fs')
    const { resolve } = await import('node:path')
    const precompiled = await loaded({ timezone: 'UTC', slackUsers: config.slack.users })
    // The bundled folder as the override folder: every template compiled from its file.
    const compiled = await loaded({ timezone: 'UTC', slackUsers: config.slack.users, overrides: resolve('templates') })
    const names = readdirSync('templates', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs')).map((f) => f.replace(/\.hbs$/, ''))
    expect(names).toContain('github/card.md')
    for (const name of names) expect(precompiled(name, view()), name).toBe(compiled(name, view()))
  })

  it('a repository template overrides the bundled one', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    mkdirSync(join(dir, 'slack'))
    writeFileSync(join(dir, 'slack/alert.slack.hbs'), 'Custom: {{title}}')
    const render = await loaded({ timezone: 'UTC', slackUsers: {}, overrides: dir })
    expect(render('slack/alert.slack', view())).toBe(`Custom: ${escapeSlack(`Down ${HOSTILE}`)}`)
    expect(render('p2/title.html', view())).toContain('Incident:')
  })
})

describe('the precompiled templates', () => {
  it('are up to date with templates/ (npm run bundle regenerates them)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    // @ts-expect-error: a plain JavaScript build script
    const { templateFiles, output } = await import('../../scripts/build-templates.mjs')
    const expected = templateFiles() as Map<string, string>
    const committed = readdirSync(output, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).sort()
    // One file per template, none left from a removed one, each what the build writes.
    expect(committed).toEqual([...expected.keys()].sort())
    for (const [file, code] of expected) expect(readFileSync(join(output, file), 'utf8'), file).toBe(code)
  })

  it('a template that does not exist is named in the error', async () => {
    const render = await loaded({ timezone: 'UTC', slackUsers: {} })
    expect(() => render('github/nonexistent.md', {})).toThrow('template github/nonexistent.md.hbs not found')
  })
})

describe('durations in templates', () => {
  it('a duration of zero is under a minute; a missing one is a dash', async () => {
    const render = await loaded({ timezone: 'UTC', slackUsers: {} })
    const report = render('github/report.md', { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z', total: 0, severities: [{ level: 1, name: 'Critical', count: 1, open: 0, medianToLead: 0, retrosPending: 0 }] })
    expect(report).toContain('| 1 (Critical) | 1 | 0 | — | — | under a minute | — | — | 0 |')
  })
})
