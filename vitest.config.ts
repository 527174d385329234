import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vitest/config'

// @actions/workflow-parser imports its JSON schemas without import attributes, which Node 20
// refuses: the unit tests let Vite load it instead, without its source maps (it ships none).
const workflowParser: Plugin = {
  name: 'workflow-parser-without-source-maps',
  enforce: 'pre',
  load(id) {
    if (/@actions[/\\]workflow-parser[/\\].*\.js$/.test(id)) return { code: readFileSync(id, 'utf8').replace(/\/\/# sourceMappingURL=.*$/gm, ''), map: null }
  }
}

// As tsconfig.json's paths: @actions/core is the light part of it the bundle uses.
const resolve = { alias: { '@actions/core': fileURLToPath(new URL('./src/actions/core.ts', import.meta.url)) } }

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [workflowParser],
        resolve,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], server: { deps: { inline: ['@actions/workflow-parser'] } } }
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
})
