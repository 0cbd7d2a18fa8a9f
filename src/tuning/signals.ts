/**
 * The per-signal table: how often each signal fires among fraud and among legitimate signups, its
 * lift, and its current vs fitted weight, with a plain verdict for signals that say nothing.
 */
import type { History } from './history.js'

/**
 * - `never_fired`: not seen in the history; its weight is kept as it was (nothing to learn from).
 * - `no_difference`: fires about as often in both classes (two-proportion z-test, |z| < 1.96).
 * - `fraud_only` / `legit_only`: fires in one class only (lift undefined; weight held by the prior).
 * - `informative`: fires significantly more often in one class.
 */
export type SignalVerdict = 'never_fired' | 'no_difference' | 'fraud_only' | 'legit_only' | 'informative'

export interface SignalRow {
  readonly code: string
  /** Signups (not firings) where the signal fired, per class. */
  readonly firedFraud: number
  readonly firedLegit: number
  /** Share of each class where it fired. */
  readonly rateFraud: number
  readonly rateLegit: number
  /** rateFraud / rateLegit (likelihood ratio); null when it never fired in legitimate signups. */
  readonly lift: number | null
  /** Fraud share among signups where it fired; null when it never fired. */
  readonly precision: number | null
  /** Weight in the model that screened the history (null: the model does not weigh this code). */
  readonly currentWeight: number | null
  /** Fitted weight (null when no fit was made). */
  readonly fittedWeight: number | null
  readonly verdict: SignalVerdict
  /** True when the fitted weight has the opposite sign of a non-zero current weight. */
  readonly signFlipped: boolean
}

/** Builds the table over the given rows (all rows when omitted), sorted by fitted (else current) weight. */
export function signalTable(
  history: History,
  weights: { readonly current: Readonly<Record<string, number>>; readonly fitted?: Readonly<Record<string, number>> | undefined },
  rows?: ArrayLike<number>,
): SignalRow[] {
  const k = history.codes.length
  const fraud = new Float64Array(k)
  const legit = new Float64Array(k)
  const lastRow = new Int32Array(k).fill(-1)
  let totalFraud = 0
  let totalLegit = 0
  const n = rows ? rows.length : history.size
  for (let r = 0; r < n; r += 1) {
    const i = rows ? (rows[r] as number) : r
    const isFraud = history.label[i] === 1
    if (isFraud) totalFraud += 1
    else totalLegit += 1
    for (let f = history.offsets[i]!; f < history.offsets[i + 1]!; f += 1) {
      const code = history.fired[f]!
      if (lastRow[code] === i) continue
      lastRow[code] = i
      if (isFraud) fraud[code]! += 1
      else legit[code]! += 1
    }
  }
  const table: SignalRow[] = history.codes.map((code, j) => {
    const firedFraud = fraud[j]!
    const firedLegit = legit[j]!
    const rateFraud = totalFraud === 0 ? 0 : firedFraud / totalFraud
    const rateLegit = totalLegit === 0 ? 0 : firedLegit / totalLegit
    const currentWeight = weights.current[code] ?? null
    const fittedWeight = weights.fitted?.[code] ?? null
    return {
      code,
      firedFraud,
      firedLegit,
      rateFraud,
      rateLegit,
      lift: firedLegit === 0 ? null : rateFraud / rateLegit,
      precision: firedFraud + firedLegit === 0 ? null : firedFraud / (firedFraud + firedLegit),
      currentWeight,
      fittedWeight,
      verdict: verdictOf(firedFraud, firedLegit, totalFraud, totalLegit),
      signFlipped: currentWeight !== null && fittedWeight !== null && currentWeight !== 0 && Math.sign(currentWeight) !== Math.sign(fittedWeight) && Math.abs(fittedWeight) > 0.05,
    }
  })
  return table.sort((a, b) => (b.fittedWeight ?? b.currentWeight ?? 0) - (a.fittedWeight ?? a.currentWeight ?? 0) || (a.code < b.code ? -1 : 1))
}

function verdictOf(firedFraud: number, firedLegit: number, totalFraud: number, totalLegit: number): SignalVerdict {
  if (firedFraud + firedLegit === 0) return 'never_fired'
  if (totalFraud === 0 || totalLegit === 0) return 'no_difference'
  // Two-proportion z-test with the pooled rate.
  const p1 = firedFraud / totalFraud
  const p2 = firedLegit / totalLegit
  const pooled = (firedFraud + firedLegit) / (totalFraud + totalLegit)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / totalFraud + 1 / totalLegit))
  const z = se === 0 ? 0 : (p1 - p2) / se
  if (Math.abs(z) < 1.96) return 'no_difference'
  if (firedLegit === 0) return 'fraud_only'
  if (firedFraud === 0) return 'legit_only'
  return 'informative'
}
