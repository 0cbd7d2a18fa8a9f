import { Worker } from 'node:worker_threads'
import type { RawLine } from '../io/records.js'
import { UsageError } from './io.js'
import type { ScoredText, ScoreFlags } from './score.js'

/** Settings a worker needs to build the same screener and format the same lines as the main thread. */
export interface WorkerSettings {
  readonly flags: Pick<ScoreFlags, 'lang' | 'model' | 'disable' | 'full' | 'top' | 'now'>
}

export type WorkerRequest = { readonly seq: number; readonly header: readonly string[] | undefined; readonly lines: readonly RawLine[] }
export type WorkerResponse =
  | { readonly type: 'ready' }
  /** `usage`: the options were unusable (bad model, unknown check), as opposed to a fault. */
  | { readonly type: 'failed'; readonly message: string; readonly usage: boolean }
  | { readonly type: 'result'; readonly seq: number; readonly outputs: readonly ScoredText[] }

/** A worker died or could not run: a fault of the machine or the library, not of the input. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure'
}

/** Lines per message: large enough to amortize messaging, small enough to keep memory flat. */
const CHUNK = 512
/** Chunks in flight per worker: keeps every worker busy while bounding buffered output. */
const IN_FLIGHT_PER_WORKER = 4

interface WorkerHandle {
  send(request: WorkerRequest): Promise<readonly ScoredText[]>
  stop(): Promise<void>
}

/**
 * Starts `count` workers and waits until each has loaded its data. If any fails, the others are
 * terminated (none is left running to keep the process alive) and the first failure is thrown.
 */
async function startPool(flags: ScoreFlags, count: number): Promise<WorkerHandle[]> {
  const { lang, model, disable, full, top, now } = flags
  const settings: WorkerSettings = {
    flags: { lang, full, top, ...(model === undefined ? {} : { model }), ...(disable === undefined ? {} : { disable }), ...(now === undefined ? {} : { now }) },
  }
  const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker(settings)))
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  const failed = started.find((s) => s.status === 'rejected')
  if (failed) {
    await Promise.all(workers.map((w) => w.stop()))
    throw failed.reason
  }
  return workers
}

/**
 * Scores lines on `count` worker threads and yields their outputs in input order. Only raw line
 * text crosses threads (parsing happens in the workers); memory is bounded by the chunks in flight.
 * Resolves once every worker is ready, so bad options fail before any output is written.
 */
export async function scoreInWorkers(
  lines: AsyncIterable<RawLine>,
  header: () => readonly string[] | undefined,
  flags: ScoreFlags,
  count: number,
): Promise<AsyncGenerator<{ outputs: readonly ScoredText[]; lastLine: number }>> {
  const workers = await startPool(flags, count)
  return (async function* () {
    const queue: { done: Promise<readonly ScoredText[]>; lastLine: number }[] = []
    let seq = 0
    let chunk: RawLine[] = []
    const dispatch = (): void => {
      const done = workers[seq % workers.length]!.send({ seq, header: header(), lines: chunk })
      // Awaited in order below; until then a rejection must not count as unhandled (it would end
      // the process before the head of the queue reports the failure).
      done.catch(() => undefined)
      queue.push({ done, lastLine: chunk[chunk.length - 1]?.line ?? 0 })
      seq += 1
      chunk = []
    }
    try {
      for await (const raw of lines) {
        chunk.push(raw)
        if (chunk.length < CHUNK) continue
        dispatch()
        while (queue.length >= workers.length * IN_FLIGHT_PER_WORKER) {
          const head = queue.shift()!
          yield { outputs: await head.done, lastLine: head.lastLine }
        }
      }
      if (chunk.length > 0) dispatch()
      while (queue.length > 0) {
        const head = queue.shift()!
        yield { outputs: await head.done, lastLine: head.lastLine }
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()))
    }
  })()
}

/** Starts one worker and waits until its screener is ready (data loaded). */
function startWorker(settings: WorkerSettings): Promise<WorkerHandle> {
  // From dist/ the worker is plain JS. From src/ (tests, tsx) it is TypeScript: a worker does not
  // inherit the parent's loader hooks, so a tiny bootstrap registers tsx in it first.
  const fromSource = import.meta.url.endsWith('.ts')
  const worker = fromSource
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./score-worker.ts', import.meta.url).href)}) })`,
        { eval: true, workerData: settings },
      )
    : new Worker(new URL('./score-worker.js', import.meta.url), { workerData: settings })
  // A worker answers its requests in order, so a FIFO of resolvers pairs answers with requests.
  const waiting: { resolve: (outputs: readonly ScoredText[]) => void; reject: (error: Error) => void }[] = []
  let failure: Error | undefined
  let stopping = false
  const fail = (error: Error): void => {
    failure ??= error
    for (const w of waiting.splice(0)) w.reject(failure)
  }
  return new Promise((resolveReady, rejectReady) => {
    worker.on('message', (message: WorkerResponse) => {
      if (message.type === 'ready') {
        resolveReady({
          send(request) {
            if (failure) return Promise.reject(failure)
            return new Promise((resolve, reject) => {
              waiting.push({ resolve, reject })
              worker.postMessage(request)
            })
          },
          async stop() {
            stopping = true
            await worker.terminate()
          },
        })
      } else if (message.type === 'failed') {
        const error = message.usage ? new UsageError(message.message) : new WorkerFailure(message.message)
        rejectReady(error)
        fail(error)
      } else {
        waiting.shift()?.resolve(message.outputs)
      }
    })
    worker.on('error', (error) => {
      const wrapped = new WorkerFailure(`a score worker failed: ${error.message}`)
      rejectReady(wrapped)
      fail(wrapped)
    })
    worker.on('exit', (code) => {
      // Any exit we did not ask for, even with code 0, leaves requests unanswered.
      if (!stopping) {
        const error = new WorkerFailure(`a score worker exited unexpectedly (code ${code})`)
        rejectReady(error)
        fail(error)
      }
    })
  })
}
