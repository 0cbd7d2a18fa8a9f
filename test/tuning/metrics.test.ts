import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { auc, aucFromScores, averagePrecision, countScores, prCurve, recallAtFpr, rocCurve, summarize, thresholdTable } from '../../src/tuning/metrics.js'

/**
 * The hand-computed case. Five signups:
 *   score 90 fraud, 70 fraud, 70 legit, 40 legit, 10 fraud.
 * Fraud x legit pairs: (90,70) 1, (90,40) 1, (70,70) 1/2, (70,40) 1, (10,70) 0, (10,40) 0
 *   → AUC = 3.5 / 6 = 7/12.
 * Flag at score >= 70: 3 flagged, 2 fraud → precision 2/3, recall 2/3, FPR 1/2, review rate 3/5.
 * Average precision: fraud found at 90 (P = 1), at 70 (P = 2/3), at 10 (P = 3/5) → (1 + 2/3 + 3/5) / 3 = 34/45.
 */
const SCORES = [90, 70, 70, 40, 10]
const LABELS = [1, 1, 0, 0, 1]

describe('metrics on the hand-computed case', () => {
  const counts = countScores(SCORES, LABELS)

  test('AUC = 7/12 (histogram and rank formulas agree)', () => {
    expect(auc(counts)).toBeCloseTo(7 / 12, 12)
    expect(aucFromScores(SCORES, LABELS)).toBeCloseTo(7 / 12, 12)
  })

  test('threshold 70: precision 2/3, recall 2/3, FPR 1/2, review rate 3/5', () => {
    const row = thresholdTable(counts)[70]!
    expect(row).toMatchObject({ threshold: 70, flagged: 3, truePositives: 2, falsePositives: 1 })
    expect(row.precision).toBeCloseTo(2 / 3, 12)
    expect(row.recall).toBeCloseTo(2 / 3, 12)
    expect(row.falsePositiveRate).toBe(0.5)
    expect(row.reviewRate).toBeCloseTo(3 / 5, 12)
  })

  test('average precision = 34/45', () => {
    expect(averagePrecision(counts)).toBeCloseTo(34 / 45, 12)
  })

  test.each([
    // target FPR, recall, threshold (lowest threshold within the budget)
    [0, 1 / 3, 71],
    [0.49, 1 / 3, 71],
    [0.5, 2 / 3, 41],
    [1, 1, 0],
  ])('recall at FPR %s is %s (threshold %s)', (target, recall, threshold) => {
    const r = recallAtFpr(counts, target)
    expect(r.recall).toBeCloseTo(recall, 12)
    expect(r.threshold).toBe(threshold)
  })

  test('curves run from (0,0) to (1,1); PR starts at precision 1', () => {
    const roc = rocCurve(counts)
    expect(roc[0]).toMatchObject({ x: 0, y: 0 })
    expect(roc.at(-1)).toMatchObject({ x: 1, y: 1 })
    expect(prCurve(counts)[0]).toMatchObject({ threshold: 90, x: 1 / 3, y: 1 })
  })

  test('summary', () => {
    const m = summarize(counts)
    expect(m).toMatchObject({ count: 5, fraud: 3, legit: 2 })
    expect(m.recallAt1PctFpr.recall).toBeCloseTo(1 / 3, 12)
    expect(m.recallAt5PctFpr.recall).toBeCloseTo(1 / 3, 12)
  })
})

describe('edge cases', () => {
  test.each([
    ['perfect ranking', [80, 90, 10, 20], [1, 1, 0, 0], 1],
    ['inverted ranking', [10, 20, 80, 90], [1, 1, 0, 0], 0],
    ['all tied', [50, 50, 50, 50], [1, 0, 1, 0], 0.5],
  ])('%s', (_name, scores, labels, expected) => {
    expect(auc(countScores(scores, labels))).toBe(expected)
    expect(aucFromScores(scores, labels)).toBe(expected)
  })

  test('one class only: AUC is null, not NaN', () => {
    expect(auc(countScores([10, 20], [0, 0]))).toBeNull()
    expect(averagePrecision(countScores([10, 20], [0, 0]))).toBeNull()
    expect(aucFromScores([10, 20], [1, 1])).toBeNull()
  })

  test('out-of-range scores are clamped into 0..100', () => {
    const counts = countScores([-5, 150, Number.NaN], [0, 1, 0])
    expect(counts.neg[0]).toBe(2)
    expect(counts.pos[100]).toBe(1)
  })

  test('property: histogram AUC equals Mann-Whitney AUC on any integer scores', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 2, maxLength: 60 }), (rows) => {
        const scores = rows.map(([s]) => s)
        const labels = rows.map(([, l]) => (l ? 1 : 0))
        const a = auc(countScores(scores, labels))
        const b = aucFromScores(scores, labels)
        if (a === null || b === null) return a === b
        return Math.abs(a - b) < 1e-9
      }),
    )
  })
})
