// The reporter's link, when it is a GitHub issue, pull request or discussion the action may
// comment on: in this repository or one the config names. Anything else (another owner's
// repository, another host) is only shown as a link.
import type { Env } from './context.js'

export interface ReportTarget {
  kind: 'issue' | 'discussion'
  owner: string
  repo: string
  number: number
}

export function reportTarget(link: string, incidentUrl: string, env: Pick<Env, 'repo' | 'config'>): ReportTarget | undefined {
  let url: URL
  try {
    url = new URL(link.trim())
  } catch {
    return undefined
  }
  if (url.host !== new URL(incidentUrl).host) return undefined
  const match = /^\/([\w.-]+)\/([\w.-]+)\/(issues|pull|discussions)\/(\d+)\/?$/.exec(url.pathname)
  if (!match) return undefined
  const fullName = `${match[1]}/${match[2]}`.toLowerCase()
  if (fullName !== env.repo.fullName.toLowerCase() && !env.config.report.repositories.includes(fullName)) return undefined
  return { kind: match[3] === 'discussions' ? 'discussion' : 'issue', owner: match[1], repo: match[2], number: Number(match[4]) }
}
