import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formShape, looksLikeIncidentForm } from '../../src/domain/form.js'
import { formBody } from '../support/action.mjs'

const form = readFileSync('.github/ISSUE_TEMPLATE/incident.yml', 'utf8')
const filed = formBody({ summary: 'Search is down', severity: '1: Critical.' })

describe('recognising the incident form without its labels', () => {
  it('reads the headings GitHub writes (not the Markdown blocks) and the labels the form applies', () => {
    expect(formShape(form)).toEqual({
      headings: ['Summary', 'Severity', 'Affected part of the service', 'When it started', 'User report', 'Code', 'Third party involved', 'Evidence'],
      labels: ['🚨 incident']
    })
  })

  it('recognises a body filed from the form, with Windows line ends or with answers left empty', () => {
    expect(looksLikeIncidentForm(filed, form)).toBe(true)
    expect(looksLikeIncidentForm(filed.replace(/\n/g, '\r\n'), form)).toBe(true)
    expect(looksLikeIncidentForm(formBody({}), form)).toBe(true)
  })

  it('keeps recognising it when the filer edits answers or adds headings inside the evidence', () => {
    const edited = formBody({ summary: 'Search is down', severity: '2', evidence: '### Logs\n\n500s\n\n### Summary\nagain' })
    expect(looksLikeIncidentForm(edited, form)).toBe(true)
  })

  it('does not take an ordinary issue, a partial copy, headings out of order, or quoted headings for the form', () => {
    expect(looksLikeIncidentForm('The search page is slow.\n\n### Steps\n1. open it', form)).toBe(false)
    expect(looksLikeIncidentForm('### Summary\n\nSearch is down\n\n### Severity\n\n1', form)).toBe(false)
    const swapped = filed.replace('### Summary', '### TEMP').replace('### Evidence', '### Summary').replace('### TEMP', '### Evidence')
    expect(looksLikeIncidentForm(swapped, form)).toBe(false)
    expect(looksLikeIncidentForm(filed.replace(/^###/gm, '> ###'), form)).toBe(false)
    expect(looksLikeIncidentForm(filed.replace(/^### /gm, '## '), form)).toBe(false)
  })

  it('recognises nothing without a usable form definition', () => {
    expect(looksLikeIncidentForm(filed, undefined)).toBe(false)
    expect(looksLikeIncidentForm(filed, 'name: [unclosed')).toBe(false)
    expect(looksLikeIncidentForm(filed, 'name: not a form\n')).toBe(false)
    expect(looksLikeIncidentForm(null, form)).toBe(false)
  })

  it('follows the form: a renamed field is looked for under its new heading', () => {
    const renamed = form.replace('label: Summary', 'label: What is broken')
    expect(looksLikeIncidentForm(filed, renamed)).toBe(false)
    expect(looksLikeIncidentForm(filed.replace('### Summary', '### What is broken'), renamed)).toBe(true)
  })
})
