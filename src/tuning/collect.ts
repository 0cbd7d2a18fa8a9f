/**
 * Reads a labelled history (JSONL or CSV), screens every line and keeps only what tuning needs
 * (score, label, date, fired codes) in a compact {@link History}. Lines that cannot be used are
 * counted by reason with their line numbers, never dropped silently.
 */
import { createHash } from 'node:crypto'
import { Transform, type Readable } from 'node:stream'
import type { Screener } from '../core/screener.js'
import { readRecords, type RecordFormat } from '../io/records.js'
import { HistoryBuilder, type History } from './history.js'

/** Why a line was not used, with how many and (the first few) line numbers. */
export interface LineProblem {
  readonly count: number
  /** First line numbers (1-based physical lines), at most `maxLines` of them. */
  readonly lines: readonly number[]
}

export interface CollectProblems {
  /** Empty lines, invalid JSON or CSV rows. */
  readonly invalidRecord: LineProblem
  /** No label, or an empty one. */
  readonly unlabelled: LineProblem
  /** A label that is neither fraud nor legitimate (e.g. `chargeback?`). */
  readonly unknownLabel: LineProblem
  /** The screener rejected the input (wrong types, oversized values, bad `submittedAt`). */
  readonly invalidSignup: LineProblem
  /** A date column other than `submittedAt` that does not parse; the line is kept without a date. */
  readonly badDate: LineProblem
}

/** Options of {@link collectHistory}. */
export interface CollectOptions {
  readonly format: RecordFormat
  /** Column (dotted path) holding the label. Default `label`. */
  readonly labelColumn?: string
  /** Column (dotted path) holding the date. Default `submittedAt`. */
  readonly dateColumn?: string
  /** Line numbers kept per problem kind. Default 100. */
  readonly maxLines?: number
  /** Called every 10,000 lines with the number of lines read. */
  readonly onProgress?: (lines: number) => void
}

export interface Collected {
  readonly history: History
  readonly problems: CollectProblems
  /** Physical lines read (CSV: including the header). */
  readonly lines: number
  /** sha256 and size of the bytes read. */
  readonly sha256: string
  readonly bytes: number
}

const FRAUD_VALUES = new Set(['fraud', '1', 'true', 'yes', 'positive', 'bad', 'abuse'])
const LEGIT_VALUES = new Set(['legit', 'legitimate', '0', 'false', 'no', 'negative', 'good', 'ok'])

/** Reads a label value: `fraud`/`legit`, 1/0, true/false (case-insensitive). */
export function parseLabel(value: unknown): 0 | 1 | 'missing' | 'unknown' {
  if (value === undefined || value === null || value === '') return 'missing'
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return value === 1 ? 1 : value === 0 ? 0 : 'unknown'
  if (typeof value !== 'string') return 'unknown'
  const text = value.trim().toLowerCase()
  if (text === '') return 'missing'
  if (FRAUD_VALUES.has(text)) return 1
  if (LEGIT_VALUES.has(text)) return 0
  return 'unknown'
}

function getPath(value: Record<string, unknown>, path: string): unknown {
  if (path in value) return value[path]
  let node: unknown = value
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

class ProblemCounter {
  count = 0
  readonly lines: number[] = []
  constructor(private readonly max: number) {}
  add(line: number): void {
    this.count += 1
    if (this.lines.length < this.max) this.lines.push(line)
  }
  toJSON(): LineProblem {
    return { count: this.count, lines: this.lines }
  }
}

/**
 * Streams records through the screener into a compact history. Memory grows by about 20 bytes per
 * labelled line plus 2 bytes per fired signal, whatever the size of the results.
 */
export async function collectHistory(input: Readable, screener: Screener, options: CollectOptions): Promise<Collected> {
  const labelColumn = options.labelColumn ?? 'label'
  const dateColumn = options.dateColumn ?? 'submittedAt'
  const max = options.maxLines ?? 100
  const problems = {
    invalidRecord: new ProblemCounter(max),
    unlabelled: new ProblemCounter(max),
    unknownLabel: new ProblemCounter(max),
    invalidSignup: new ProblemCounter(max),
    badDate: new ProblemCounter(max),
  }
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      callback(null, chunk)
    },
  })
  input.on('error', (error) => tap.destroy(error))
  input.pipe(tap)

  const builder = new HistoryBuilder(Object.keys(screener.model.weights))
  let lines = options.format === 'csv' ? 1 : 0
  for await (const item of readRecords(tap, options.format)) {
    lines = item.line
    if (options.onProgress && lines % 10_000 === 0) options.onProgress(lines)
    if (!item.ok) {
      problems.invalidRecord.add(item.line)
      continue
    }
    const label = parseLabel(getPath(item.value, labelColumn))
    if (label === 'missing') {
      problems.unlabelled.add(item.line)
      continue
    }
    if (label === 'unknown') {
      problems.unknownLabel.add(item.line)
      continue
    }
    let time = Number.NaN
    const rawDate = getPath(item.value, dateColumn)
    if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
      time = typeof rawDate === 'string' || typeof rawDate === 'number' ? new Date(rawDate).getTime() : Number.NaN
      if (Number.isNaN(time) && dateColumn !== 'submittedAt') problems.badDate.add(item.line)
    }
    const outcome = screener.screenSync(item.value)
    if (!outcome.success) {
      problems.invalidSignup.add(item.line)
      continue
    }
    builder.add({ score: outcome.result.score, label, time, line: item.line, codes: outcome.result.signals.map((signal) => signal.code) })
  }
  return {
    history: builder.build(),
    problems: {
      invalidRecord: problems.invalidRecord.toJSON(),
      unlabelled: problems.unlabelled.toJSON(),
      unknownLabel: problems.unknownLabel.toJSON(),
      invalidSignup: problems.invalidSignup.toJSON(),
      badDate: problems.badDate.toJSON(),
    },
    lines,
    sha256: hash.digest('hex'),
    bytes,
  }
}
