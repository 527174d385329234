// The Slack app that holds the Incident Report workflow (Slack-hosted: `slack deploy`).
import { Manifest } from 'deno-slack-sdk/mod.ts'
import { IncidentReport } from './workflow.ts'

export default Manifest({
  name: 'Incident Report',
  description: 'Record an incident from Slack: opens the GitHub issue incident-ops announces and tracks.',
  icon: 'assets/icon.png',
  workflows: [IncidentReport],
  outgoingDomains: [],
  botScopes: ['chat:write']
})
