// Every word the action writes comes from a Handlebars template. Bundled templates live in
// the action's templates/ folder; a repository overrides any of them by putting a file of
// the same name in its configured templates folder. The destination (and so the escaping)
// follows from the name: `*.md` GitHub Markdown, `*.slack` Slack mrkdwn, `*.html` WordPress.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HelperOptions } from 'handlebars'
import { escapeData, type Destination } from './escape.js'
import { formatDuration, formatTime } from '../domain/time.js'

// The action's own templates/ folder, beside dist/ (or src/render/ when run from source).
// Computed at run time so the bundler does not try to resolve it as a module.
const here = dirname(fileURLToPath(import.meta.url))
const BUNDLED = ['..', '../..'].map((up) => resolve(here, up, 'templates')).find((dir) => existsSync(join(dir, 'github')))

export interface RenderContext {
  timezone: string
  slackUsers: Record<string, string>
  /** The repository's override folder, absolute, if it has one. */
  overrides?: string
}

export type Render = (name: string, data: Record<string, unknown>) => string

export interface Renderer {
  /** Loads Handlebars (a separate chunk): call it as soon as a run knows it will write. */
  load: () => Promise<void>
  render: Render
}

function destinationOf(name: string): Destination {
  if (name.endsWith('.slack')) return 'slack'
  if (name.endsWith('.html')) return 'html'
  return 'markdown'
}

/** A renderer whose Handlebars is loaded only by runs that write something. */
export function createRenderer(context: RenderContext): Renderer {
  let loading: Promise<Render> | undefined
  let loaded: Render | undefined
  return {
    load: async () => {
      loading ??= loadRenderer(context)
      loaded = await loading
    },
    render: (name, data) => {
      if (!loaded) throw new Error(`rendering ${name} before the templates were loaded`)
      return loaded(name, data)
    }
  }
}

async function loadRenderer(context: RenderContext): Promise<Render> {
  const { default: Handlebars } = await import('handlebars')
  const hb = Handlebars.create()
  const compiled = new Map<string, HandlebarsTemplateDelegate>()

  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean))
  // A multi-line text as a Markdown quote inside a list item (every line quoted).
  hb.registerHelper('quote', (text: unknown) => (typeof text === 'string' ? text.split('\n').map((line) => `  > ${line}`).join('\n') : ''))
  hb.registerHelper('time', (iso: unknown) => (typeof iso === 'string' && iso ? formatTime(iso, context.timezone) : ''))
  // A duration of 0 is a duration ("under a minute"); only a missing one is a dash.
  hb.registerHelper('duration', (ms: unknown) => (typeof ms === 'number' ? formatDuration(ms) : '—'))
  // People: a Slack mention where the login is mapped; never a P2 @mention.
  hb.registerHelper('mention', function (this: unknown, login: unknown, options: HelperOptions) {
    if (typeof login !== 'string' || !login) return ''
    const dest = (options.data.root as { _dest: Destination })._dest
    if (dest === 'slack') return context.slackUsers[login] ? `<@${context.slackUsers[login]}>` : `*${login}*`
    if (dest === 'html') return `&#64;${login}`
    return `@${login}`
  })

  const load = (name: string): HandlebarsTemplateDelegate => {
    let template = compiled.get(name)
    if (!template) {
      const file = `${name}.hbs`
      const override = context.overrides ? join(context.overrides, file) : undefined
      const path = override && existsSync(override) ? override : BUNDLED && join(BUNDLED, file)
      if (!path || !existsSync(path)) throw new Error(`template ${file} not found`)
      // noEscape: the data is escaped for the destination before rendering (escape.ts).
      template = hb.compile(readFileSync(path, 'utf8'), { noEscape: true, strict: false })
      compiled.set(name, template)
    }
    return template
  }

  return (name, data) => {
    const dest = destinationOf(name)
    const escaped = escapeData(data, dest) as Record<string, unknown>
    return load(name)({ ...escaped, _dest: dest }).trim()
  }
}
