/**
 * Ranking metrics of a 0..100 score against fraud labels: ROC and precision-recall curves, AUC,
 * average precision, the table of every threshold, and recall at a fixed false-positive rate.
 *
 * Scores are integers (what reviewers see and what the band thresholds act on), so every metric is
 * computed from two 101-bin histograms: linear time, constant memory, exact handling of ties
 * (a tie between a fraud and a legitimate signup counts one half in the AUC, as in Mann-Whitney U).
 */

/** Highest score. */
export const MAX_SCORE = 100

/** Count of fraud (`pos`) and legitimate (`neg`) signups at each score 0..100. */
export interface ScoreCounts {
  readonly pos: Float64Array
  readonly neg: Float64Array
}

/** One row of the threshold table: what flagging every signup with `score >= threshold` gives. */
export interface ThresholdRow {
  readonly threshold: number
  /** Signups at or above the threshold. */
  readonly flagged: number
  /** flagged / all: the share a review team would look at. */
  readonly reviewRate: number
  /** Fraud flagged (true positives). */
  readonly truePositives: number
  /** Legitimate signups flagged (false positives). */
  readonly falsePositives: number
  /** Fraud among flagged; null when nothing is flagged. */
  readonly precision: number | null
  /** Share of all fraud that is flagged (true-positive rate). */
  readonly recall: number
  /** Share of legitimate signups that is flagged. */
  readonly falsePositiveRate: number
}

/** A point of a curve. */
export interface CurvePoint {
  readonly threshold: number
  readonly x: number
  readonly y: number
}

/** Recall reached at the highest threshold whose false-positive rate stays within a target. */
export interface RecallAtFpr {
  readonly targetFpr: number
  readonly recall: number
  /** Lowest threshold with false-positive rate <= target (null: none, not even 101). */
  readonly threshold: number | null
  readonly falsePositiveRate: number
}

/** Summary metrics of one model on one set of signups. */
export interface Metrics {
  readonly count: number
  readonly fraud: number
  readonly legit: number
  /** Area under the ROC curve (0.5 = chance, 1 = perfect ranking); null if a class is empty. */
  readonly auc: number | null
  /** Average precision (area under the step precision-recall curve); null without fraud. */
  readonly averagePrecision: number | null
  readonly recallAt1PctFpr: RecallAtFpr
  readonly recallAt5PctFpr: RecallAtFpr
}

/** Empty histograms. */
export function emptyCounts(): ScoreCounts {
  return { pos: new Float64Array(MAX_SCORE + 1), neg: new Float64Array(MAX_SCORE + 1) }
}

/**
 * Histograms of scores by label.
 * @param rows - row indices to count (default: all rows)
 */
export function countScores(scores: ArrayLike<number>, labels: ArrayLike<number>, rows?: ArrayLike<number>): ScoreCounts {
  const counts = emptyCounts()
  const n = rows ? rows.length : scores.length
  for (let k = 0; k < n; k += 1) {
    const i = rows ? (rows[k] as number) : k
    const score = clampScore(scores[i] as number)
    if (labels[i] === 1) counts.pos[score]! += 1
    else counts.neg[score]! += 1
  }
  return counts
}

function clampScore(score: number): number {
  if (!(score > 0)) return 0
  return score >= MAX_SCORE ? MAX_SCORE : Math.round(score)
}

function totals(counts: ScoreCounts): { pos: number; neg: number } {
  let pos = 0
  let neg = 0
  for (let s = 0; s <= MAX_SCORE; s += 1) {
    pos += counts.pos[s]!
    neg += counts.neg[s]!
  }
  return { pos, neg }
}

/** The threshold table: one row for each threshold 0..100 (flag when `score >= threshold`). */
export function thresholdTable(counts: ScoreCounts): ThresholdRow[] {
  const { pos, neg } = totals(counts)
  const all = pos + neg
  const rows: ThresholdRow[] = new Array<ThresholdRow>(MAX_SCORE + 1)
  let tp = 0
  let fp = 0
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    tp += counts.pos[t]!
    fp += counts.neg[t]!
    const flagged = tp + fp
    rows[t] = {
      threshold: t,
      flagged,
      reviewRate: all === 0 ? 0 : flagged / all,
      truePositives: tp,
      falsePositives: fp,
      precision: flagged === 0 ? null : tp / flagged,
      recall: pos === 0 ? 0 : tp / pos,
      falsePositiveRate: neg === 0 ? 0 : fp / neg,
    }
  }
  return rows
}

/** ROC curve points (x = false-positive rate, y = recall), from (0,0) at threshold 101 to (1,1) at 0. */
export function rocCurve(counts: ScoreCounts): CurvePoint[] {
  const table = thresholdTable(counts)
  const points: CurvePoint[] = [{ threshold: MAX_SCORE + 1, x: 0, y: 0 }]
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    const row = table[t]!
    points.push({ threshold: t, x: row.falsePositiveRate, y: row.recall })
  }
  return points
}

/** Precision-recall points (x = recall, y = precision), for every threshold that flags something. */
export function prCurve(counts: ScoreCounts): CurvePoint[] {
  const points: CurvePoint[] = []
  for (const row of thresholdTable(counts).reverse()) {
    if (row.precision !== null) points.push({ threshold: row.threshold, x: row.recall, y: row.precision })
  }
  return points
}

/**
 * Area under the ROC curve by the trapezoid rule over score thresholds, which equals the
 * probability that a random fraud outscores a random legitimate signup, ties counting one half.
 */
export function auc(counts: ScoreCounts): number | null {
  const { pos, neg } = totals(counts)
  if (pos === 0 || neg === 0) return null
  let area = 0
  let negBelow = 0
  // For each score: fraud at s beat every legit below s and tie with legit at s.
  for (let s = 0; s <= MAX_SCORE; s += 1) {
    area += counts.pos[s]! * (negBelow + counts.neg[s]! / 2)
    negBelow += counts.neg[s]!
  }
  return area / (pos * neg)
}

/** Average precision: sum over thresholds of (recall gained) x (precision there). */
export function averagePrecision(counts: ScoreCounts): number | null {
  const { pos } = totals(counts)
  if (pos === 0) return null
  let ap = 0
  let tp = 0
  let fp = 0
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    const gained = counts.pos[t]!
    tp += gained
    fp += counts.neg[t]!
    if (gained > 0) ap += (gained / pos) * (tp / (tp + fp))
  }
  return ap
}

/**
 * Recall at a false-positive-rate budget (e.g. 0.01): the recall of the lowest threshold whose
 * false-positive rate is at most the target. Not interpolated: it is a rate a real threshold reaches.
 */
export function recallAtFpr(counts: ScoreCounts, targetFpr: number): RecallAtFpr {
  const table = thresholdTable(counts)
  let best: RecallAtFpr = { targetFpr, recall: 0, threshold: null, falsePositiveRate: 0 }
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    const row = table[t]!
    if (row.falsePositiveRate > targetFpr) break
    best = { targetFpr, recall: row.recall, threshold: t, falsePositiveRate: row.falsePositiveRate }
  }
  return best
}

/** All summary metrics of a histogram pair. */
export function summarize(counts: ScoreCounts): Metrics {
  const { pos, neg } = totals(counts)
  return {
    count: pos + neg,
    fraud: pos,
    legit: neg,
    auc: auc(counts),
    averagePrecision: averagePrecision(counts),
    recallAt1PctFpr: recallAtFpr(counts, 0.01),
    recallAt5PctFpr: recallAtFpr(counts, 0.05),
  }
}

/**
 * AUC of arbitrary real-valued scores (Mann-Whitney U with mid-ranks for ties), for callers whose
 * scores are not 0..100 integers. O(n log n).
 */
export function aucFromScores(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number))
  let pos = 0
  let rankSum = 0
  let i = 0
  while (i < n) {
    let j = i
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j += 1
    const midRank = (i + j) / 2 + 1
    for (let k = i; k <= j; k += 1) {
      if (labels[order[k]!] === 1) {
        pos += 1
        rankSum += midRank
      }
    }
    i = j + 1
  }
  const neg = n - pos
  if (pos === 0 || neg === 0) return null
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg)
}
