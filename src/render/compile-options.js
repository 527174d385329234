// How templates are compiled: the bundled ones at build time (scripts/build-templates.mjs),
// a repository's overrides at run time (src/render/renderer.ts).
// noEscape: the data is escaped for its destination before rendering (src/render/escape.ts).
export const compileOptions = { noEscape: true, strict: false }
