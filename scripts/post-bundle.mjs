// ncc writes dist/package.json with "type": "module" for the ESM bundle; keep only that,
// so the committed dist/ does not change with unrelated package.json fields.
import { writeFileSync } from 'node:fs'
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n')
