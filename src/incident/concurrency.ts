// Running a run's requests side by side where nothing orders them, so that an event costs as
// few round trips in a row as its dependencies allow.

/**
 * Runs chains side by side, at most `limit` at a time; each chain's items in order. A chain
 * that fails stops there and the others go on; the first failure is thrown once all are done.
 */
export async function inChains<T>(chains: T[][], limit: number, step: (item: T) => Promise<void>): Promise<void> {
  const queue = chains.filter((c) => c.length)
  let failure: { error: unknown } | undefined
  const worker = async () => {
    for (let chain = queue.shift(); chain; chain = queue.shift()) {
      try {
        for (const item of chain) await step(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker))
  if (failure) throw failure.error
}

export interface Task {
  name: string
  /** Handles its own failures: a task never rejects. */
  run: () => Promise<void>
}

/**
 * Starts every task `ready` offers as soon as it is offered, and asks again whenever one
 * finishes (its result may make others ready), until nothing runs and nothing is offered.
 * `ready` sees the names still running; a task offered while it runs is not started twice.
 */
export async function asReady(ready: (running: ReadonlySet<string>) => Task[]): Promise<void> {
  const running = new Map<string, Promise<void>>()
  for (;;) {
    for (const task of ready(new Set(running.keys()))) {
      if (running.has(task.name)) continue
      running.set(
        task.name,
        task.run().finally(() => running.delete(task.name))
      )
    }
    if (!running.size) return
    await Promise.race(running.values())
  }
}

/** A promise whose failure is reported only to whoever awaits it (no unhandled rejection meanwhile). */
export function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

/**
 * As Promise.all, but a failure is thrown only once every promise has settled: nothing the
 * run started is left running behind the error.
 */
export async function allSettled<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: Array<PromiseSettledResult<unknown>> = await Promise.allSettled(values as readonly unknown[])
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failure) throw failure.reason
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> }
}
