import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolveConfig } from '../../src/config/config.js'
import { formHash, parseForm, prepareForm, severityFromText } from '../../src/domain/form.js'
import { decodeState, encodeState, type IncidentState } from '../../src/domain/state.js'
import { formBody } from '../support/action.mjs'

const config = resolveConfig()
const form = readFileSync('.github/ISSUE_TEMPLATE/incident.yml', 'utf8')

describe('the incident form', () => {
  it('reads every field by id', () => {
    const body = formBody({
      summary: 'Search is down',
      severity: '2: Major. Affects many users.',
      affected: 'API',
      started: '2026-11-27 14:05 UTC',
      reportLink: 'https://github.com/acme/service/issues/9',
      relatedToCode: true,
      thirdParty: 'Cloudflare',
      evidence: 'Logs:\n\n### not a heading of the form\n500s everywhere'
    })
    const { declaration, problems } = parseForm(body, form, config)
    expect(problems).toEqual([])
    expect(declaration).toEqual({
      summary: 'Search is down',
      severity: 2,
      affected: 'API',
      started: '2026-11-27 14:05 UTC',
      reportLink: 'https://github.com/acme/service/issues/9',
      relatedToCode: true,
      thirdParty: 'Cloudflare',
      evidence: 'Logs:\n\n### not a heading of the form\n500s everywhere'
    })
  })

  it('says what is missing', () => {
    expect(parseForm(formBody({}), form, config).problems).toEqual([
      { field: 'summary', problem: 'missing' },
      { field: 'severity', problem: 'missing' }
    ])
  })

  it('says which severity is unknown', () => {
    expect(parseForm(formBody({ summary: 'x', severity: '7: Apocalyptic' }), form, config).problems).toEqual([{ field: 'severity', problem: 'unknown', value: '7: Apocalyptic' }])
  })

  it('treats a body that is not a form as missing everything', () => {
    expect(parseForm('just some text', form, config).problems.map((p) => p.field)).toEqual(['summary', 'severity'])
  })

  it('reads severity from a level, a "sev" prefix or a name', () => {
    expect(severityFromText('1: Critical. Everything', config)).toBe(1)
    expect(severityFromText('Sev 3', config)).toBe(3)
    expect(severityFromText('major', config)).toBe(2)
    expect(severityFromText('9', config)).toBeUndefined()
    expect(severityFromText('soon', config)).toBeUndefined()
  })
})

describe('the form the card remembers', () => {
  const answers = { summary: 'Search is down', severity: '2: Major. Affects many users.' }

  it('reads the YAML once, then uses the fields the card kept while the YAML is the same', () => {
    const first = prepareForm(form)
    expect(first.known?.hash).toBe(formHash(form))
    expect(parseForm(formBody(answers), first.template, config).declaration.severity).toBe(2)
    // Fields that could not have come from parsing this YAML show the card's copy is what is used.
    const kept = { hash: formHash(form), fields: { summary: first.known!.fields.severity } }
    expect(prepareForm(form, kept)).toEqual({ template: kept.fields, known: kept })
    expect(parseForm(formBody(answers), prepareForm(form, kept).template, config).declaration.summary).toMatch(/^2: Major\. Affects many users\./)
  })

  it('keeps only what the parser reads of each field, and parses a filled form exactly as the YAML does', () => {
    const { known } = prepareForm(form)
    expect(Object.values(known!.fields).every((f) => Object.keys(f).sort().join() === 'label,type')).toBe(true)
    const body = formBody({ ...answers, affected: 'API', started: '14:05', reportLink: 'https://example.com/r', relatedToCode: true, thirdParty: 'CDN', evidence: 'logs\n### not a heading of the form' })
    expect(parseForm(body, known!.fields, config)).toEqual(parseForm(body, form, config))
  })

  it('reads the YAML again when the form changed', () => {
    const renamed = form.replace('label: Summary', 'label: What is broken')
    expect(renamed).not.toBe(form)
    const next = prepareForm(renamed, prepareForm(form).known)
    expect(next.known?.hash).toBe(formHash(renamed))
    const body = formBody(answers).replace('### Summary', '### What is broken')
    expect(parseForm(body, next.template, config).declaration.summary).toBe('Search is down')
  })

  it('keeps nothing for a form that cannot be read, which is treated as before', () => {
    expect(prepareForm(undefined)).toEqual({})
    expect(prepareForm('body: [unclosed')).toEqual({ template: 'body: [unclosed' })
    expect(parseForm(formBody(answers), 'body: [unclosed', config).problems.map((p) => p.field)).toEqual(['summary', 'severity'])
  })

  it('survives the card: saved and read back equal; a damaged copy is dropped without a repair', () => {
    const state: IncidentState = { v: 1, status: 'recorded', severity: 2, recorder: 'r', times: {}, handled: 0, timeline: [], failures: {}, form: prepareForm(form).known }
    expect(decodeState(encodeState(state))).toEqual({ state, repaired: [] })
    const damaged = encodeState({ ...state, form: { hash: 'h', fields: { summary: { type: 'input' } } } as unknown as IncidentState['form'] })
    expect(decodeState(damaged)).toEqual({ state: { ...state, form: undefined }, repaired: [] })
  })
})

describe('the issue parser built from @github/issue-parser’s sources', () => {
  it('is up to date with the installed package (npm run bundle regenerates it)', async () => {
    // @ts-expect-error: a plain JavaScript build script
    const { issueParserSource } = await import('../../scripts/build-issue-parser.mjs')
    expect(readFileSync('src/domain/issue-parser.js', 'utf8')).toBe(issueParserSource())
  })

  it('parses exactly as the published build does', async () => {
    const { parseIssue: published } = await import('@github/issue-parser')
    const { parseIssue: built } = await import('../../src/domain/issue-parser.js')
    const bodies = [
      formBody({ summary: 'Search is down', severity: '1: Critical', affected: 'API, Frontend', relatedToCode: true, evidence: 'a\n### b\nc' }),
      formBody({}),
      'not a form at all',
      '### Summary\n\nNone\n\n### Severity\n\n_No response_'
    ]
    for (const body of bodies) {
      expect(built(body, form)).toEqual(published(body, form))
      expect(built(body)).toEqual(published(body))
      expect(built(body, undefined, { slugify: true })).toEqual(published(body, undefined, { slugify: true }))
    }
    expect(() => built('x', 'not: [a form')).toThrow()
  })
})
