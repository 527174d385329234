/** The bundled templates, precompiled at build time (scripts/build-templates.mjs): the code of each, keyed by name without `.hbs`. */
export declare const templates: Record<string, string>
/** The options they were compiled with; repository overrides are compiled with the same. */
export declare const compileOptions: CompileOptions
