// The incident form: parsed against the form definition with @github/issue-parser (it knows
// the issue-form Markdown: headings from labels, "_No response_", checkbox lists; built from
// its sources so it shares the config's yaml), then checked here so a filer is told exactly
// what to fix.
import { parseIssue } from './issue-parser.js'
import type { Config } from '../config/config.js'

export interface Declaration {
  summary: string
  severity?: number
  affected: string
  started: string
  reportLink: string
  relatedToCode: boolean
  thirdParty: string
  evidence: string
}

export interface FormProblem {
  field: 'summary' | 'severity'
  problem: 'missing' | 'unknown'
  /** What was written, for an unknown value. */
  value?: string
}

export interface FormResult {
  declaration: Declaration
  /** What the filer must fix (worded by the form-problems template); empty when valid. */
  problems: FormProblem[]
}

type Parsed = Record<string, unknown>

const text = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.join(', ').trim()
  return ''
}

/** The severity level a dropdown answer or a free text ("1: Critical…", "Sev 2", "major") names. */
export function severityFromText(answer: string, config: Config): number | undefined {
  const trimmed = answer.trim()
  const number = /^(?:sev(?:erity)?\s*)?(\d)\b/i.exec(trimmed)
  if (number) {
    const level = Number(number[1])
    return config.severities.some((s) => s.level === level) ? level : undefined
  }
  const byName = config.severities.find((s) => trimmed.toLowerCase().startsWith(s.name.toLowerCase()))
  return byName?.level
}

export function parseForm(body: string, formYaml: string | undefined, config: Config): FormResult {
  let parsed: Parsed
  try {
    parsed = parseIssue(body, formYaml) as Parsed
  } catch {
    // A body the parser cannot read at all is a form with every answer missing.
    parsed = {}
  }
  const checkbox = parsed['related-to-code'] as { selected?: string[] } | undefined
  const severityAnswer = text(parsed.severity)
  const declaration: Declaration = {
    summary: text(parsed.summary),
    severity: severityAnswer ? severityFromText(severityAnswer, config) : undefined,
    affected: text(parsed.affected),
    started: text(parsed.started),
    reportLink: text(parsed['report-link']),
    relatedToCode: Boolean(checkbox?.selected?.length),
    thirdParty: text(parsed['third-party']),
    evidence: text(parsed.evidence)
  }
  const problems: FormProblem[] = []
  if (!declaration.summary) problems.push({ field: 'summary', problem: 'missing' })
  if (!severityAnswer) problems.push({ field: 'severity', problem: 'missing' })
  else if (declaration.severity === undefined) problems.push({ field: 'severity', problem: 'unknown', value: severityAnswer.slice(0, 80) })
  return { declaration, problems }
}
