import { describe, expect, it } from 'vitest'
import type { Level } from '../../src/config/config.js'
import { allSettled, asReady, inChains, quietly } from '../../src/incident/concurrency.js'
import { Levels } from '../../src/incident/levels.js'

/** A promise settled from outside, to control when each piece of work finishes. */
function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}
const tick = () => new Promise((r) => setImmediate(r))

describe('inChains', () => {
  it('runs the chains side by side, each in order, at most `limit` at a time', async () => {
    const log: string[] = []
    let running = 0
    let most = 0
    await inChains([['a1', 'a2', 'a3'], ['b1', 'b2'], ['c1'], []], 2, async (item) => {
      running++
      most = Math.max(most, running)
      log.push(`start ${item}`)
      await tick()
      log.push(`end ${item}`)
      running--
    })
    expect(most).toBe(2)
    for (const chain of [['a1', 'a2', 'a3'], ['b1', 'b2']]) {
      const ends = chain.map((item) => log.indexOf(`end ${item}`))
      const starts = chain.map((item) => log.indexOf(`start ${item}`))
      // Each item starts after the one before it in its chain has ended.
      for (let i = 1; i < chain.length; i++) expect(starts[i]).toBeGreaterThan(ends[i - 1])
    }
    // a and b overlapped; c waited for a free slot.
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'))
    expect(log.filter((l) => l.startsWith('end'))).toHaveLength(6)
  })

  it('stops a failing chain there, lets the others finish, then throws the failure', async () => {
    const done: string[] = []
    const error = await inChains([['a1', 'bad', 'a3'], ['b1', 'b2']], 2, async (item) => {
      await tick()
      if (item === 'bad') throw new Error('refused')
      done.push(item)
    }).catch((e: Error) => e)
    expect((error as Error).message).toBe('refused')
    expect(done.sort()).toEqual(['a1', 'b1', 'b2'])
  })
})

describe('asReady', () => {
  it('starts what is ready at once, and what waited as soon as what it waited for is done', async () => {
    // c waits for a; d waits for b and c.
    const needs: Record<string, string[]> = { a: [], b: [], c: ['a'], d: ['b', 'c'] }
    const finished = new Set<string>()
    const gates = Object.fromEntries(Object.keys(needs).map((n) => [n, deferred()]))
    const started: string[] = []
    const whole = asReady((running) =>
      Object.keys(needs)
        .filter((n) => !finished.has(n) && !running.has(n) && needs[n].every((m) => finished.has(m)))
        .map((name) => ({
          name,
          run: async () => {
            started.push(name)
            await gates[name].promise
            finished.add(name)
          }
        }))
    )
    await tick()
    expect(started).toEqual(['a', 'b'])
    gates.a.resolve()
    await tick()
    expect(started).toEqual(['a', 'b', 'c'])
    gates.c.resolve()
    await tick()
    // d still waits for b.
    expect(started).toEqual(['a', 'b', 'c'])
    gates.b.resolve()
    await tick()
    expect(started).toEqual(['a', 'b', 'c', 'd'])
    gates.d.resolve()
    await whole
    expect([...finished].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('never starts a task twice while it runs, and ends when nothing is offered', async () => {
    // `long` is offered again when `short` finishes, while it still runs.
    const finished = new Set<string>()
    const starts: string[] = []
    const gate = deferred()
    const task = (name: string, work: () => Promise<unknown>) => ({ name, run: async () => void (starts.push(name), await work(), finished.add(name)) })
    const whole = asReady(() => [task('long', () => gate.promise), task('short', tick)].filter((t) => !finished.has(t.name)))
    await tick()
    await tick()
    expect(finished.has('short')).toBe(true)
    gate.resolve()
    await whole
    expect(starts).toEqual(['long', 'short'])
  })
})

describe('allSettled', () => {
  it('throws the first failure only once everything has settled', async () => {
    const slow = deferred<string>()
    let slowDone = false
    const all = allSettled([Promise.reject(new Error('first')), slow.promise.then((v) => ((slowDone = true), v))])
    let settled = false
    void all.catch(() => (settled = true))
    await tick()
    expect(settled).toBe(false)
    slow.resolve('late')
    expect(await all.catch((e: Error) => e.message)).toBe('first')
    expect(slowDone).toBe(true)
  })

  it('answers every value in order when all succeed', async () => {
    expect(await allSettled([Promise.resolve(1), Promise.resolve('two'), false])).toEqual([1, 'two', false])
  })
})

describe('quietly', () => {
  it('keeps a failure for whoever awaits it, with no unhandled rejection meanwhile', async () => {
    const failing = quietly(Promise.reject(new Error('later')))
    await tick()
    await expect(failing).rejects.toThrow('later')
  })
})

describe('permission levels', () => {
  it('asks once per person: an ask made ahead is joined, whatever the case of the login', async () => {
    const asked: string[] = []
    const gate = deferred<Level>()
    const levels = new Levels({ level: (login) => (asked.push(login), gate.promise) })
    levels.ahead('Alice')
    const joined = levels.of('alice')
    gate.resolve('write')
    expect(await joined).toBe('write')
    expect(await levels.of('ALICE')).toBe('write')
    expect(asked).toEqual(['Alice'])
  })

  it('a failed ask ahead stays quiet, and the next ask tries again', async () => {
    let calls = 0
    const levels = new Levels({ level: async () => (++calls === 1 ? Promise.reject(new Error('502')) : 'triage') })
    levels.ahead('bob')
    await tick()
    expect(await levels.of('bob')).toBe('triage')
    expect(calls).toBe(2)
  })
})
