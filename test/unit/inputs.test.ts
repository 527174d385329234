// The README, action.yml, the example workflows and the code agree on every input: a
// documented input that does not exist makes GitHub answer 422 "Unexpected inputs provided".
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const readme = readFileSync('README.md', 'utf8')
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
const incidentWorkflow = parse(readFileSync('examples/workflows/incident.yml', 'utf8')) as { on: { workflow_dispatch: { inputs: Record<string, { required?: boolean }> } } }
const dispatchInputs = incidentWorkflow.on.workflow_dispatch.inputs

const codeNames = (text: string) => [...text.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1])
const sorted = (names: Iterable<string>) => [...new Set(names)].sort()

/** The README section from a heading to the next one. */
function section(heading: string): string {
  const start = readme.indexOf(heading)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const next = readme.slice(start + heading.length).search(/^#{2,3} /m)
  return readme.slice(start, next < 0 ? undefined : start + heading.length + next)
}

describe('inputs', () => {
  it("the README's inputs table names exactly action.yml's inputs", () => {
    const table = section('### Inputs and outputs').split('\n').filter((l) => /^\| `/.test(l))
    expect(sorted(table.flatMap((row) => codeNames(row.split('|')[1])))).toEqual(sorted(Object.keys(action.inputs)))
  })

  it("the README's outputs are action.yml's outputs", () => {
    const line = section('### Inputs and outputs').split('\n\n').find((p) => p.startsWith('Outputs:'))!
    const named = codeNames(line).filter((n) => !['true'].includes(n))
    expect(sorted(named)).toEqual(sorted(Object.keys(action.outputs)))
  })

  it('the dispatch inputs the README documents are the example workflow\'s', () => {
    const paragraph = section('### Inputs and outputs').split('\n\n').find((p) => p.startsWith('Declaring from another workflow'))!
    const documented = codeNames(paragraph.replace(/e\.g\..*?`\./s, ''))
    expect(sorted(documented)).toEqual(sorted(Object.keys(dispatchInputs)))
    // `issue` or a new incident's fields: none is required by the workflow; declaring checks its own.
    expect(Object.entries(dispatchInputs).filter(([, v]) => v.required)).toEqual([])
  })

  it('every dispatch input the code reads is declared by the example workflow, and every declared one is read', () => {
    const source = readFileSync('src/handlers/declare.ts', 'utf8') + readFileSync('src/main.ts', 'utf8')
    const read = [...source.matchAll(/inputs(?:\.([a-z][\w]*)|\[['"]([\w-]+)['"]\])/g)].map((m) => m[1] ?? m[2]).filter((n) => !['mode', 'period'].includes(n) && n !== 'report-issue')
    expect(sorted([...new Set(read)])).toEqual(sorted(Object.keys(dispatchInputs)))
  })
})
