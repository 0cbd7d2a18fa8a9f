/**
 * L2-regularised logistic regression on signal indicators, fitted by Newton's method.
 *
 * The model stays the library's additive model: `logit = bias + sum of the weights of the signals
 * that fired` (a code firing twice counts twice, as in the screener). The penalty pulls each weight
 * towards a prior, by default the weight of the model being tuned:
 *
 *   loss = sum_i logloss(label_i, logit_i) + (l2 / 2) * sum_j (w_j - prior_j)^2
 *
 * which is the posterior mode under a Gaussian prior of variance 1 / l2 around the current weight.
 * A signal that never fires, or fires too rarely to say anything, keeps (about) its current weight
 * instead of collapsing to 0; the bias is not penalised.
 *
 * Signups with the same set of fired signals are grouped first (a history of 1M signups typically has
 * a few thousand distinct sets), so each Newton step costs O(patterns * k^2 + codes^3).
 */
import type { History } from './history.js'
import { scoreFromLogit } from '../core/model.js'

/**
 * Fired-signal sets with their fraud / legitimate counts, in compressed-row form: set `p` holds the
 * code indices `features[offsets[p] .. offsets[p+1])` (with repeats). Counts may be fractional.
 */
export interface PatternSet {
  readonly size: number
  readonly offsets: Uint32Array
  readonly features: Uint16Array
  readonly pos: Float64Array
  readonly neg: Float64Array
}

/** Builds a pattern set from plain arrays (tests, callers with their own data). */
export function patternSet(sets: readonly (readonly number[])[], pos: readonly number[], neg: readonly number[]): PatternSet {
  const offsets = new Uint32Array(sets.length + 1)
  sets.forEach((set, p) => {
    offsets[p + 1] = offsets[p]! + set.length
  })
  return { size: sets.length, offsets, features: Uint16Array.from(sets.flat()), pos: Float64Array.from(pos), neg: Float64Array.from(neg) }
}

/**
 * Groups the given rows of a history by their fired-signal set (order-insensitive). Real histories
 * have a few thousand distinct sets; if there are more than `maxPatterns`, grouping would cost more
 * memory than it saves, and each row is kept as its own pattern (the fit stays linear in rows).
 */
export function groupPatterns(history: History, rows: ArrayLike<number>, maxPatterns = 1 << 16): PatternSet {
  const index = new Map<string, number>()
  const offsets: number[] = [0]
  const features: number[] = []
  const pos: number[] = []
  const neg: number[] = []
  for (let k = 0; k < rows.length; k += 1) {
    const i = rows[k] as number
    const fired = history.fired.slice(history.offsets[i]!, history.offsets[i + 1]!).sort()
    const key = fired.join(',')
    let p = index.get(key)
    if (p === undefined) {
      if (pos.length >= maxPatterns) return ungrouped(history, rows)
      p = pos.length
      index.set(key, p)
      for (const code of fired) features.push(code)
      offsets.push(features.length)
      pos.push(0)
      neg.push(0)
    }
    if (history.label[i] === 1) pos[p]! += 1
    else neg[p]! += 1
  }
  return { size: pos.length, offsets: Uint32Array.from(offsets), features: Uint16Array.from(features), pos: Float64Array.from(pos), neg: Float64Array.from(neg) }
}

/** One pattern per row. */
function ungrouped(history: History, rows: ArrayLike<number>): PatternSet {
  const n = rows.length
  const offsets = new Uint32Array(n + 1)
  for (let k = 0; k < n; k += 1) {
    const i = rows[k] as number
    offsets[k + 1] = offsets[k]! + history.offsets[i + 1]! - history.offsets[i]!
  }
  const features = new Uint16Array(offsets[n]!)
  const pos = new Float64Array(n)
  const neg = new Float64Array(n)
  for (let k = 0; k < n; k += 1) {
    const i = rows[k] as number
    features.set(history.fired.subarray(history.offsets[i]!, history.offsets[i + 1]!), offsets[k]!)
    if (history.label[i] === 1) pos[k] = 1
    else neg[k] = 1
  }
  return { size: n, offsets, features, pos, neg }
}

/** Options of {@link fitLogistic}. */
export interface FitOptions {
  /** Number of codes (feature dimension). */
  readonly dimension: number
  /** Prior weight per code index (the penalty centre and the starting point). */
  readonly prior: ArrayLike<number>
  /** Starting bias. */
  readonly priorBias: number
  /** L2 strength (inverse prior variance). Default 1. */
  readonly l2?: number
  readonly maxIterations?: number
  /**
   * Stop when the largest parameter step is below this (default 1e-6; weights are written with 3
   * decimals), or when a step no longer lowers the loss measurably.
   */
  readonly tolerance?: number
}

/** A fitted model in index space. */
export interface FitResult {
  readonly bias: number
  readonly weights: Float64Array
  readonly iterations: number
  readonly converged: boolean
  /** Final penalised loss per signup. */
  readonly loss: number
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

/** Fits bias and weights on grouped patterns. Deterministic; never throws on degenerate data. */
export function fitLogistic(patterns: PatternSet, options: FitOptions): FitResult {
  const k = options.dimension
  const d = k + 1 // parameter 0 is the bias
  const l2 = options.l2 ?? 1
  const maxIterations = options.maxIterations ?? 100
  const tolerance = options.tolerance ?? 1e-6
  const prior = Float64Array.from({ length: k }, (_, j) => Number(options.prior[j] ?? 0))
  const theta = new Float64Array(d)
  theta[0] = options.priorBias
  theta.set(prior, 1)
  const { offsets, features } = patterns
  let total = 0
  for (let p = 0; p < patterns.size; p += 1) total += patterns.pos[p]! + patterns.neg[p]!

  const logitOf = (params: Float64Array, p: number): number => {
    let z = params[0]!
    for (let f = offsets[p]!; f < offsets[p + 1]!; f += 1) z += params[features[f]! + 1]!
    return z
  }
  const lossOf = (params: Float64Array): number => {
    let loss = 0
    for (let p = 0; p < patterns.size; p += 1) {
      const z = logitOf(params, p)
      // Skip empty terms: ungrouped rows are all fraud or all legitimate, and softplus costs an exp and a log.
      if (patterns.pos[p]! > 0) loss += patterns.pos[p]! * softplus(-z)
      if (patterns.neg[p]! > 0) loss += patterns.neg[p]! * softplus(z)
    }
    for (let j = 0; j < k; j += 1) loss += (l2 / 2) * (params[j + 1]! - prior[j]!) ** 2
    return loss
  }

  let loss = lossOf(theta)
  let iterations = 0
  let converged = false
  const grad = new Float64Array(d)
  const hess = new Float64Array(d * d)
  while (iterations < maxIterations) {
    iterations += 1
    grad.fill(0)
    hess.fill(0)
    for (let p = 0; p < patterns.size; p += 1) {
      const n = patterns.pos[p]! + patterns.neg[p]!
      const z = logitOf(theta, p)
      const s = sigmoid(z)
      const r = n * s - patterns.pos[p]!
      const h = n * s * (1 - s)
      const from = offsets[p]!
      const to = offsets[p + 1]!
      grad[0]! += r
      hess[0]! += h
      for (let fa = from; fa < to; fa += 1) {
        const a = features[fa]! + 1
        grad[a]! += r
        hess[a]! += h // row 0, column a
        hess[a * d]! += h
        for (let fb = from; fb < to; fb += 1) hess[a * d + features[fb]! + 1]! += h
      }
    }
    for (let j = 0; j < k; j += 1) {
      grad[j + 1]! += l2 * (theta[j + 1]! - prior[j]!)
      hess[(j + 1) * d + j + 1]! += l2
    }
    // A tiny ridge keeps the system solvable when l2 = 0 and a code never fires or fires with another.
    for (let j = 0; j < d; j += 1) hess[j * d + j]! += 1e-9 * (1 + total)
    const step = solveSpd(hess, grad, d)
    // Backtracking line search: Newton steps overshoot on separable data (a signal seen only in fraud).
    let alpha = 1
    let next = theta
    let nextLoss = loss
    for (let tries = 0; tries < 30; tries += 1) {
      const candidate = theta.map((value, j) => value - alpha * step[j]!)
      const candidateLoss = lossOf(candidate)
      if (candidateLoss <= loss + 1e-12 * Math.max(1, Math.abs(loss))) {
        next = candidate
        nextLoss = candidateLoss
        break
      }
      alpha /= 2
    }
    let maxStep = 0
    for (let j = 0; j < d; j += 1) maxStep = Math.max(maxStep, Math.abs(next[j]! - theta[j]!))
    theta.set(next)
    const gain = loss - nextLoss
    loss = nextLoss
    if (maxStep < tolerance || gain <= 1e-12 * Math.max(1, Math.abs(loss))) {
      converged = true
      break
    }
  }
  return { bias: theta[0]!, weights: theta.slice(1), iterations, converged, loss: total > 0 ? loss / total : 0 }
}

/** Solves A x = b for a symmetric positive-definite A (row-major, n x n) by Cholesky. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i * n + j]!
      for (let m = 0; m < j; m += 1) sum -= l[i * n + m]! * l[j * n + m]!
      if (i === j) l[i * n + i] = Math.sqrt(Math.max(sum, 1e-300))
      else l[i * n + j] = sum / l[j * n + j]!
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i += 1) {
    let sum = b[i]!
    for (let m = 0; m < i; m += 1) sum -= l[i * n + m]! * y[m]!
    y[i] = sum / l[i * n + i]!
  }
  const x = new Float64Array(n)
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i]!
    for (let m = i + 1; m < n; m += 1) sum -= l[m * n + i]! * x[m]!
    x[i] = sum / l[i * n + i]!
  }
  return x
}

/** Scores 0..100 of the given rows under a fitted (or any) weight vector in index space. */
export function scoreRows(history: History, rows: ArrayLike<number>, bias: number, weights: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(rows.length)
  for (let k = 0; k < rows.length; k += 1) {
    const i = rows[k] as number
    let z = bias
    for (let f = history.offsets[i]!; f < history.offsets[i + 1]!; f += 1) z += Number(weights[history.fired[f]!] ?? 0)
    out[k] = scoreFromLogit(z)
  }
  return out
}
