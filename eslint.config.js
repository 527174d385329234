import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'src/config/schema-validator.js', 'src/render/templates/', 'src/domain/issue-parser.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', AbortSignal: 'readonly', Response: 'readonly', URLSearchParams: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // What every run would load for nothing (README, "Every event starts a fresh Node process").
    files: ['src/**'],
    ignores: ['src/http/proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@actions/github', message: 'Its entry point loads undici: use context from src/actions/github.ts and createGitHubClient from src/github/client.ts.', allowTypeImports: true },
            { name: '@actions/http-client', message: 'It loads undici and tunnel: requests go through src/http/transport.ts (proxies: src/http/proxy.ts, loaded only when set).', allowTypeImports: true },
            { name: 'handlebars', message: 'The compiler is for repository overrides only (src/render/renderer.ts loads it when one exists); runs use handlebars/runtime.', allowTypeImports: true },
            { name: '@slack/web-api', message: 'Slack is called through src/slack/slack.ts.' }
          ]
        }
      ]
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
