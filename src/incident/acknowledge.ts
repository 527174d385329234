// Step 3 of an incident run: the command's answers on GitHub, right away — reactions, replies
// and assignments. A reply carries its key, so a run that repeats the step (the last one was
// killed before saving) finds it among the comments it read and does not post it again.
import * as core from '@actions/core'
import type { CommandSpec } from '../domain/commands.js'
import type { Effect } from '../domain/incident.js'
import type { Comment } from '../github/repo.js'
import { Safe } from '../render/escape.js'
import { commandLines } from '../render/view.js'
import { inChains } from './concurrency.js'
import type { IncidentContext } from './context.js'
import { replyMarker } from './markers.js'
import { setRetroWhen } from './opened-issues.js'

export async function acknowledge(ctx: IncidentContext, effects: Effect[], retro?: { number: number; comments: Comment[] }): Promise<void> {
  const { env } = ctx
  if (env.dryRun) {
    for (const effect of effects) core.info(`[dry-run] would ${effect.type} on #${ctx.issue.number}: ${JSON.stringify(effect)}`)
    return
  }
  // Reactions, comments (replies and assignments, which may answer with a comment) and the
  // retrospective's date go side by side, each kind in the order of the commands; two GitHub
  // writes at a time (the card is saved alongside).
  const chain = (types: Array<Effect['type']>) => effects.filter((e) => types.includes(e.type))
  await inChains([chain(['react']), chain(['reply', 'assign']), chain(['retro-when'])], 2, async (effect) => {
    try {
      await carryOut(ctx, effect, retro)
    } catch (error) {
      core.warning(`#${ctx.issue.number}: could not ${effect.type} on GitHub: ${(error as Error).message}`)
    }
  })
}

async function carryOut(ctx: IncidentContext, effect: Effect, retro?: { number: number; comments: Comment[] }): Promise<void> {
  const { repo, render } = ctx.env
  const number = ctx.issue.number
  switch (effect.type) {
    case 'react':
      return repo.react(effect.comment, effect.reaction)
    case 'reply': {
      const marker = replyMarker(effect.key)
      const on = effect.on ?? number
      const already = on === number ? ctx.ownComment(marker) : retro?.comments.find((c) => c.user?.id === ctx.self.id && c.body.includes(marker))
      if (already) return
      // Reasons, details and usages are the action's own words (they may hold `code`): not user text.
      const own = (key: string) => (effect.data[key] ? new Safe(String(effect.data[key])) : undefined)
      const commands = effect.data.commands ? commandLines(effect.data.commands as CommandSpec[]) : undefined
      const data = { ...effect.data, reason: own('reason'), detail: own('detail'), usage: own('usage'), commands }
      await repo.createComment(on, `${marker}\n${render(`github/${effect.template}.md`, data)}`)
      return
    }
    case 'retro-when':
      return setRetroWhen(ctx.env, effect.retro, effect.when)
    case 'assign': {
      const took = await repo.assign(number, effect.login, effect.previous)
      const marker = replyMarker(`assign:${effect.login}`)
      if (!took && !ctx.ownComment(marker)) {
        const reason = `@${effect.login} leads this incident, but GitHub did not assign the issue to them (people without write access cannot be assigned).`
        await repo.createComment(number, `${marker}\n${render('github/refused.md', { by: effect.login, command: 'lead', reason: new Safe(reason) })}`)
      }
      return
    }
  }
}
