// @github/issue-parser built from its sources against the shared yaml (scripts/build-issue-parser.mjs).
import type { FormattedField, ParsedBody } from '@github/issue-parser'
import { parseTemplate } from '@github/issue-parser'
export { parseTemplate }
/** The package's version: what it reads from a form may change with it. */
export declare const PARSER_VERSION: string
/**
 * As the package's, but the template may also be given already parsed: parseTemplate's result,
 * or as much of it as parseIssue reads (each field's heading and type).
 */
export declare function parseIssue(issue: string, template?: string | Record<string, Pick<FormattedField, 'label' | 'type'>>, options?: { slugify?: boolean }): ParsedBody
