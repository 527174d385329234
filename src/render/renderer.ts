// Every word the action writes comes from a Handlebars template. Bundled templates live in
// the action's templates/ folder and are precompiled at build time, one file each
// (src/render/templates/, scripts/build-templates.mjs), so a run loads only the Handlebars
// runtime and reads only the templates it renders. A repository overrides any of them by
// putting a file of the same name in its configured templates folder; only then is the full
// Handlebars compiler loaded, to compile those few. The destination (and so the escaping)
// follows from the name: `*.md` GitHub Markdown, `*.slack` Slack mrkdwn, `*.html` WordPress.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { HelperOptions } from 'handlebars'
import { compileOptions } from './compile-options.js'
import { escapeData, type Destination } from './escape.js'
import { formatDuration, formatTime } from '../domain/time.js'

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
  if (name.endsWith('.txt')) return 'text'
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

// The precompiled templates, in a folder next to this code: src/render/templates when tests
// run the source, dist/templates in the bundle (dist/index.js is CommonJS and ncc leaves
// __dirname alone, so it is the folder the action runs from; scripts/post-bundle.mjs copies
// the templates there).
const bundled = join(__dirname, 'templates')

/** The bundled templates' names (`github/card.md`), from the folder. */
function bundledNames(): string[] {
  return readdirSync(bundled, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -'.js'.length).split(sep).join('/'))
}

/** The precompiled code of a bundled template (a JavaScript object expression). */
function readBundled(name: string): string {
  try {
    return readFileSync(join(bundled, `${name}.js`), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`template ${name}.hbs not found`, { cause: error })
    throw error
  }
}

async function loadRenderer(context: RenderContext): Promise<Render> {
  // In the main bundle (minified, no chunk file to read) but run only by runs that write.
  const { default: runtime } = await import(/* webpackMode: "eager" */ 'handlebars/runtime')
  const overridden = new Set(context.overrides ? bundledNames().filter((name) => existsSync(join(context.overrides!, `${name}.hbs`))) : [])
  // The compiler (a chunk of its own) only for a repository that overrides a template.
  const hb = overridden.size ? (await import('handlebars')).default.create() : runtime.create()
  const compiled = new Map<string, HandlebarsTemplateDelegate>()

  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean))
  // A checklist mark for a destination's state (domain/destinations.ts).
  hb.registerHelper('mark', (state: unknown) => ({ done: '✅', pending: '⏳', failed: '❌', off: '➖' })[String(state)] ?? '⬜')
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
      if (overridden.has(name)) template = hb.compile(readFileSync(join(context.overrides!, `${name}.hbs`), 'utf8'), { ...compileOptions })
      // The precompiled code, read and compiled now: only the templates a run renders.
      else template = hb.template(new Function(`return (${readBundled(name)})`)() as TemplateSpecification)
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
