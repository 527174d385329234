// @github/issue-parser built from its sources against the shared yaml (scripts/build-issue-parser.mjs).
import type { ParsedBody } from '@github/issue-parser'
import { parseTemplate } from '@github/issue-parser'
export { parseTemplate }
/** As the package's, but the template may also be given already parsed (parseTemplate's result). */
export declare function parseIssue(issue: string, template?: string | ReturnType<typeof parseTemplate>, options?: { slugify?: boolean }): ParsedBody
