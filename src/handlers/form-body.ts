// An issue body in the incident form's own format, for incidents the action opens itself
// (workflow_dispatch, recurrences): the form parser reads it like one a person filed.
import type { Declaration } from '../domain/form.js'
import { Safe } from '../render/escape.js'
import type { Env } from './context.js'

type Answers = Omit<Declaration, 'severity'> & { severity: number }

/** The answers are what the issue body holds, as typed into the form: kept as written, on one line where the form has one. */
export function formBody(env: Env, answers: Answers): string {
  const line = (text: string) => new Safe(text.replace(/\s+/g, ' ').trim())
  const severity = env.config.severities.find((s) => s.level === answers.severity)
  return env.render('github/form-body.md', {
    summary: line(answers.summary),
    severity: line(severity ? `${severity.level}: ${severity.name}. ${severity.definition}` : String(answers.severity)),
    affected: line(answers.affected),
    started: line(answers.started),
    reportLink: line(answers.reportLink),
    relatedToCode: answers.relatedToCode,
    thirdParty: line(answers.thirdParty),
    evidence: new Safe(answers.evidence.replace(/^###/gm, '\\###'))
  })
}
