// The setup check for `code-repository`: the critical issue for a code fix is opened there,
// and the workflow token reaches only its own repository. One request, in setup only.
import type { Env } from '../incident/context.js'
import type { Check } from './setup.js'

const CHECK = 'Code repository'

export async function codeRepositoryChecks(env: Env): Promise<Check[]> {
  const target = env.config.codeRepository
  if (!target || target.toLowerCase() === env.repo.fullName.toLowerCase()) return []
  const [owner, repo] = target.split('/')
  const fix = `Give the action a token that can open issues in \`${target}\` (a GitHub App installed there, or a fine-grained token with issues: write, as \`github-token\`), or remove \`code-repository\` to open the critical issue here.`
  try {
    const seen = await env.repo.repository(owner, repo)
    if (!seen.hasIssues) return [{ check: CHECK, status: 'fail', result: `Issues are turned off in \`${target}\`: the critical issue for a code fix cannot be opened there.`, fix: `Turn issues on in \`${target}\` (Settings → Features), or remove \`code-repository\`.` }]
    const p = seen.permissions
    if (!p) return [{ check: CHECK, status: 'warn', result: `The token can read \`${target}\` but did not say it may write there; the workflow token reaches only its own repository.`, fix }]
    if (p.triage || p.push || p.maintain || p.admin) return [{ check: CHECK, status: 'ok', result: `The token may open labelled issues in \`${target}\`.` }]
    return [{ check: CHECK, status: 'fail', result: `The token may only read \`${target}\`: the critical issue would lose its label there, or be refused.`, fix }]
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 404) throw error
    return [{ check: CHECK, status: 'fail', result: `The token cannot reach \`${target}\` (GitHub answered ${status}): the critical issue for a code fix cannot be opened there; the card will say so.`, fix }]
  }
}
