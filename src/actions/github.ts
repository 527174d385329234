// @actions/github's context (this run's event, payload and repository), from the package's
// own lib file: its entry point also builds an undici-based Octokit at import, which the
// action does without (src/github/client.ts).
import { Context } from '../../node_modules/@actions/github/lib/context.js'

export const context = new Context()
