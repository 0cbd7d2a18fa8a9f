import type { Writable } from 'node:stream'

/** Where a CLI command writes; injected so tests run commands in-process. */
export interface CliIO {
  readonly stdout: Writable
  readonly stderr: Writable
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  readonly stderrIsTTY: boolean
}

export const processIO = (): CliIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: Boolean(process.stderr.isTTY),
})

/** Writes and waits for the stream to drain when its buffer is full (back-pressure for big batches). */
export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once('drain', resolve))
}

/** A CLI usage error: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
