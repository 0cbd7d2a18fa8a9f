import { availableParallelism } from 'node:os'
import { statSync } from 'node:fs'
import { Command, Option } from 'commander'
import { maskPanRuns } from '../core/privacy.js'
import type { Screener } from '../core/screener.js'
import { CHECK_NAMES, type Band, type CheckName, type ScreenResult } from '../core/types.js'
import type { InvalidSignupError } from '../errors/invalid-signup.js'
import { dataLines, formatFromPath, openInput, parseRecord, type RawLine, type RecordFormat, type RecordItem } from '../io/records.js'
import { writeLine, UsageError, type CliIO } from './io.js'
import { scoreInWorkers } from './parallel.js'
import { assertReadable, disableOption, langOption, modelOption, nowOption, screenerFromFlags, type ScreeningFlags } from './shared.js'

export interface ScoreFlags extends ScreeningFlags {
  readonly full: boolean
  readonly strict: boolean
  readonly top: string
  readonly format?: RecordFormat
  readonly progress: boolean
  readonly workers: string
}

/** One output line of `score`: a result summary, or an error with its line number. Never dropped. */
export type ScoreLine =
  | {
      readonly line: number
      readonly id?: string
      readonly score: number
      readonly band: ScreenResult['band']
      readonly reasons: readonly { code: string; weight: number; fields: readonly string[]; message: string }[]
      /** Checks that failed with an internal error (their signals are missing from the score). */
      readonly checkErrors?: readonly CheckName[]
      readonly result?: ScreenResult
    }
  | {
      readonly line: number
      readonly id?: string
      readonly error: { readonly code: string; readonly message: string; readonly issues?: InvalidSignupError['issues'] }
    }

/** What a scored line adds to the summary: its band, or null for an error line. */
export interface ScoredText {
  readonly text: string
  readonly band: Band | null
  /** Checks that failed with an internal error on this line (a library bug; normally 0). */
  readonly checkErrors: number
}

/** Below this size the start-up of worker threads (each loads the data) costs more than it saves. */
const PARALLEL_MIN_BYTES = 4 * 1024 * 1024

export function scoreCommand(io: CliIO, done: (exitCode: number) => void): Command {
  return new Command('score')
    .description('Score signups from a JSONL or CSV file (or - for stdin); writes one JSONL line per input line, in input order')
    .argument('[file]', 'input file, or - for standard input', '-')
    .addOption(langOption())
    .addOption(modelOption())
    .addOption(disableOption())
    .addOption(nowOption())
    .addOption(new Option('--format <format>', 'input format (default: from the file extension, else jsonl)').choices(['jsonl', 'csv']))
    .option('--full', 'include the full result of each signup', false)
    .option('--top <n>', 'number of reasons in the summary', '3')
    .option('--strict', 'exit with code 1 if any line could not be scored', false)
    .option('--workers <n>', "worker threads; 'auto' uses every core for files over 4 MB, 1 scores in-process", 'auto')
    .option('--no-progress', 'never draw a progress bar')
    .action(async (file: string, flags: ScoreFlags) => {
      assertReadable(file)
      done(await runScore(file, flags, io))
    })
}

/** Formats one record as its output line (shared by the in-process and the worker-thread paths). */
export function scoreRecord(item: RecordItem, screener: Screener, flags: Pick<ScoreFlags, 'full' | 'top'>): ScoredText {
  if (!item.ok) return { text: JSON.stringify({ line: item.line, error: { code: item.error, message: item.message } }), band: null, checkErrors: 0 }
  const outcome = screener.screenSync(item.value)
  if (!outcome.success) {
    const id = idOf(item.value)
    const out: ScoreLine = {
      line: item.line,
      ...(id === undefined ? {} : { id }),
      error: { code: outcome.error.code, message: outcome.error.message, issues: outcome.error.issues },
    }
    return { text: JSON.stringify(out), band: null, checkErrors: 0 }
  }
  const result = outcome.result
  const top = Math.max(0, Number.parseInt(flags.top, 10) || 0)
  const failed = CHECK_NAMES.filter((name) => result.checks[name].status === 'error')
  const out: ScoreLine = {
    line: item.line,
    ...(result.id === undefined ? {} : { id: result.id }),
    score: result.score,
    band: result.band,
    reasons: result.signals.slice(0, top).map((s) => ({ code: s.code, weight: s.weight, fields: s.fields, message: s.message })),
    ...(failed.length > 0 ? { checkErrors: failed } : {}),
    ...(flags.full ? { result } : {}),
  }
  return { text: JSON.stringify(out), band: result.band, checkErrors: failed.length }
}

function workerCount(flags: ScoreFlags, file: string): number {
  if (flags.workers === 'auto') {
    return file !== '-' && statSync(file).size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1
  }
  const n = Number.parseInt(flags.workers, 10)
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers must be 'auto' or a number from 1 to 256, got ${flags.workers}`)
  return n
}

/** Runs `score`; returns the exit code. */
export async function runScore(file: string, flags: ScoreFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? (file === '-' ? 'jsonl' : formatFromPath(file))
  const workers = workerCount(flags, file)
  const input = openInput(file)
  const { lines, header } = dataLines(input, format)
  // Everything that can fail on bad options (model, checks, worker start-up) happens before the
  // progress bar starts, and the bar is stopped whatever happens: its timer would keep the process alive.
  const batches = workers > 1 ? await scoreInWorkers(lines, header, flags, workers) : inProcess(lines, header, await screenerFromFlags(flags), flags)
  const progress = flags.progress && io.stderrIsTTY && file !== '-' ? await startProgress(file, io) : undefined
  const counts = { lines: 0, errors: 0, low: 0, review: 0, high: 0, checkErrors: 0 }
  try {
    for await (const batch of batches) {
      for (const scored of batch.outputs) {
        counts.lines += 1
        if (scored.band === null) counts.errors += 1
        else counts[scored.band] += 1
        counts.checkErrors += scored.checkErrors
        await writeLine(io.stdout, scored.text)
      }
      progress?.tick(batch.lastLine, (input as { bytesRead?: number }).bytesRead ?? 0)
    }
  } finally {
    progress?.stop()
  }
  io.stderr.write(
    `signup-screen: ${counts.lines} lines, ${counts.lines - counts.errors} scored (low ${counts.low}, review ${counts.review}, high ${counts.high}), ${counts.errors} errors` +
      // A check that failed is a bug in the library: its signals are missing from those scores.
      (counts.checkErrors > 0 ? `, ${counts.checkErrors} check failures (see "checkErrors" in the output)` : '') +
      '\n',
  )
  return flags.strict && counts.errors > 0 ? 1 : 0
}

/** In-process scoring, shaped like the worker path's output (one "batch" per line). */
async function* inProcess(
  lines: AsyncIterable<RawLine>,
  header: () => readonly string[] | undefined,
  screener: Screener,
  flags: ScoreFlags,
): AsyncGenerator<{ outputs: readonly ScoredText[]; lastLine: number }> {
  for await (const raw of lines) yield { outputs: [scoreRecord(parseRecord(raw, header()), screener, flags)], lastLine: raw.line }
}

/** The id of an input that failed validation, when it is a plain string or number. */
function idOf(value: Record<string, unknown>): string | undefined {
  const id = value.id
  // Echoed for an input that failed validation, before the screener masked anything.
  return typeof id === 'string' && id.length <= 256 ? maskPanRuns(id) : typeof id === 'number' ? maskPanRuns(String(id)) : undefined
}

/** A progress bar over the file's bytes (the line count is unknown up front); only for terminals. */
async function startProgress(file: string, io: CliIO): Promise<{ tick(line: number, bytes: number): void; stop(): void }> {
  const { SingleBar, Presets } = (await import('cli-progress')).default
  const size = Math.max(1, statSync(file).size)
  const bar = new SingleBar(
    { stream: io.stderr, format: ' {bar} {percentage}% | {lines} lines | ETA {eta_formatted}', etaBuffer: 50 },
    Presets.shades_classic,
  )
  bar.start(size, 0, { lines: 0 })
  let lastLine = 0
  return {
    tick(line, bytes) {
      // Redrawing per line would cost more than screening; every 200 lines is smooth enough.
      if (line - lastLine >= 200) {
        lastLine = line
        bar.update(Math.min(bytes, size), { lines: line })
      }
    },
    stop() {
      bar.update(size)
      bar.stop()
    },
  }
}
