import { statSync } from 'node:fs'
import { Command, Option } from 'commander'
import { formatFromPath, openInput, readRecords, type RecordFormat } from '../io/records.js'
import type { ScreenResult } from '../core/types.js'
import type { InvalidSignupError } from '../errors/invalid-signup.js'
import { writeLine, type CliIO } from './io.js'
import { assertReadable, disableOption, langOption, modelOption, screenerFromFlags, type ScreeningFlags } from './shared.js'

export interface ScoreFlags extends ScreeningFlags {
  readonly full: boolean
  readonly strict: boolean
  readonly top: string
  readonly format?: RecordFormat
  readonly progress: boolean
}

/** One output line of `score`: a result summary, or an error with its line number. Never dropped. */
export type ScoreLine =
  | {
      readonly line: number
      readonly id?: string
      readonly score: number
      readonly band: ScreenResult['band']
      readonly reasons: readonly { code: string; weight: number; fields: readonly string[]; message: string }[]
      readonly result?: ScreenResult
    }
  | {
      readonly line: number
      readonly id?: string
      readonly error: { readonly code: string; readonly message: string; readonly issues?: InvalidSignupError['issues'] }
    }

export function scoreCommand(io: CliIO, done: (exitCode: number) => void): Command {
  return new Command('score')
    .description('Score signups from a JSONL or CSV file (or - for stdin); writes one JSONL line per input line')
    .argument('[file]', 'input file, or - for standard input', '-')
    .addOption(langOption())
    .addOption(modelOption())
    .addOption(disableOption())
    .addOption(new Option('--format <format>', 'input format (default: from the file extension, else jsonl)').choices(['jsonl', 'csv']))
    .option('--full', 'include the full result of each signup', false)
    .option('--top <n>', 'number of reasons in the summary', '3')
    .option('--strict', 'exit with code 1 if any line could not be scored', false)
    .option('--no-progress', 'never draw a progress bar')
    .action(async (file: string, flags: ScoreFlags) => {
      assertReadable(file)
      done(await runScore(file, flags, io))
    })
}

/** Runs `score`; returns the exit code. */
export async function runScore(file: string, flags: ScoreFlags, io: CliIO): Promise<number> {
  const top = Number.parseInt(flags.top, 10)
  const screener = await screenerFromFlags(flags)
  const format = flags.format ?? (file === '-' ? 'jsonl' : formatFromPath(file))
  const input = openInput(file)
  const progress = flags.progress && io.stderrIsTTY && file !== '-' ? await startProgress(file, io) : undefined
  const counts = { lines: 0, errors: 0, low: 0, review: 0, high: 0 }
  for await (const item of readRecords(input, format)) {
    counts.lines += 1
    let out: ScoreLine
    if (!item.ok) {
      out = { line: item.line, error: { code: item.error, message: item.message } }
    } else {
      const outcome = screener.screenSync(item.value)
      const id = idOf(item.value)
      if (outcome.success) {
        const result = outcome.result
        counts[result.band] += 1
        out = {
          line: item.line,
          ...(result.id === undefined ? {} : { id: result.id }),
          score: result.score,
          band: result.band,
          reasons: result.signals.slice(0, Math.max(0, top)).map((s) => ({ code: s.code, weight: s.weight, fields: s.fields, message: s.message })),
          ...(flags.full ? { result } : {}),
        }
      } else {
        out = {
          line: item.line,
          ...(id === undefined ? {} : { id }),
          error: { code: outcome.error.code, message: outcome.error.message, issues: outcome.error.issues },
        }
      }
    }
    if ('error' in out) counts.errors += 1
    await writeLine(io.stdout, JSON.stringify(out))
    progress?.tick(item.line, (input as { bytesRead?: number }).bytesRead ?? 0)
  }
  progress?.stop()
  io.stderr.write(
    `signup-screen: ${counts.lines} lines, ${counts.lines - counts.errors} scored (low ${counts.low}, review ${counts.review}, high ${counts.high}), ${counts.errors} errors\n`,
  )
  return flags.strict && counts.errors > 0 ? 1 : 0
}

/** The id of an input that failed validation, when it is a plain string or number. */
function idOf(value: Record<string, unknown>): string | undefined {
  const id = value.id
  return typeof id === 'string' && id.length <= 256 ? id : typeof id === 'number' ? String(id) : undefined
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
