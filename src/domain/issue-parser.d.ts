// @github/issue-parser built from its sources against the shared yaml (scripts/build-issue-parser.mjs).
export { parseIssue, parseTemplate } from '@github/issue-parser'
