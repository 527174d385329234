// Slash commands: the first line of a comment is `/name arguments`; the rest of the comment
// is the command's text. Names are case-insensitive and have aliases.
import type { Config } from '../config/config.js'
import { severityFromText } from './form.js'
import { parseFollowup } from './followups.js'
import { parseDuration } from './time.js'

export type Command =
  | { name: 'claim' }
  | { name: 'lead'; login: string }
  | { name: 'update'; text: string }
  | { name: 'note'; text: string }
  | { name: 'stabilized'; text: string }
  | { name: 'investigating'; text: string }
  | { name: 'severity'; level: number; text: string }
  | { name: 'resolve'; text: string }
  | { name: 'reopen'; text: string }
  | { name: 'snooze'; ms: number; text: string }
  | { name: 'retro'; text: string }
  | { name: 'followup'; text: string; owner?: string; due?: string }
  | { name: 'suspect'; pr: number }
  | { name: 'revert'; pr: number }
  | { name: 'reviewed' }
  | { name: 'join'; text: string }
  | { name: 'leave' }
  | { name: 'project' }
  | { name: 'confirm' }
  | { name: 'public'; skip: boolean; text: string }
  | { name: 'help' }
  | { name: 'role'; role: string; login?: string; clear?: boolean }
  | { name: 'task'; login?: string; text: string }
  | { name: 'done'; n: number }

export type CommandName = Command['name']

export interface CommandSpec {
  name: CommandName
  aliases: string[]
  usage: string
  summary: string
}

export const COMMANDS: CommandSpec[] = [
  { name: 'claim', aliases: ['ack', 'take'], usage: '/claim', summary: 'become the lead' },
  { name: 'lead', aliases: ['assign'], usage: '/lead @someone', summary: 'hand the lead to someone' },
  { name: 'update', aliases: ['status'], usage: '/update what changed, what is next', summary: 'post a status update (Slack thread and P2)' },
  { name: 'note', aliases: [], usage: '/note what you saw or did', summary: 'record a note in the timeline and the Slack thread' },
  { name: 'stabilized', aliases: ['stabilize', 'mitigated'], usage: '/stabilized how it was mitigated', summary: 'the service is no longer disrupted' },
  { name: 'investigating', aliases: ['investigate'], usage: '/investigating what was found', summary: 'stable; fixes identified or in progress' },
  { name: 'severity', aliases: ['sev'], usage: '/severity 2 why', summary: 'change the severity' },
  { name: 'resolve', aliases: ['resolved'], usage: '/resolve how it was solved', summary: 'short-term fixes are in; the incident is resolved' },
  { name: 'reopen', aliases: ['recur', 'recurred'], usage: '/reopen what happened again', summary: 'it happened again' },
  { name: 'retro', aliases: ['retrospective', 'postmortem'], usage: '/retro Tuesday 15:00 UTC', summary: 'open the retrospective issue and say when it is held' },
  { name: 'followup', aliases: ['follow-up'], usage: '/followup @owner by 2026-12-10 title of the work', summary: 'open a follow-up issue linked to the incident (owner and due date optional)' },
  { name: 'suspect', aliases: [], usage: '/suspect #123', summary: 'mark a change (pull request) as a suspect on the card' },
  { name: 'revert', aliases: [], usage: '/revert #123', summary: 'open a pull request that reverts a merged pull request' },
  { name: 'reviewed', aliases: ['review'], usage: '/reviewed', summary: 'the retrospective was held: close the incident' },
  { name: 'join', aliases: ['help-out'], usage: '/join what I will look at', summary: 'sign on to help' },
  { name: 'leave', aliases: [], usage: '/leave', summary: 'sign off' },
  { name: 'project', aliases: [], usage: '/project', summary: 'add the follow-ups to the GitHub Project now' },
  { name: 'snooze', aliases: [], usage: '/snooze 2h', summary: 'postpone update reminders (the lead)' },
  { name: 'public', aliases: ['make'], usage: '/public (or /public skip why)', summary: 'publish the public Make post now, or record the decision not to' },
  { name: 'confirm', aliases: [], usage: '/confirm', summary: 'confirm a reported incident and announce it' },
  { name: 'role', aliases: [], usage: '/role comms @someone', summary: 'give a role (comms, scribe…) to someone; `/role comms` takes it, `/role comms none` clears it' },
  { name: 'task', aliases: ['delegate'], usage: '/task @someone what to do', summary: 'delegate a piece of work: a numbered task on the card' },
  { name: 'done', aliases: ['tick'], usage: '/done 2', summary: 'tick task 2 (its owner, the lead or a maintainer); its owner may also react 👍 on the /task comment' },
  { name: 'help', aliases: [], usage: '/help', summary: 'list the commands you may run here' }
]

export type Parsed =
  | { ok: true; command: Command }
  | { ok: false; name: string; spec?: CommandSpec; reason: 'unknown' | 'usage'; detail: string }

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/

const FIRST_LINE = /^ {0,3}\/([A-Za-z][\w-]*)(?:[ \t]+(.*))?$/

/** undefined: the comment is not a command (no slash on its first line). */
export function parseCommand(body: string, config: Config): Parsed | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length && lines[0].trim() === '') lines.shift()
  const match = lines.length ? FIRST_LINE.exec(lines[0].trimEnd()) : null
  if (!match) return undefined
  const name = match[1].toLowerCase()
  const args = (match[2] ?? '').trim()
  const text = [args, lines.slice(1).join('\n')].join('\n').trim()
  const spec = COMMANDS.find((c) => c.name === name || c.aliases.includes(name))
  if (!spec) return { ok: false, name, reason: 'unknown', detail: `\`/${name}\` is not a command here.` }
  const usage = (detail: string): Parsed => ({ ok: false, name: spec.name, spec, reason: 'usage', detail })
  switch (spec.name) {
    case 'claim':
    case 'confirm':
    case 'help':
    case 'reviewed':
    case 'leave':
    case 'project':
      return { ok: true, command: { name: spec.name } }
    case 'join':
      return { ok: true, command: { name: 'join', text } }
    case 'retro':
      return { ok: true, command: { name: 'retro', text } }
    case 'role': {
      const [role = '', who = '', ...extra] = args.split(/\s+/)
      const roles = Object.keys(config.roles)
      const known = roles.map((r) => `\`${r}\``).join(', ') || 'none (set roles in the config)'
      if (!role) return usage(`Name the role (${known}), e.g. \`/role comms @octocat\`.`)
      if (role.toLowerCase() === 'lead') return usage('The lead has its own commands: `/claim` or `/lead @someone`.')
      // The reply is the action's own words (not escaped): only a name's letters are echoed.
      if (!roles.includes(role.toLowerCase())) return usage(`There is no role \`${role.replace(/[^A-Za-z0-9-]/g, '').slice(0, 30)}\` here; the roles are ${known}.`)
      if (extra.length) return usage('Give one person, e.g. `/role comms @octocat`.')
      if (/^(none|nobody|-)$/i.test(who)) return { ok: true, command: { name: 'role', role: role.toLowerCase(), clear: true } }
      if (!who) return { ok: true, command: { name: 'role', role: role.toLowerCase() } }
      const login = LOGIN.exec(who)
      return login ? { ok: true, command: { name: 'role', role: role.toLowerCase(), login: login[1] } } : usage('Name a GitHub account, e.g. `/role comms @octocat` (or `none` to clear the role).')
    }
    case 'task': {
      const [first = ''] = args.split(/\s+/)
      const login = first.startsWith('@') ? LOGIN.exec(first) : null
      if (first.startsWith('@') && !login) return usage('Name a GitHub account, e.g. `/task @octocat check the CDN logs`.')
      const what = (login ? text.slice(text.indexOf(first) + first.length) : text).trim()
      if (!what) return usage('Say what is to be done, e.g. `/task @octocat check the CDN logs`.')
      return { ok: true, command: { name: 'task', login: login?.[1], text: what } }
    }
    case 'done': {
      const n = /^#?(\d{1,4})$/.exec(args.split(/\s+/)[0] ?? '')
      return n ? { ok: true, command: { name: 'done', n: Number(n[1]) } } : usage('Give the task\'s number, e.g. `/done 2`.')
    }
    case 'followup': {
      const parsed = parseFollowup(text)
      return 'problem' in parsed ? usage(parsed.problem) : { ok: true, command: { name: 'followup', ...parsed } }
    }
    case 'suspect':
    case 'revert': {
      const pr = /^#?(\d{1,9})$/.exec(args.split(/\s+/)[0] ?? '')
      return pr ? { ok: true, command: { name: spec.name, pr: Number(pr[1]) } } : usage(`Name the pull request, e.g. \`/${spec.name} #123\`.`)
    }
    case 'lead': {
      const login = LOGIN.exec(args.split(/\s+/)[0] ?? '')
      return login ? { ok: true, command: { name: 'lead', login: login[1] } } : usage('Name the new lead, e.g. `/lead @octocat`.')
    }
    case 'severity': {
      const [first = '', ...rest] = args.split(/\s+/)
      const level = first ? severityFromText(first, config) : undefined
      if (level === undefined) {
        const levels = config.severities.map((s) => s.level).join(', ')
        return usage(`Give a severity level (${levels}), e.g. \`/severity 2 more users are affected\`.`)
      }
      return { ok: true, command: { name: 'severity', level, text: [rest.join(' '), lines.slice(1).join('\n')].join('\n').trim() } }
    }
    case 'reopen':
      return { ok: true, command: { name: 'reopen', text } }
    case 'public': {
      const skip = /^skip\b/i.test(args)
      const why = skip ? text.replace(/^skip\b[:\s]*/i, '').trim() : text
      if (skip && !why) return usage('Say why it is not posted, e.g. `/public skip only staging was affected`.')
      return { ok: true, command: { name: 'public', skip, text: why } }
    }
    case 'snooze': {
      const [first = '', ...rest] = args.split(/\s+/)
      try {
        return { ok: true, command: { name: 'snooze', ms: parseDuration(first), text: rest.join(' ') } }
      } catch {
        return usage('Say for how long, e.g. `/snooze 2h` or `/snooze 30m`.')
      }
    }
    default:
      return text ? { ok: true, command: { name: spec.name, text } } : usage(`Write the text after the command, e.g. \`${spec.usage}\`.`)
  }
}
