/**
 * Out-of-sample validation of a refit: out of time (train on the older part of the history, test on
 * the newer) when the history has dates, k-fold otherwise. Both give, for each held-out signup, the
 * score of the current model and of a model fitted without it.
 */
import type { History } from './history.js'
import { fitLogistic, groupPatterns, scoreRows, type FitResult } from './logistic.js'

export type ValidationScheme = 'out_of_time' | 'k_fold'

/** Held-out rows with their scores under the current and the fitted model. */
export interface Validation {
  readonly scheme: ValidationScheme
  /** Why this scheme (and any fallback), in words. */
  readonly note: string
  readonly trainSize: number
  /** Held-out rows (indices into the history). */
  readonly testRows: Uint32Array
  /** Scores of `testRows` under the current model and the fitted one(s), same order. */
  readonly currentScores: Uint8Array
  readonly fittedScores: Uint8Array
  /**
   * Out of time: the training rows with their scores under the current model and the model fitted on
   * them, so thresholds can be picked as they would have been at the cut date.
   */
  readonly train?: { readonly rows: Uint32Array; readonly currentScores: Uint8Array; readonly fittedScores: Uint8Array }
  /** Out of time: first date of the test part (ISO), and last date of the training part. */
  readonly trainUntil?: string
  readonly testFrom?: string
  readonly folds?: number
}

export interface ValidationOptions {
  /** 'auto' (default): out of time when at least 90% of rows are dated, else k-fold. */
  readonly scheme?: 'auto' | 'time' | 'kfold'
  /** Share of the history held out, out of time. Default 0.2. */
  readonly holdout?: number
  /** k of k-fold. Default 5. */
  readonly folds?: number
  /** Seed of the k-fold assignment. Default 1. */
  readonly seed?: number
  /** Fits a model on the given rows. */
  readonly fit: (rows: Uint32Array) => FitResult
}

/** Fewest fraud (and legitimate) signups each side of an out-of-time split must hold. */
const MIN_CLASS = 5

/** Runs the validation. */
export function validate(history: History, options: ValidationOptions): Validation {
  const scheme = options.scheme ?? 'auto'
  let dated = 0
  for (let i = 0; i < history.size; i += 1) if (!Number.isNaN(history.time[i]!)) dated += 1
  let note = ''
  if (scheme === 'time' || (scheme === 'auto' && dated >= 0.9 * history.size && dated > 0)) {
    const split = timeSplit(history, options.holdout ?? 0.2)
    if (split.ok) {
      const fit = options.fit(split.train)
      return {
        scheme: 'out_of_time',
        note: `trained on the ${split.train.length} signups up to ${minute(split.trainUntil)}, tested on the ${split.test.length} from ${minute(split.testFrom)}` +
          (dated < history.size ? ` (${history.size - dated} undated signups used for training only)` : ''),
        trainSize: split.train.length,
        testRows: split.test,
        currentScores: pick(history.score, split.test),
        fittedScores: scoreRows(history, split.test, fit.bias, fit.weights),
        train: { rows: split.train, currentScores: pick(history.score, split.train), fittedScores: scoreRows(history, split.train, fit.bias, fit.weights) },
        trainUntil: split.trainUntil,
        testFrom: split.testFrom,
      }
    }
    note = `out-of-time split not usable (${split.reason}); `
  } else if (scheme === 'auto') {
    note = `only ${dated} of ${history.size} signups are dated; `
  }
  const folds = Math.max(2, Math.min(options.folds ?? 5, history.size, 100))
  const assignment = foldAssignment(history.size, folds, options.seed ?? 1)
  const fitted = new Uint8Array(history.size)
  for (let f = 0; f < folds; f += 1) {
    const train: number[] = []
    const test: number[] = []
    for (let i = 0; i < history.size; i += 1) (assignment[i] === f ? test : train).push(i)
    const fit = options.fit(Uint32Array.from(train))
    const scores = scoreRows(history, test, fit.bias, fit.weights)
    test.forEach((row, k) => {
      fitted[row] = scores[k]!
    })
  }
  const all = Uint32Array.from({ length: history.size }, (_, i) => i)
  return {
    scheme: 'k_fold',
    note: `${note}${folds}-fold cross-validation: each signup scored by a model fitted without its fold`,
    trainSize: Math.round((history.size * (folds - 1)) / folds),
    testRows: all,
    currentScores: history.score.slice(),
    fittedScores: fitted,
    folds,
  }
}

/** `2025-10-29T19:40:01.044Z` → `2025-10-29 19:40 UTC`. */
function minute(iso: string): string {
  return iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso
}

function pick(values: Uint8Array, rows: Uint32Array): Uint8Array {
  const out = new Uint8Array(rows.length)
  for (let k = 0; k < rows.length; k += 1) out[k] = values[rows[k]!]!
  return out
}

type Split =
  | { ok: true; train: Uint32Array; test: Uint32Array; trainUntil: string; testFrom: string }
  | { ok: false; reason: string }

function timeSplit(history: History, holdout: number): Split {
  const dated: number[] = []
  for (let i = 0; i < history.size; i += 1) if (!Number.isNaN(history.time[i]!)) dated.push(i)
  dated.sort((a, b) => history.time[a]! - history.time[b]!)
  const cut = Math.floor(dated.length * (1 - holdout))
  if (cut <= 0 || cut >= dated.length) return { ok: false, reason: 'too few dated signups' }
  const cutoff = history.time[dated[cut]!]!
  const train: number[] = []
  const test: number[] = []
  for (let i = 0; i < history.size; i += 1) {
    const t = history.time[i]!
    // Ties at the cutoff go to the test part, so no day is on both sides.
    if (!Number.isNaN(t) && t >= cutoff) test.push(i)
    else train.push(i)
  }
  const classCount = (rows: number[], label: number) => rows.reduce((n, i) => n + (history.label[i] === label ? 1 : 0), 0)
  for (const [name, rows] of [['training', train], ['test', test]] as const) {
    if (classCount(rows, 1) < MIN_CLASS || classCount(rows, 0) < MIN_CLASS) {
      return { ok: false, reason: `the ${name} part has fewer than ${MIN_CLASS} fraud or legitimate signups` }
    }
  }
  let lastTrain = -Infinity
  for (const i of train) if (history.time[i]! > lastTrain) lastTrain = history.time[i]!
  return {
    ok: true,
    train: Uint32Array.from(train),
    test: Uint32Array.from(test),
    trainUntil: Number.isFinite(lastTrain) ? new Date(lastTrain).toISOString() : 'the start',
    testFrom: new Date(cutoff).toISOString(),
  }
}

/** Deterministic fold of each row: a seeded shuffle dealt round-robin, so folds differ by at most 1. */
export function foldAssignment(size: number, folds: number, seed: number): Uint8Array {
  const order = Uint32Array.from({ length: size }, (_, i) => i)
  let state = seed >>> 0 || 1
  const next = () => {
    // xorshift32: small, fast and good enough to deal cards.
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x100000000
  }
  for (let i = size - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1))
    const tmp = order[i]!
    order[i] = order[j]!
    order[j] = tmp
  }
  const assignment = new Uint8Array(size)
  order.forEach((row, position) => {
    assignment[row] = position % folds
  })
  return assignment
}

/** Convenience: a fit function over a history with a prior. */
export function fitterFor(history: History, prior: ArrayLike<number>, priorBias: number, l2: number): (rows: Uint32Array) => FitResult {
  return (rows) => fitLogistic(groupPatterns(history, rows), { dimension: history.codes.length, prior, priorBias, l2 })
}
