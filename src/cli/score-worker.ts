/** Worker thread of `signup-screen score --workers N`: builds its own screener and formats lines. */
import { parentPort, workerData } from 'node:worker_threads'
import { isSignupScreenError } from '../errors/base.js'
import { parseRecord } from '../io/records.js'
import { UsageError } from './io.js'
import type { WorkerRequest, WorkerResponse, WorkerSettings } from './parallel.js'
import { scoreRecord } from './score.js'
import { screenerFromFlags } from './shared.js'

async function serve(): Promise<void> {
  const port = parentPort
  if (port === null) throw new Error('score-worker must run in a worker thread')
  const { flags } = workerData as WorkerSettings
  const reply = (message: WorkerResponse): void => port.postMessage(message)
  let screener
  try {
    screener = await screenerFromFlags(flags)
  } catch (error) {
    reply({ type: 'failed', message: (error as Error).message, usage: isSignupScreenError(error) || error instanceof UsageError })
    return
  }
  port.on('message', (request: WorkerRequest) => {
    const outputs = request.lines.map((raw) => scoreRecord(parseRecord(raw, request.header), screener, flags))
    reply({ type: 'result', seq: request.seq, outputs })
  })
  reply({ type: 'ready' })
}

void serve()
