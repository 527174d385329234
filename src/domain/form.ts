// The incident form: parsed against the form definition with @github/issue-parser (it knows
// the issue-form Markdown: headings from labels, "_No response_", checkbox lists; built from
// its sources so it shares the config's yaml), then checked here so a filer is told exactly
// what to fix.
import { createHash } from 'node:crypto'
import { parse as parseYaml } from 'yaml'
import type { FormattedField } from '@github/issue-parser'
import { PARSER_VERSION, parseIssue, parseTemplate } from './issue-parser.js'
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

/** The form's fields by id, with what the issue parser reads of each: its heading and its type. */
export type FormFields = Record<string, Pick<FormattedField, 'label' | 'type'>>

/**
 * The form's fields and the hash of the YAML they were read from. The card keeps them, so a run
 * on a known incident whose form has not changed parses no YAML (a cold YAML parse of the form
 * costs a run several milliseconds).
 */
export interface KnownForm {
  hash: string
  fields: FormFields
}

/** The form's fields, or the YAML as it was when it cannot be read (parseForm then treats it as before). */
export type FormTemplate = string | FormFields

export interface PreparedForm {
  template?: FormTemplate
  /** What the card remembers of the form; undefined when there is no readable form. */
  known?: KnownForm
}

/** The YAML's hash, and the parser's version: another version may read the same YAML differently. */
export const formHash = (formYaml: string): string => createHash('sha256').update(`${PARSER_VERSION}\n${formYaml}`).digest('base64url').slice(0, 22)

/** Reads the form's YAML, unless the card already knows the fields of exactly this YAML. */
export function prepareForm(formYaml: string | undefined, known?: KnownForm): PreparedForm {
  if (!formYaml) return {}
  const hash = formHash(formYaml)
  if (known?.hash === hash) return { template: known.fields, known }
  try {
    const fields = Object.fromEntries(Object.entries(parseTemplate(formYaml)).map(([id, f]) => [id, { label: f.label, type: f.type }]))
    return { template: fields, known: { hash, fields } }
  } catch {
    return { template: formYaml }
  }
}

export function parseForm(body: string, formYaml: FormTemplate | undefined, config: Config): FormResult {
  let parsed: Parsed
  try {
    parsed = parseIssue(body, formYaml) as Parsed
  } catch {
    // A body the parser cannot read at all is a form with every answer missing.
    parsed = {}
  }
  const checkbox = parsed['related-to-code'] as { selected?: string[]; unselected?: string[] } | undefined
  const severityAnswer = text(parsed.severity)
  const declaration: Declaration = {
    summary: text(parsed.summary),
    severity: severityAnswer ? severityFromText(severityAnswer, config) : undefined,
    affected: text(parsed.affected),
    started: text(parsed.started),
    reportLink: text(parsed['report-link']),
    // Ticked on GitHub's form; or answered in words ("Yes…") by a form filled elsewhere (the Slack recipe).
    relatedToCode: Boolean(checkbox?.selected?.length) || /^yes\b/i.test(checkbox?.unselected?.[0]?.trim() ?? ''),
    thirdParty: text(parsed['third-party']),
    evidence: text(parsed.evidence)
  }
  const problems: FormProblem[] = []
  if (!declaration.summary) problems.push({ field: 'summary', problem: 'missing' })
  if (!severityAnswer) problems.push({ field: 'severity', problem: 'missing' })
  else if (declaration.severity === undefined) problems.push({ field: 'severity', problem: 'unknown', value: severityAnswer.slice(0, 80) })
  return { declaration, problems }
}

/** The form's YAML as far as recognising and labelling its issues needs it. */
export interface FormShape {
  /** The headings GitHub writes into the issue body, one per field, in order (`### <label>`). */
  headings: string[]
  /** The labels the form asks GitHub to apply (GitHub drops those the repository does not have). */
  labels: string[]
}

/** The headings and labels of an issue form, or undefined when the YAML is not a form. */
export function formShape(formYaml: string | undefined): FormShape | undefined {
  if (!formYaml) return undefined
  let form: { body?: Array<{ type?: string; attributes?: { label?: unknown } }>; labels?: unknown }
  try {
    form = parseYaml(formYaml) as typeof form
  } catch {
    return undefined
  }
  if (!form || !Array.isArray(form.body)) return undefined
  // Markdown blocks are shown on the form only; every other field becomes "### <label>" in the body.
  const headings = form.body.filter((f) => f?.type !== 'markdown' && typeof f?.attributes?.label === 'string').map((f) => String(f.attributes!.label).trim())
  const labels = Array.isArray(form.labels) ? form.labels.map(String) : typeof form.labels === 'string' ? form.labels.split(',').map((l) => l.trim()) : []
  return headings.length ? { headings, labels: labels.filter(Boolean) } : undefined
}

/**
 * Whether an issue body is the form as GitHub writes it: every one of the form's headings on
 * a line of its own, in the form's order. It recognises a form-filed issue whose labels GitHub
 * dropped (a new repository has none of them yet). Anyone could type these headings: the
 * issue then goes through the same permission rules as one filed from the form.
 */
export function looksLikeIncidentForm(body: string | null | undefined, formYaml: string | undefined): boolean {
  const shape = formShape(formYaml)
  if (!shape || !body) return false
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd())
  let at = 0
  for (const heading of shape.headings) {
    const found = lines.indexOf(`### ${heading}`, at)
    if (found < 0) return false
    at = found + 1
  }
  return true
}
