/**
 * Outputs of a tuning run: the fitted model file, and the plain-text summary for people.
 * (The JSON summary for scripts is the {@link TuneResult} itself; the HTML report is in report.ts.)
 */
import { writeFile } from 'node:fs/promises'
import { ScoringModelSchema, type ScoringModel } from '../core/model.js'
import type { Metrics } from './metrics.js'
import type { BandOutcome, ThresholdPick } from './thresholds.js'
import type { TuneResult } from './tune.js'

/** Validates a model against the schema `createScreener` uses, and writes it as pretty JSON. */
export async function writeModel(path: string, model: ScoringModel): Promise<void> {
  const parsed = ScoringModelSchema.safeParse(model)
  if (!parsed.success) throw new Error(`fitted model does not validate: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`)
  await writeFile(path, `${JSON.stringify(model, null, 2)}\n`)
}

/** The JSON summary for scripts: the result without the 101-row threshold tables and histograms. */
export function jsonSummary(result: TuneResult): Record<string, unknown> {
  return {
    input: result.input,
    problems: result.problems,
    currentModel: result.currentModel,
    current: { metrics: result.current.metrics, pick: result.current.pick },
    validation: result.validation && {
      scheme: result.validation.scheme,
      note: result.validation.note,
      trainSize: result.validation.trainSize,
      testSize: result.validation.testSize,
      current: { metrics: result.validation.current.metrics, thresholds: result.validation.current.thresholds, outcome: result.validation.current.outcome },
      fitted: { metrics: result.validation.fitted.metrics, thresholds: result.validation.fitted.thresholds, outcome: result.validation.fitted.outcome },
    },
    fitted: result.fitted && {
      version: result.fitted.model.version,
      bias: result.fitted.model.bias,
      thresholds: result.fitted.model.thresholds,
      iterations: result.fitted.iterations,
      converged: result.fitted.converged,
      l2: result.fitted.l2,
      pick: result.fitted.pick,
    },
    signals: result.signals,
  }
}

export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return `${(value * 100).toFixed(digits)}%`
}

export function num(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return value.toFixed(digits)
}

function metricLine(name: string, m: Metrics): string {
  return `${name.padEnd(9)} AUC ${num(m.auc)}  AP ${num(m.averagePrecision)}  recall@1%FPR ${pct(m.recallAt1PctFpr.recall)}  recall@5%FPR ${pct(m.recallAt5PctFpr.recall)}`
}

function band(name: string, b: BandOutcome): string {
  const perDay = b.perDay === null ? '' : ` (${b.perDay.toFixed(1)}/day)`
  return `  ${name.padEnd(6)} ${String(b.signups).padStart(8)} signups${perDay}, ${b.fraud} fraud, ${b.legit} legit, precision ${pct(b.precision)}`
}

function pickLines(title: string, pick: ThresholdPick): string[] {
  const o = pick.outcome
  return [
    `${title}: review ${pick.thresholds.review}, high ${pick.thresholds.high}`,
    `  review: ${pick.reasons.review}`,
    `  high:   ${pick.reasons.high}`,
    band('high', o.high),
    band('review', o.review),
    band('low', o.low),
    `  caught ${pct(o.recall)} of fraud (high band ${pct(o.highRecall)}); missed ${o.missedFraud}; ${o.legitReviewed} legitimate signups reviewed`,
  ]
}

/** A plain-text summary (a screenful) for a terminal. */
export function textSummary(result: TuneResult): string {
  const { input, problems } = result
  const lines: string[] = []
  lines.push(`History ${input.name} (sha256 ${input.sha256.slice(0, 12)}…, ${input.bytes} bytes, ${input.lines} lines)`)
  lines.push(`  ${input.labelled} labelled signups: ${input.fraud} fraud (${pct(input.fraudRate, 2)}), ${input.legit} legit` + (input.firstDate ? `; ${input.firstDate.slice(0, 10)} .. ${input.lastDate?.slice(0, 10)} (${input.days} days)` : '; no dates'))
  for (const [kind, problem] of Object.entries(problems) as [string, { count: number; lines: readonly number[] }][]) {
    if (problem.count === 0) continue
    const more = problem.count > problem.lines.length ? ', …' : ''
    lines.push(`  skipped ${problem.count} line(s), ${kind}: line ${problem.lines.join(', ')}${more}`)
  }
  lines.push('')
  lines.push(`Current model ${result.currentModel.version} on the whole history:`)
  lines.push(`  ${metricLine('current', result.current.metrics)}`)
  lines.push(...pickLines('Thresholds (current model)', result.current.pick))
  if (result.validation && result.fitted) {
    const v = result.validation
    lines.push('')
    lines.push(`Held out (${v.scheme.replace(/_/g, ' ')}; ${v.note}):`)
    lines.push(`  ${metricLine('current', v.current.metrics)}`)
    lines.push(`  ${metricLine('fitted', v.fitted.metrics)}`)
    lines.push(`  at their thresholds: current ${v.current.thresholds.review}/${v.current.thresholds.high} catches ${pct(v.current.outcome.recall)} reviewing ${pct(v.current.outcome.review.rate + v.current.outcome.high.rate)};` +
      ` fitted ${v.fitted.thresholds.review}/${v.fitted.thresholds.high} catches ${pct(v.fitted.outcome.recall)} reviewing ${pct(v.fitted.outcome.review.rate + v.fitted.outcome.high.rate)}`)
    lines.push('')
    lines.push(`Fitted model ${result.fitted.model.version}: bias ${result.fitted.model.bias} (current ${result.currentModel.bias}), l2 ${result.fitted.l2}, ${result.fitted.iterations} Newton steps${result.fitted.converged ? '' : ' (NOT converged)'}`)
    lines.push(...pickLines('Thresholds (fitted model)', result.fitted.pick))
  }
  lines.push('')
  lines.push('Signals (fires in fraud / legit, lift, current → fitted weight):')
  for (const row of result.signals) {
    if (row.verdict === 'never_fired') continue
    const lift = row.lift === null ? '  ∞' : row.lift.toFixed(1).padStart(5)
    const fitted = row.fittedWeight === null ? '' : ` → ${num(row.fittedWeight, 2)}`
    const flags = `${row.verdict === 'informative' ? '' : ` [${row.verdict.replace('_', ' ')}]`}${row.signFlipped ? ' [sign flipped]' : ''}`
    lines.push(`  ${row.code.padEnd(36)} ${pct(row.rateFraud).padStart(6)} / ${pct(row.rateLegit).padStart(6)}  lift ${lift}  ${num(row.currentWeight, 2)}${fitted}${flags}`)
  }
  const never = result.signals.filter((row) => row.verdict === 'never_fired').map((row) => row.code)
  if (never.length > 0) lines.push(`  never fired (${never.length}, weights kept): ${never.join(', ')}`)
  return `${lines.join('\n')}\n`
}
