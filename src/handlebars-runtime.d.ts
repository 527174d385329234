// handlebars/runtime: the full package's API without the compiler (its own typing declares nothing).
declare module 'handlebars/runtime' {
  import type Handlebars from 'handlebars'
  const runtime: Omit<typeof Handlebars, 'compile' | 'precompile' | 'parse'>
  export default runtime
}
