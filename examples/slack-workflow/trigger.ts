// A link trigger: "Incident Report" in the channel's workflows and bookmarks.
import type { Trigger } from 'deno-slack-sdk/types.ts'
import { TriggerContextData, TriggerTypes } from 'deno-slack-api/mod.ts'
import { IncidentReport } from './workflow.ts'

const trigger: Trigger<typeof IncidentReport.definition> = {
  type: TriggerTypes.Shortcut,
  name: 'Incident Report',
  description: 'Record an incident: the team is alerted and a lead is found',
  workflow: `#/workflows/${IncidentReport.definition.callback_id}`,
  inputs: {
    interactivity: { value: TriggerContextData.Shortcut.interactivity },
    channel: { value: TriggerContextData.Shortcut.channel_id },
    user: { value: TriggerContextData.Shortcut.user_id }
  }
}

export default trigger
