/**
 * `tune`: score a labelled history with the current model, measure it, pick thresholds, refit the
 * weights with out-of-sample validation, and return everything the summary, the report and the
 * fitted model file need, as plain JSON-safe data.
 */
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import type { ScoringModel } from '../core/model.js'
import { createScreener, type Screener, type ScreenerOptions } from '../core/screener.js'
import { formatFromPath, openInput, type RecordFormat } from '../io/records.js'
import { LIBRARY_VERSION } from '../version.js'
import { collectHistory, type CollectProblems } from './collect.js'
import type { History } from './history.js'
import { scoreRows } from './logistic.js'
import { countScores, summarize, thresholdTable, type Metrics, type ScoreCounts, type ThresholdRow } from './metrics.js'
import { signalTable, type SignalRow } from './signals.js'
import { bandOutcome, pickThresholds, spanDays, type ThresholdGoals, type ThresholdPick } from './thresholds.js'
import { TuneInputError } from './errors.js'
import { fitterFor, validate, type ValidationScheme } from './validation.js'

/** Options of {@link tune}. */
export interface TuneOptions {
  /** Path of a JSONL or CSV file (`-` for standard input), or a readable stream. */
  readonly input: string | Readable
  /** Default: from the file name (`.csv` → csv, else jsonl). */
  readonly format?: RecordFormat
  /** Column holding the label (`fraud`/`legit`, 1/0). Default `label`. */
  readonly labelColumn?: string
  /** Column holding the date. Default `submittedAt`. */
  readonly dateColumn?: string
  /** The current model: object or JSON path (default: the library's default model). */
  readonly model?: ScoringModel | string
  /** Other screener options (checks, service country...). Ignored when `screener` is given. */
  readonly screenerOptions?: Omit<ScreenerOptions, 'model'>
  /** A ready screener (its model is the current model). */
  readonly screener?: Screener
  /** Review capacity and high-band precision for threshold picking. */
  readonly goals?: Omit<ThresholdGoals, 'days'>
  /** Refit the weights. Default true. */
  readonly fit?: boolean
  /** L2 strength of the refit (inverse prior variance around the current weights). Default 1. */
  readonly l2?: number
  readonly validation?: 'auto' | 'time' | 'kfold'
  /** Share held out for out-of-time validation. Default 0.2. */
  readonly holdout?: number
  readonly folds?: number
  readonly seed?: number
  /** Line numbers kept per problem kind. Default 100. */
  readonly maxLines?: number
  /** Name recorded in the provenance (default: the file's base name). */
  readonly inputName?: string
  /** Clock for the provenance date (inject for reproducible files). */
  readonly now?: () => Date
  readonly onProgress?: (lines: number) => void
}

/** Score histograms, JSON-safe. */
export interface CountsJson {
  readonly fraud: number[]
  readonly legit: number[]
}

/** A model's figures on a set of signups, at its thresholds. */
export interface ModelEvaluation {
  readonly metrics: Metrics
  readonly thresholds: ScoringModel['thresholds']
  readonly outcome: ThresholdPick['outcome']
  readonly counts: CountsJson
}

/** Everything `tune` found. JSON-safe. */
export interface TuneResult {
  readonly input: {
    readonly name: string
    readonly sha256: string
    readonly bytes: number
    readonly lines: number
    readonly labelled: number
    readonly fraud: number
    readonly legit: number
    readonly fraudRate: number
    readonly firstDate: string | null
    readonly lastDate: string | null
    readonly days: number | null
  }
  readonly problems: CollectProblems
  readonly currentModel: { readonly version: string; readonly bias: number; readonly thresholds: ScoringModel['thresholds'] }
  /** The current model on the whole history. */
  readonly current: {
    readonly metrics: Metrics
    readonly table: readonly ThresholdRow[]
    readonly counts: CountsJson
    /** Thresholds picked for the current model from the goals (kept when no goal is given). */
    readonly pick: ThresholdPick
  }
  /** Current vs fitted on held-out signups (null when not fitted). */
  readonly validation: {
    readonly scheme: ValidationScheme
    readonly note: string
    readonly trainSize: number
    readonly testSize: number
    readonly current: ModelEvaluation
    readonly fitted: ModelEvaluation
  } | null
  /** The refit on the whole history (null when not fitted). */
  readonly fitted: {
    readonly model: ScoringModel
    readonly iterations: number
    readonly converged: boolean
    readonly l2: number
    readonly table: readonly ThresholdRow[]
    readonly counts: CountsJson
    readonly pick: ThresholdPick
  } | null
  readonly signals: readonly SignalRow[]
}

/** Runs the whole tuning. Throws only for misuse (unreadable input, bad model, nothing labelled). */
export async function tune(options: TuneOptions): Promise<TuneResult> {
  const screener = options.screener ?? (await createScreener({ ...options.screenerOptions, ...(options.model === undefined ? {} : { model: options.model }) }))
  const model = screener.model
  const path = typeof options.input === 'string' ? options.input : undefined
  const format = options.format ?? (path === undefined ? 'jsonl' : formatFromPath(path))
  const stream = typeof options.input === 'string' ? openInput(options.input) : options.input
  const collected = await collectHistory(stream, screener, {
    format,
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
    ...(options.dateColumn === undefined ? {} : { dateColumn: options.dateColumn }),
    ...(options.maxLines === undefined ? {} : { maxLines: options.maxLines }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  })
  const { history } = collected
  if (history.size === 0) throw new TuneInputError('No labelled, valid signup in the input', collected.problems)

  const days = spanDays(history.time)
  const goals: ThresholdGoals = { ...options.goals, ...(days === null ? {} : { days }) }
  if (goals.reviewPerDay !== undefined && days === null) {
    throw new TuneInputError('--review-per-day needs dated signups (submittedAt or --date-column)', collected.problems)
  }
  const counts = countScores(history.score, history.label)
  const metrics = summarize(counts)
  const { first, last } = dateRange(history)

  const result = {
    input: {
      name: options.inputName ?? (path === undefined || path === '-' ? 'stdin' : basename(path)),
      sha256: collected.sha256,
      bytes: collected.bytes,
      lines: collected.lines,
      labelled: history.size,
      fraud: metrics.fraud,
      legit: metrics.legit,
      fraudRate: metrics.fraud / history.size,
      firstDate: first,
      lastDate: last,
      days,
    },
    problems: collected.problems,
    currentModel: { version: model.version, bias: model.bias, thresholds: model.thresholds },
    current: { metrics, table: thresholdTable(counts), counts: countsJson(counts), pick: pickThresholds(counts, model.thresholds, goals) },
  }

  if (options.fit === false) {
    return { ...result, validation: null, fitted: null, signals: signalTable(history, { current: model.weights }) }
  }

  const l2 = options.l2 ?? 1
  const prior = history.codes.map((code) => model.weights[code] ?? 0)
  const fitter = fitterFor(history, prior, model.bias, l2)
  const validation = validate(history, {
    fit: fitter,
    ...(options.validation === undefined ? {} : { scheme: options.validation }),
    ...(options.holdout === undefined ? {} : { holdout: options.holdout }),
    ...(options.folds === undefined ? {} : { folds: options.folds }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  })

  const final = fitter(Uint32Array.from({ length: history.size }, (_, i) => i))
  const known = new Set(Object.keys(model.weights))
  const fittedWeights: Record<string, number> = {}
  history.codes.forEach((code, j) => {
    if (known.has(code)) fittedWeights[code] = round3(final.weights[j]!)
  })
  const fittedBias = round3(final.bias)
  // Score with the rounded weights, exactly as the written model will score.
  const roundedVector = history.codes.map((code) => fittedWeights[code] ?? 0)
  const allRows = Uint32Array.from({ length: history.size }, (_, i) => i)
  const fittedCounts = countScores(scoreRows(history, allRows, fittedBias, roundedVector), history.label)
  const fittedPick = pickFittedThresholds(fittedCounts, model.thresholds, goals, result.current.pick)

  const testDays = spanDays(validation.testRows.length === history.size ? history.time : Float64Array.from(validation.testRows, (i) => history.time[i]!))
  const testLabels = Uint8Array.from(validation.testRows, (i) => history.label[i]!)
  const evaluation = (scores: Uint8Array, thresholds: ScoringModel['thresholds']): ModelEvaluation => {
    const c = countScores(scores, testLabels)
    return { metrics: summarize(c), thresholds, outcome: bandOutcome(thresholdTable(c), thresholds.review, thresholds.high, testDays), counts: countsJson(c) }
  }
  // Out of time, thresholds are picked on the training part, as they would have been at the cut date;
  // with k-fold, the thresholds picked on the whole history are used.
  let heldOutThresholds = { current: result.current.pick.thresholds, fitted: fittedPick.thresholds }
  if (validation.train) {
    const { rows, currentScores, fittedScores } = validation.train
    const trainLabels = Uint8Array.from(rows, (i) => history.label[i]!)
    const trainDays = spanDays(Float64Array.from(rows, (i) => history.time[i]!))
    const trainGoals: ThresholdGoals = { ...options.goals, ...(trainDays === null ? {} : { days: trainDays }) }
    const currentTrain = pickThresholds(countScores(currentScores, trainLabels), model.thresholds, trainGoals)
    const fittedTrain = pickFittedThresholds(countScores(fittedScores, trainLabels), model.thresholds, trainGoals, currentTrain)
    heldOutThresholds = { current: currentTrain.thresholds, fitted: fittedTrain.thresholds }
  }
  const validationResult = {
    scheme: validation.scheme,
    note: validation.note,
    trainSize: validation.trainSize,
    testSize: validation.testRows.length,
    current: evaluation(validation.currentScores, heldOutThresholds.current),
    fitted: evaluation(validation.fittedScores, heldOutThresholds.fitted),
  }

  const signals = signalTable(history, { current: model.weights, fitted: fittedWeights })
  const createdAt = (options.now ?? (() => new Date()))()
  const fittedModel: ScoringModel = {
    version: `fitted-${createdAt.toISOString().slice(0, 10)}-${collected.sha256.slice(0, 8)}`,
    bias: fittedBias,
    thresholds: fittedPick.thresholds,
    weights: fittedWeights,
    rationale: Object.fromEntries(signals.filter((row) => known.has(row.code)).map((row) => [row.code, rationaleOf(row, model.rationale?.[row.code])])),
    provenance: {
      tool: 'signup-screen tune',
      library: LIBRARY_VERSION,
      createdAt: createdAt.toISOString(),
      input: { ...result.input },
      baseModel: model.version,
      method: `L2-regularised logistic regression on signal indicators (Newton), penalty ${l2} x (w - base weight)^2 / 2, bias unpenalised`,
      iterations: final.iterations,
      converged: final.converged,
      validation: {
        scheme: validation.scheme,
        note: validation.note,
        trainSize: validation.trainSize,
        testSize: validation.testRows.length,
        base: headline(validationResult.current.metrics),
        fitted: headline(validationResult.fitted.metrics),
      },
      thresholds: fittedPick.reasons,
    },
  }
  return {
    ...result,
    validation: validationResult,
    fitted: {
      model: fittedModel,
      iterations: final.iterations,
      converged: final.converged,
      l2,
      table: thresholdTable(fittedCounts),
      counts: countsJson(fittedCounts),
      pick: fittedPick,
    },
    signals,
  }
}

/**
 * Thresholds of the fitted model. A refit is calibrated to the history's fraud rate, so its scores
 * live on another scale than the current model's and the current thresholds would not mean the same
 * workload: a goal the user did not give is replaced by the current model's workload on the history
 * (same review rate, same high-band size).
 */
function pickFittedThresholds(counts: ScoreCounts, current: ScoringModel['thresholds'], goals: ThresholdGoals, currentPick: ThresholdPick): ThresholdPick {
  const derived: { -readonly [K in keyof ThresholdGoals]: ThresholdGoals[K] } = { ...goals }
  const notes: { review?: string; high?: string } = {}
  const reviewRate = currentPick.outcome.review.rate + currentPick.outcome.high.rate
  if (goals.reviewRate === undefined && goals.reviewPerDay === undefined && reviewRate > 0) {
    derived.reviewRate = reviewRate
    notes.review = 'same review rate as the current model; '
  }
  if (goals.minPrecision === undefined && currentPick.outcome.high.rate > 0) {
    derived.highRate = currentPick.outcome.high.rate
    notes.high = 'same high-band size as the current model; '
  }
  const pick = pickThresholds(counts, current, derived)
  return { ...pick, reasons: { review: `${notes.review ?? ''}${pick.reasons.review}`, high: `${notes.high ?? ''}${pick.reasons.high}` } }
}

function headline(metrics: Metrics): Record<string, number | null> {
  return {
    auc: roundN(metrics.auc, 4),
    averagePrecision: roundN(metrics.averagePrecision, 4),
    recallAt1PctFpr: roundN(metrics.recallAt1PctFpr.recall, 4),
    recallAt5PctFpr: roundN(metrics.recallAt5PctFpr.recall, 4),
  }
}

function rationaleOf(row: SignalRow, base: string | undefined): string {
  const seen =
    row.verdict === 'never_fired'
      ? 'never fired in the history: weight kept from the base model'
      : `fired in ${pctText(row.rateFraud)} of fraud vs ${pctText(row.rateLegit)} of legitimate signups (${row.verdict.replace('_', ' ')})`
  return `Fitted: ${seen}; base weight ${row.currentWeight ?? 0}.${base ? ` Base rationale: ${base}` : ''}`
}

function pctText(value: number): string {
  return `${(value * 100).toFixed(value < 0.01 ? 2 : 1)}%`
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}

function roundN(value: number | null, digits: number): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits
}

function countsJson(counts: ScoreCounts): CountsJson {
  return { fraud: Array.from(counts.pos), legit: Array.from(counts.neg) }
}

function dateRange(history: History): { first: string | null; last: string | null } {
  let min = Infinity
  let max = -Infinity
  for (const t of history.time) {
    if (Number.isNaN(t)) continue
    if (t < min) min = t
    if (t > max) max = t
  }
  return min === Infinity ? { first: null, last: null } : { first: new Date(min).toISOString(), last: new Date(max).toISOString() }
}
