import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// As tsconfig.json's paths: @actions/core is the light part of it the bundle uses.
const resolve = { alias: { '@actions/core': fileURLToPath(new URL('./src/actions/core.ts', import.meta.url)) } }

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
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
