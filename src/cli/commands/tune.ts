import { writeFile } from 'node:fs/promises'
import { Command, InvalidArgumentError, Option } from 'commander'
import type { RecordFormat } from '../../io/records.js'
import { TuneInputError } from '../../tuning/errors.js'
import { jsonSummary, textSummary, writeModel } from '../../tuning/output.js'
import { tune } from '../../tuning/tune.js'
import { processIO, UsageError, type CliIO } from '../io.js'
import { assertReadable, disableOption, modelOption, screenerFromFlags } from '../shared.js'

/** Flags of `signup-screen tune`, as commander parses them. */
export interface TuneFlags {
  readonly format?: RecordFormat
  readonly labelColumn: string
  readonly dateColumn: string
  readonly model?: string
  readonly disable?: string
  readonly reviewRate?: number
  readonly reviewPerDay?: number
  readonly minPrecision?: number
  readonly minSupport?: number
  readonly fit: boolean
  readonly l2: number
  readonly validation: 'auto' | 'time' | 'kfold'
  readonly holdout: number
  readonly folds: number
  readonly seed: number
  readonly out?: string
  readonly report?: string
  readonly json: boolean
  readonly progress: boolean
}

/** `5%`, `0.05` → 0.05; must lie in (0, 1]. */
export function parseShare(value: string): number {
  const text = value.trim()
  const share = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text)
  if (text === '' || !Number.isFinite(share) || share <= 0 || share > 1) {
    throw new InvalidArgumentError('expected a share such as 5% or 0.05 (above 0, at most 100%)')
  }
  return share
}

function positiveNumber(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number')
  return number
}

function nonNegativeNumber(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError('expected a number >= 0')
  return number
}

function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!Number.isInteger(number) || number < min) throw new InvalidArgumentError(`expected an integer >= ${min}`)
    return number
  }
}

/**
 * `signup-screen tune <file>`: measure the current model on a labelled history, pick thresholds for a
 * review capacity, refit the weights, and write the fitted model and an HTML report.
 *
 * @param io - where to write (tests inject buffers); default: the process streams
 * @param done - receives the exit code (0 ok, 1 unusable history, 2 bad usage through the thrown
 *   error); default: sets `process.exitCode`
 */
export function tuneCommand(io: CliIO = processIO(), done: (exitCode: number) => void = (code) => void (process.exitCode = code)): Command {
  return new Command('tune')
    .description('Measure and tune the model on past signups labelled fraud/legit (JSONL or CSV); prints a summary, writes a fitted model and an HTML report')
    .argument('<file>', 'labelled history (JSONL or CSV), or - for standard input')
    .addOption(new Option('--format <format>', 'input format (default: from the file extension, else jsonl)').choices(['jsonl', 'csv']))
    .option('--label-column <name>', 'column holding the label: fraud/legit, 1/0, true/false', 'label')
    .option('--date-column <name>', 'column holding the signup date (ISO 8601)', 'submittedAt')
    .addOption(modelOption())
    .addOption(disableOption())
    .addOption(new Option('--review-rate <share>', 'review capacity as a share of all signups, e.g. 5%').argParser(parseShare))
    .addOption(new Option('--review-per-day <n>', 'review capacity in signups per day (needs dates)').argParser(positiveNumber))
    .addOption(new Option('--min-precision <share>', 'minimum fraud share of the high band, e.g. 60%').argParser(parseShare))
    .addOption(new Option('--min-support <n>', 'signups a high threshold must flag before its precision counts (default: 20)').argParser(integerAtLeast(1)))
    .option('--no-fit', 'do not refit the weights (measure and pick thresholds only)')
    .addOption(new Option('--l2 <strength>', 'L2 strength of the refit (pull towards the current weights)').argParser(nonNegativeNumber).default(1))
    .addOption(new Option('--validation <scheme>', 'held-out scheme: auto (out of time when dated, else k-fold), time, kfold').choices(['auto', 'time', 'kfold']).default('auto'))
    .addOption(new Option('--holdout <share>', 'newest share held out for out-of-time validation').argParser(parseShare).default(0.2, '20%'))
    .addOption(new Option('--folds <k>', 'folds of k-fold validation').argParser(integerAtLeast(2)).default(5))
    .addOption(new Option('--seed <n>', 'seed of the k-fold assignment').argParser(integerAtLeast(0)).default(1))
    .option('--out <file>', 'write the fitted model JSON here (load it with --model or createScreener({ model }))')
    .option('--report <file>', 'write a self-contained HTML report here')
    .option('--json', 'print a JSON summary instead of text', false)
    .option('--no-progress', 'never print progress')
    .addHelpText(
      'after',
      `
Examples:
  $ signup-screen tune history.jsonl --review-rate 5% --min-precision 50% --out model.fitted.json --report tuning.html
  $ signup-screen tune history.csv --label-column outcome --review-per-day 40 --no-fit --json
  $ signup-screen score signups.jsonl --model model.fitted.json

Exit codes: 0 done, 1 no usable labelled line, 2 bad usage.`,
    )
    .action(async (file: string, flags: TuneFlags) => {
      done(await runTune(file, flags, io))
    })
}

/** Runs `tune`; returns the exit code. Throws `UsageError` for bad usage (exit code 2). */
export async function runTune(file: string, flags: TuneFlags, io: CliIO): Promise<number> {
  assertReadable(file)
  if (flags.out !== undefined && !flags.fit) throw new UsageError('--out needs a refit; drop --no-fit')
  const screener = await screenerFromFlags({ lang: 'en', ...(flags.model === undefined ? {} : { model: flags.model }), ...(flags.disable === undefined ? {} : { disable: flags.disable }) })
  const showProgress = flags.progress && io.stderrIsTTY
  const goals = {
    ...(flags.reviewRate === undefined ? {} : { reviewRate: flags.reviewRate }),
    ...(flags.reviewPerDay === undefined ? {} : { reviewPerDay: flags.reviewPerDay }),
    ...(flags.minPrecision === undefined ? {} : { minPrecision: flags.minPrecision }),
    ...(flags.minSupport === undefined ? {} : { minSupport: flags.minSupport }),
  }
  let result
  try {
    result = await tune({
      input: file,
      screener,
      ...(flags.format === undefined ? {} : { format: flags.format }),
      labelColumn: flags.labelColumn,
      dateColumn: flags.dateColumn,
      goals,
      fit: flags.fit,
      l2: flags.l2,
      validation: flags.validation,
      holdout: flags.holdout,
      folds: flags.folds,
      seed: flags.seed,
      ...(showProgress ? { onProgress: (lines: number) => io.stderr.write(`\rtune: ${lines} lines`) } : {}),
    })
  } catch (error) {
    if (error instanceof TuneInputError) {
      if (showProgress) io.stderr.write('\n')
      io.stderr.write(`signup-screen tune: ${error.message}\n`)
      for (const [kind, problem] of Object.entries(error.problems)) {
        if (problem.count > 0) io.stderr.write(`  ${kind}: ${problem.count} line(s): ${problem.lines.join(', ')}${problem.count > problem.lines.length ? ', …' : ''}\n`)
      }
      return 1
    }
    throw error
  }
  if (showProgress) io.stderr.write('\n')
  if (flags.out !== undefined && result.fitted) {
    await writeModel(flags.out, result.fitted.model)
    io.stderr.write(`signup-screen tune: fitted model written to ${flags.out}\n`)
  }
  if (flags.report !== undefined) {
    // Loaded only here: the plotting stack costs ~200 ms and ~70 MB that screening never pays.
    const { renderReport } = await import('../../tuning/report.js')
    await writeFile(flags.report, await renderReport(result))
    io.stderr.write(`signup-screen tune: report written to ${flags.report}\n`)
  }
  io.stdout.write(flags.json ? `${JSON.stringify(jsonSummary(result), null, 2)}\n` : textSummary(result))
  return 0
}
