// The "Incident Report" workflow (Deno Slack SDK): a form with the issue form's questions,
// Slack's GitHub connector opening the issue in the form's format, and a message saying
// what happens next. See docs/slack-incident-report.md.
import { DefineWorkflow, Schema } from 'deno-slack-sdk/mod.ts'
import { Connectors } from 'deno-slack-hub/mod.ts'

/** The repository that runs incident-ops. */
const REPOSITORY = 'your-org/your-repo'

const SEVERITIES = [
  '1: Critical. Affects all or most users and most functionality (site down, every search fails).',
  '2: Major. Affects many users or a critical function (keyboard navigation broken, a big provider returns nothing).',
  '3: Minor. Affects few users or a non-critical function (staging down, one translation falls back to English).'
]

export const IncidentReport = DefineWorkflow({
  callback_id: 'incident_report',
  title: 'Incident Report',
  description: 'Record an incident: opens the GitHub issue that incident-ops announces and tracks',
  input_parameters: {
    properties: {
      interactivity: { type: Schema.slack.types.interactivity },
      channel: { type: Schema.slack.types.channel_id },
      user: { type: Schema.slack.types.user_id }
    },
    required: ['interactivity', 'channel', 'user']
  }
})

const form = IncidentReport.addStep(Schema.slack.functions.OpenForm, {
  title: 'Incident Report',
  interactivity: IncidentReport.inputs.interactivity,
  submit_label: 'Record',
  fields: {
    elements: [
      { name: 'title', title: 'Title', type: Schema.types.string },
      { name: 'summary', title: 'Summary', type: Schema.types.string, description: 'One sentence a person outside the team would understand.' },
      { name: 'severity', title: 'Severity', type: Schema.types.string, enum: SEVERITIES, choices: SEVERITIES.map((s) => ({ value: s, title: s.split('.')[0] })) },
      { name: 'affected', title: 'Affected part of the service', type: Schema.types.string },
      { name: 'started', title: 'When it started', type: Schema.types.string, description: '10:02 (UTC), 10:02+02:00, or 2026-11-27 10:02' },
      { name: 'report', title: 'User report', type: Schema.types.string },
      { name: 'code', title: 'Related to our code', type: Schema.types.string, enum: ['Yes', 'No'] },
      { name: 'third_party', title: 'Third party involved', type: Schema.types.string },
      { name: 'evidence', title: 'Evidence', type: Schema.types.string, long: true }
    ],
    required: ['title', 'summary', 'severity', 'code']
  }
})

const f = form.outputs.fields

const issue = IncidentReport.addStep(Connectors.GitHubCloud.functions.CreateIssue, {
  github_access_token: { credential_source: 'END_USER' },
  repository: REPOSITORY,
  title: `Incident: ${f.title}`,
  // recipe:description (the same text as docs/slack-incident-report.md; the tests compare them)
  description: `### Summary

${f.summary}

### Severity

${f.severity}

### Affected part of the service

${f.affected}

### When it started

${f.started}

### User report

${f.report}

### Code

${f.code}

### Third party involved

${f.third_party}

### Evidence

${f.evidence}

_Reported from Slack by ${IncidentReport.inputs.user} with the Incident Report workflow._`
})

IncidentReport.addStep(Schema.slack.functions.SendEphemeralMessage, {
  channel_id: IncidentReport.inputs.channel,
  user_id: IncidentReport.inputs.user,
  message: `Thanks, recorded as ${issue.outputs.issue_url}. What happens next: within a minute the incident alert appears in this channel and the person on support rotation is asked to lead. Write what you see in the alert's thread: it goes into the incident's timeline. If you cannot declare incidents on GitHub, a maintainer confirms your report first.`
})
