// Precompiles templates/**/*.hbs into src/render/templates/, one file per template
// (github/card.md.hbs → src/render/templates/github/card.md.js), so a run loads only the
// Handlebars runtime (loading the compiler and compiling at run time cost every writing run
// tens of milliseconds). Each file holds the precompiled code of one template, as Handlebars
// prints it (a JavaScript object expression); the renderer reads and compiles a file when a
// run first renders that template (src/render/renderer.ts), so a run reads and compiles only
// the few it renders, not all of them at every start. scripts/post-bundle.mjs copies the
// folder to dist/templates. Repository overrides are still compiled at run time, with
// src/render/compile-options.js.
// `npm run bundle` runs this; a unit test fails when the committed files no longer match the templates.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import { compileOptions } from '../src/render/compile-options.js'

const folder = fileURLToPath(new URL('../templates', import.meta.url))
export const output = fileURLToPath(new URL('../src/render/templates', import.meta.url))

// The helpers src/render/renderer.ts registers. Naming them (and only them) lets Handlebars
// call them directly and read every other {{name}} as data, where it would otherwise print
// code that looks for a helper of each name first: the same output from about a fifth less
// code. A template using a helper not named here fails to build, saying which.
const helpers = ['eq', 'or', 'mark', 'quote', 'time', 'duration', 'mention']
const precompileOptions = { ...compileOptions, knownHelpers: Object.fromEntries(helpers.map((h) => [h, true])), knownHelpersOnly: true }

/** The generated files: path under src/render/templates → the precompiled code. */
export function templateFiles() {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => relative(folder, join(folder, f)).split(sep).join('/'))
    .sort()
  return new Map(files.map((file) => [file.replace(/\.hbs$/, '.js'), `${Handlebars.precompile(readFileSync(join(folder, file), 'utf8'), { ...precompileOptions })}\n`]))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // From scratch, so a removed template leaves no file behind.
  rmSync(output, { recursive: true, force: true })
  for (const [file, code] of templateFiles()) {
    mkdirSync(dirname(join(output, file)), { recursive: true })
    writeFileSync(join(output, file), code)
  }
}
