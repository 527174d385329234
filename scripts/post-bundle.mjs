// The bundle is CommonJS (Node starts a CommonJS script sooner than an ES module): ncc names
// the entry index.cjs; action.yml runs dist/index.js, so rename it, and say in
// dist/package.json that dist/ is CommonJS (the repository's package.json says module).
// The precompiled templates go next to it (dist/templates), where the renderer reads them:
// the runner runs the action from dist/ alone.
import { cpSync, renameSync, writeFileSync } from 'node:fs'
renameSync(new URL('../dist/index.cjs', import.meta.url), new URL('../dist/index.js', import.meta.url))
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "commonjs" }\n')
cpSync(new URL('../src/render/templates', import.meta.url), new URL('../dist/templates', import.meta.url), { recursive: true })
