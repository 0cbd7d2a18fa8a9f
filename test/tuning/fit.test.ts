import { describe, expect, test } from 'vitest'
import { historyFromRows } from '../../src/tuning/history.js'
import { fitLogistic, groupPatterns, patternSet, scoreRows, solveSpd, type PatternSet } from '../../src/tuning/logistic.js'
import { countScores } from '../../src/tuning/metrics.js'
import { signalTable } from '../../src/tuning/signals.js'
import { pickThresholds, spanDays } from '../../src/tuning/thresholds.js'
import { foldAssignment } from '../../src/tuning/validation.js'

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/** Expected counts under a known model: the maximum-likelihood fit must give the model back. */
function exactPatterns(bias: number, weights: number[], sets: number[][], n = 1000): PatternSet {
  const pos = sets.map((set) => n * sigmoid(bias + set.reduce((z, j) => z + weights[j]!, 0)))
  return patternSet(sets, pos, pos.map((p) => n - p))
}

describe('logistic regression', () => {
  test('recovers known weights without penalty', () => {
    const truth = { bias: -3, weights: [2, 0.5, -1] }
    const patterns = exactPatterns(truth.bias, truth.weights, [[], [0], [1], [2], [0, 1], [1, 2], [0, 2], [0, 1, 2]])
    const fit = fitLogistic(patterns, { dimension: 3, prior: [0, 0, 0], priorBias: 0, l2: 0 })
    expect(fit.converged).toBe(true)
    expect(fit.bias).toBeCloseTo(truth.bias, 4)
    truth.weights.forEach((w, j) => expect(fit.weights[j]).toBeCloseTo(w, 4))
  })

  test('a code that never fires keeps its prior weight; the penalty pulls towards the prior', () => {
    const patterns = exactPatterns(-2, [1.5, 0], [[], [0]], 50)
    const fit = fitLogistic(patterns, { dimension: 2, prior: [0.2, 0.7], priorBias: -2.5, l2: 1 })
    expect(fit.weights[1]).toBeCloseTo(0.7, 6)
    // Pulled from the data's 1.5 towards the prior 0.2, but not all the way.
    expect(fit.weights[0]).toBeGreaterThan(0.2)
    expect(fit.weights[0]).toBeLessThan(1.5)
  })

  test('separable data (a signal seen only in fraud) stays finite under L2', () => {
    const patterns = patternSet([[], [0]], [0, 40], [1000, 0])
    const fit = fitLogistic(patterns, { dimension: 1, prior: [1], priorBias: -2.5, l2: 1 })
    expect(Number.isFinite(fit.weights[0])).toBe(true)
    expect(fit.weights[0]).toBeGreaterThan(3)
  })

  test('groupPatterns groups rows by fired set (order-insensitive, repeats kept)', () => {
    const history = historyFromRows([
      { score: 10, label: 0, codes: ['a', 'b'] },
      { score: 10, label: 1, codes: ['b', 'a'] },
      { score: 10, label: 0, codes: [] },
      { score: 10, label: 0, codes: ['a', 'a'] },
    ])
    const patterns = groupPatterns(history, [0, 1, 2, 3])
    expect(Array.from(patterns.offsets)).toEqual([0, 2, 2, 4])
    expect(Array.from(patterns.features)).toEqual([0, 1, 0, 0])
    expect(Array.from(patterns.pos)).toEqual([1, 0, 0])
    expect(Array.from(patterns.neg)).toEqual([1, 1, 1])
    // Past maxPatterns, every row is its own pattern, and the fit is the same.
    const flat = groupPatterns(history, [0, 1, 2, 3], 2)
    expect(flat.size).toBe(4)
    const options = { dimension: 2, prior: [0.5, 0.5], priorBias: -1, l2: 1 }
    expect(fitLogistic(flat, options).weights[0]).toBeCloseTo(fitLogistic(patterns, options).weights[0]!, 8)
    // A code firing twice counts twice, as in the screener.
    expect(Array.from(scoreRows(history, [3], -2.5, [1, 0]))).toEqual([38])
  })

  test('solveSpd', () => {
    const x = solveSpd(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2)
    expect(x[0]).toBeCloseTo(0.5, 12)
    expect(x[1]).toBeCloseTo(0, 12)
  })
})

describe('threshold picking', () => {
  // 1000 signups: 950 legit at score 8, 20 legit at 40, 10 fraud at 40, 20 fraud at 80.
  const scores = [...Array(950).fill(8), ...Array(30).fill(40), ...Array(20).fill(80)]
  const labels = [...Array(970).fill(0), ...Array(10).fill(1), ...Array(20).fill(1)]
  const counts = countScores(scores, labels)

  test('review capacity 5% → the lowest threshold flagging <= 5% (41 flags 2%, 9 would flag 5%)', () => {
    const pick = pickThresholds(counts, { review: 30, high: 70 }, { reviewRate: 0.05 })
    expect(pick.thresholds.review).toBe(9)
    expect(pick.outcome.recall).toBe(1)
    expect(pick.outcome.legitReviewed).toBe(20)
    const tight = pickThresholds(counts, { review: 30, high: 70 }, { reviewRate: 0.04 })
    expect(tight.thresholds.review).toBe(41)
    expect(tight.thresholds.high).toBe(70)
  })

  test('reviews per day use the history span', () => {
    // 1000 signups over 10 days = 100/day; 5 a day = 5%.
    const pick = pickThresholds(counts, { review: 30, high: 70 }, { reviewPerDay: 5, days: 10 })
    expect(pick.thresholds.review).toBe(9)
    expect(pick.outcome.review.perDay! + pick.outcome.high.perDay!).toBeCloseTo(5, 9)
  })

  test('minimum precision of the high band', () => {
    // >= 9: precision 30/50 = 0.6; >= 41: 20/20 = 1.
    expect(pickThresholds(counts, { review: 30, high: 70 }, { minPrecision: 0.5 }).thresholds).toEqual({ review: 30, high: 30 })
    expect(pickThresholds(counts, { review: 30, high: 70 }, { minPrecision: 0.9 }).thresholds).toEqual({ review: 30, high: 41 })
    const none = pickThresholds(counts, { review: 30, high: 70 }, { minPrecision: 0.9, minSupport: 100 })
    expect(none.thresholds.high).toBe(100)
    expect(none.reasons.high).toMatch(/no threshold/)
  })

  test('bands add up', () => {
    const o = pickThresholds(counts, { review: 30, high: 70 }).outcome
    expect(o.low.signups + o.review.signups + o.high.signups).toBe(1000)
    expect(o.high).toMatchObject({ signups: 20, fraud: 20, precision: 1 })
    expect(o.review).toMatchObject({ signups: 30, fraud: 10, legit: 20 })
    expect(o.missedFraud).toBe(0)
  })

  test('spanDays counts calendar days inclusive and ignores NaN', () => {
    expect(spanDays([Date.UTC(2025, 0, 1, 23), Number.NaN, Date.UTC(2025, 0, 3, 1)])).toBe(3)
    expect(spanDays([Number.NaN])).toBeNull()
  })
})

describe('per-signal table and folds', () => {
  test('verdicts: never fired, fraud only, no difference', () => {
    const rows = [
      ...Array.from({ length: 50 }, () => ({ score: 50, label: 1 as const, codes: ['x.fraudy', 'x.common'] })),
      ...Array.from({ length: 500 }, (_, i) => ({ score: 8, label: 0 as const, codes: i % 1 === 0 ? ['x.common'] : [] })),
    ]
    const table = signalTable(historyFromRows(rows, ['x.never', 'x.fraudy', 'x.common']), { current: { 'x.never': 1, 'x.fraudy': 1, 'x.common': 0.3 } })
    const byCode = Object.fromEntries(table.map((row) => [row.code, row]))
    expect(byCode['x.never']!.verdict).toBe('never_fired')
    expect(byCode['x.fraudy']).toMatchObject({ verdict: 'fraud_only', firedFraud: 50, rateFraud: 1, lift: null })
    expect(byCode['x.common']).toMatchObject({ verdict: 'no_difference', lift: 1 })
  })

  test('fold assignment is deterministic and balanced', () => {
    const a = foldAssignment(103, 5, 7)
    expect(Array.from(a)).toEqual(Array.from(foldAssignment(103, 5, 7)))
    const sizes = [0, 1, 2, 3, 4].map((f) => a.filter((x) => x === f).length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  })
})
