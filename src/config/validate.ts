// Validation of `.github/incident.yml` against the published JSON Schema, with errors that
// name the key and the line, so a bad config fails the run before anything is written.
import type { ErrorObject } from 'ajv'
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml'
import type { RawConfig } from './config.js'
import validator from './schema-validator.js'

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[]
  ) {
    super(`Invalid incident config ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Parses and validates the YAML text; throws ConfigError listing every problem. */
export function parseConfigText(text: string, path: string): RawConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const lineOf = (offset: number | undefined) => (offset === undefined ? '?' : lines.linePos(offset).line)
  if (doc.errors.length) {
    throw new ConfigError(path, doc.errors.map((e) => `line ${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`))
  }
  const value = (doc.toJS() ?? {}) as unknown
  const problems: string[] = []
  if (!validator(value)) {
    for (const error of simplify(validator.errors ?? [])) {
      // Said by the name's own error (below): "property name must be valid" adds nothing.
      if (error.keyword === 'propertyNames') continue
      const keys = error.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')))
      let node = doc.getIn(keys, true)
      // An unknown key: point at the key itself, not at the map around it.
      const extra = error.keyword === 'additionalProperties' ? (error.params as { additionalProperty: string }).additionalProperty : undefined
      const parent = keys.length ? node : doc.contents
      if (extra !== undefined && isMap(parent)) node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === extra)?.key
      const line = isNode(node) ? lineOf(node.range?.[0]) : lineOf(undefined)
      problems.push(`line ${line}: ${describe(keys, error)}`)
    }
  } else {
    problems.push(...semanticProblems(value as RawConfig, doc, lineOf))
  }
  const line = (p: string) => Number(/^line (\d+)/.exec(p)?.[1] ?? 0)
  if (problems.length) throw new ConfigError(path, problems.sort((a, b) => line(a) - line(b)))
  return value as RawConfig
}

function describe(keys: Array<string | number>, error: ErrorObject): string {
  const where = keys.length ? keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('') : 'the config'
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`
    case 'enum':
      return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
    case 'pattern':
      if (keys[0] === 'roles' && error.propertyName !== undefined) return `roles: "${error.propertyName}" is not a role name: lowercase letters, digits and -, such as comms (the lead has its own commands)`
      return `${where} ${patternHint(keys)}`
    default:
      return `${where} ${error.message}`
  }
}

function patternHint(keys: Array<string | number>): string {
  const key = String(keys[keys.length - 1])
  if (['lead-within', 'escalate-after', 'update-every', 'every'].includes(key)) return 'must be a duration such as 15m, 1h, 2d or 1w'
  if (key === 'channel') return 'must be a Slack channel id such as C0123ABCD (not a #name)'
  if (keys[0] === 'slack' && keys[1] === 'users') return 'must be a Slack user id such as U0123ABCD'
  if (key === 'start') return 'must be a date such as 2026-01-05'
  if (key === 'code-repository' || keys[0] === 'report') return 'must be a repository such as owner/name'
  if (key === 'example' || key === 'url') return 'must be a link starting with https://'
  return 'must be a GitHub login'
}

// A oneOf failure reports every branch; keep the branch that matches the value's type (its
// errors are deeper than the other branch's "must be string").
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter(
    (e) => e.keyword !== 'oneOf' && !(e.keyword === 'type' && errors.some((o) => o !== e && o.keyword !== 'oneOf' && o.keyword !== 'type' && o.instancePath.startsWith(e.instancePath)))
  )
  const seen = new Set<string>()
  return (specific.length ? specific : errors).filter((e) => {
    const key = `${e.instancePath}:${e.keyword}:${JSON.stringify(e.params)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function semanticProblems(raw: RawConfig, doc: ReturnType<typeof parseDocument>, lineOf: (o?: number) => number | string): string[] {
  const problems: string[] = []
  const at = (keys: Array<string | number>) => {
    const node = doc.getIn(keys, true)
    return lineOf(isNode(node) ? node.range?.[0] : undefined)
  }
  const levels = new Set<number>()
  raw.severities?.forEach((s, i) => {
    if (levels.has(s.level)) problems.push(`line ${at(['severities', i, 'level'])}: severities[${i}].level ${s.level} is defined twice`)
    levels.add(s.level)
  })
  if (raw.timezone && !isTimeZone(raw.timezone)) {
    problems.push(`line ${at(['timezone'])}: timezone "${raw.timezone}" is not an IANA time zone such as Europe/Madrid`)
  }
  if (raw.rotation && typeof raw.rotation === 'object' && Number.isNaN(Date.parse(raw.rotation.start))) {
    problems.push(`line ${at(['rotation', 'start'])}: rotation.start "${raw.rotation.start}" is not a date`)
  }
  return problems
}

/**
 * Whether Intl knows a time zone. Every run checks the config, most of them format no time, and
 * a formatter's first use loads ICU's time-zone data (about 10 ms): the list of canonical zones
 * (about 1 ms) answers first, a formatter only for the aliases it leaves out.
 */
function isTimeZone(zone: string): boolean {
  if (zone === 'UTC' || Intl.supportedValuesOf('timeZone').includes(zone)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
