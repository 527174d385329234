/** The options templates are compiled with (bundled ones at build time, repository overrides at run time). */
export declare const compileOptions: CompileOptions
