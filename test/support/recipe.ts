// The Slack recipe's issue description, read from docs/slack-incident-report.md (the text
// adopters type into Workflow Builder), and filled in as Workflow Builder fills it.
import { readFileSync } from 'node:fs'

const DOC = new URL('../../docs/slack-incident-report.md', import.meta.url)

/** The description exactly as the recipe writes it, placeholders `{Question}` included. */
export function recipeDescription(): string {
  const doc = readFileSync(DOC, 'utf8')
  const block = /<!-- recipe:description:start -->\n```\n([\s\S]*?)\n```\n<!-- recipe:description:end -->/.exec(doc)
  if (!block) throw new Error('docs/slack-incident-report.md has no recipe description block')
  return block[1]
}

/** Every `{Question}` replaced by its answer; an unanswered question leaves its line empty, as Workflow Builder does. */
export function fillRecipe(answers: Record<string, string>): string {
  return recipeDescription().replace(/\{([^{}]+)\}/g, (_m, question: string) => answers[question] ?? '')
}
