/**
 * Picking the `review` and `high` thresholds from what a team can review and how precise the high
 * band must be, and saying what the picked thresholds would have caught and cost on a history.
 */
import type { ScoringModel } from '../core/model.js'
import { MAX_SCORE, thresholdTable, type ScoreCounts, type ThresholdRow } from './metrics.js'

/** Constraints for {@link pickThresholds}; any may be absent. */
export interface ThresholdGoals {
  /** Share of all signups the team can review (0..1), e.g. 0.05. */
  readonly reviewRate?: number
  /** Signups the team can review per day; needs the history's span in days. */
  readonly reviewPerDay?: number
  /** Days the history spans (for `reviewPerDay`). */
  readonly days?: number
  /** Minimum precision (fraud share) of the `high` band, e.g. 0.5. */
  readonly minPrecision?: number
  /**
   * Share of all signups the `high` band may hold (used when `minPrecision` is not given), e.g. to
   * keep the high band as large as another model's.
   */
  readonly highRate?: number
  /**
   * Fewest signups a threshold must flag before its precision counts (a threshold flagging 2 signups,
   * both fraud, has precision 1 by luck). Default 20.
   */
  readonly minSupport?: number
}

/** What a band would have held on the history. */
export interface BandOutcome {
  readonly signups: number
  readonly fraud: number
  readonly legit: number
  /** Share of all signups. */
  readonly rate: number
  /** Per day, when the history has dates. */
  readonly perDay: number | null
  /** Fraud share of the band; null when empty. */
  readonly precision: number | null
}

/** The picked thresholds, how each was decided, and their outcome on the history. */
export interface ThresholdPick {
  readonly thresholds: ScoringModel['thresholds']
  /** How each threshold was set, in words (for the report and the summary). */
  readonly reasons: { readonly review: string; readonly high: string }
  readonly outcome: {
    readonly low: BandOutcome
    readonly review: BandOutcome
    readonly high: BandOutcome
    /** Share of all fraud at or above `review` (what the review team would have seen). */
    readonly recall: number
    /** Share of all fraud in `high`. */
    readonly highRecall: number
    /** Fraud under `review`: what would have gone through unseen. */
    readonly missedFraud: number
    /** Legitimate signups a reviewer would have looked at (the cost). */
    readonly legitReviewed: number
  }
}

/**
 * Picks thresholds on a score histogram.
 *
 * - review: the lowest threshold whose review rate (share with `score >= review`) fits the capacity
 *   (`reviewRate`, or `reviewPerDay` / signups per day; the smaller when both are given); without a
 *   capacity the current threshold is kept.
 * - high: the lowest threshold at or above `review` whose precision reaches `minPrecision` with at
 *   least `minSupport` signups flagged; else, with `highRate`, the lowest whose band fits that share;
 *   else the current threshold is kept (raised to `review` if needed). If no threshold reaches the
 *   precision, high is 100 and the reason says so.
 */
export function pickThresholds(counts: ScoreCounts, current: ScoringModel['thresholds'], goals: ThresholdGoals = {}): ThresholdPick {
  const table = thresholdTable(counts)
  const all = table[0]!.flagged
  const days = goals.days !== undefined && goals.days > 0 ? goals.days : null
  let capacity: number | null = goals.reviewRate ?? null
  let capacityText = goals.reviewRate === undefined ? '' : `review rate <= ${pct(goals.reviewRate)}`
  if (goals.reviewPerDay !== undefined && days !== null && all > 0) {
    const rate = goals.reviewPerDay / (all / days)
    if (capacity === null || rate < capacity) {
      capacity = rate
      capacityText = `<= ${goals.reviewPerDay} reviews/day (${pct(rate)} of ${fmt(all / days)} signups/day)`
    }
  }

  let review = current.review
  let reviewReason = `kept (current model: ${current.review})`
  if (capacity !== null) {
    review = MAX_SCORE
    for (let t = MAX_SCORE; t >= 0; t -= 1) {
      if (table[t]!.reviewRate <= capacity) review = t
      else break
    }
    reviewReason = `lowest threshold with ${capacityText}: ${review} flags ${pct(table[review]!.reviewRate)}`
  }

  let high = Math.max(current.high, review)
  let highReason = high === current.high ? `kept (current model: ${current.high})` : `raised to the review threshold ${review}`
  if (goals.minPrecision === undefined && goals.highRate !== undefined) {
    high = MAX_SCORE
    for (let t = MAX_SCORE; t >= review; t -= 1) {
      if (table[t]!.reviewRate <= goals.highRate) high = t
      else break
    }
    highReason = `lowest threshold >= ${review} with a high band <= ${pct(goals.highRate)}: ${high} flags ${pct(table[high]!.reviewRate)}`
  }
  if (goals.minPrecision !== undefined) {
    const support = goals.minSupport ?? 20
    const found = findPrecise(table, review, goals.minPrecision, support)
    if (found === null) {
      high = MAX_SCORE
      highReason = `no threshold >= ${review} reaches precision ${pct(goals.minPrecision)} with ${support}+ signups; set to ${MAX_SCORE}`
    } else {
      high = found.threshold
      highReason = `lowest threshold >= ${review} with precision >= ${pct(goals.minPrecision)}: ${high} (precision ${pct(found.precision ?? 0)}, ${found.flagged} signups)`
    }
  }
  return { thresholds: { review, high }, reasons: { review: reviewReason, high: highReason }, outcome: bandOutcome(table, review, high, days) }
}

function findPrecise(table: readonly ThresholdRow[], from: number, minPrecision: number, support: number): ThresholdRow | null {
  for (let t = from; t <= MAX_SCORE; t += 1) {
    const row = table[t]!
    if (row.flagged >= support && row.precision !== null && row.precision >= minPrecision) return row
  }
  return null
}

/** What bands `[0, review)`, `[review, high)` and `[high, 100]` hold on a history. */
export function bandOutcome(table: readonly ThresholdRow[], review: number, high: number, days: number | null): ThresholdPick['outcome'] {
  const top = table[0]!
  const atReview = table[review]!
  const atHigh = table[high]!
  const band = (fraud: number, legit: number): BandOutcome => {
    const signups = fraud + legit
    return {
      signups,
      fraud,
      legit,
      rate: top.flagged === 0 ? 0 : signups / top.flagged,
      perDay: days === null ? null : signups / days,
      precision: signups === 0 ? null : fraud / signups,
    }
  }
  const totalFraud = top.truePositives
  return {
    low: band(totalFraud - atReview.truePositives, top.falsePositives - atReview.falsePositives),
    review: band(atReview.truePositives - atHigh.truePositives, atReview.falsePositives - atHigh.falsePositives),
    high: band(atHigh.truePositives, atHigh.falsePositives),
    recall: totalFraud === 0 ? 0 : atReview.truePositives / totalFraud,
    highRecall: totalFraud === 0 ? 0 : atHigh.truePositives / totalFraud,
    missedFraud: totalFraud - atReview.truePositives,
    legitReviewed: atReview.falsePositives,
  }
}

/** Days spanned by the dated rows (calendar days from first to last, inclusive); null without dates. */
export function spanDays(times: ArrayLike<number>): number | null {
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < times.length; i += 1) {
    const t = times[i] as number
    if (Number.isNaN(t)) continue
    if (t < min) min = t
    if (t > max) max = t
  }
  if (min === Infinity) return null
  const day = 86_400_000
  return Math.floor(max / day) - Math.floor(min / day) + 1
}

function pct(value: number): string {
  return `${(value * 100).toFixed(value < 0.01 ? 2 : 1)}%`
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1)
}
