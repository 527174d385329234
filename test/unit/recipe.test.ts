import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { looksLikeIncidentForm, parseForm } from '../../src/domain/form.js'
import { fillRecipe, recipeDescription } from '../support/recipe.js'

const formYaml = readFileSync(new URL('../../.github/ISSUE_TEMPLATE/incident.yml', import.meta.url), 'utf8')

describe('the Slack recipe’s issue description', () => {
  it('is the one the Slack-hosted definition writes (same text, its variables in the same places)', () => {
    const code = readFileSync(new URL('../../examples/slack-workflow/workflow.ts', import.meta.url), 'utf8')
    const template = /description: `([\s\S]*?)`\n\}\)/.exec(code)![1]
    const normalise = (text: string, variable: RegExp) => text.replace(variable, '{}')
    expect(normalise(template, /\$\{[^}]+\}/g)).toBe(normalise(recipeDescription(), /\{[^{}]+\}/g))
  })

  it('is read as the incident form: every heading in order, answers in their fields, empty answers empty', () => {
    const body = fillRecipe({ Summary: 'Search returns 500', Severity: '2: Major. Affects many users or a critical function (keyboard navigation broken, a big provider returns nothing).', 'When it started': '09:40', 'Related to our code': 'Yes', 'Person who used this workflow': 'Dana' })
    expect(looksLikeIncidentForm(body, formYaml)).toBe(true)
    const { declaration, problems } = parseForm(body, formYaml, resolveConfig())
    expect(problems).toEqual([])
    expect(declaration).toMatchObject({ summary: 'Search returns 500', severity: 2, affected: '', started: '09:40', reportLink: '', relatedToCode: true, thirdParty: '' })
    expect(parseForm(fillRecipe({ Summary: 's', Severity: '3: Minor.', 'Related to our code': 'No' }), formYaml, resolveConfig()).declaration.relatedToCode).toBe(false)
  })
})
