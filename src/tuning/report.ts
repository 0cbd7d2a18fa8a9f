/**
 * The HTML report of a tuning run: one self-contained file (inline CSS, inline SVG, no script, no
 * network) with ROC and precision-recall curves, score histograms by label with the thresholds
 * marked, the threshold table and the per-signal table.
 *
 * Charts are rendered server-side to SVG by @observablehq/plot on a linkedom document. Both are
 * imported lazily, only when a report is asked for, so screening never loads them (~200 ms, ~70 MB).
 */
import { LIBRARY_VERSION } from '../version.js'
import { MAX_SCORE, type ThresholdRow } from './metrics.js'
import { num, pct } from './output.js'
import type { BandOutcome } from './thresholds.js'
import type { CountsJson, TuneResult } from './tune.js'

type PlotModule = typeof import('@observablehq/plot')

/** Plot's options want a DOM `Document`; linkedom's implements what Plot uses. */
type PlotDocument = NonNullable<Parameters<PlotModule['plot']>[0]>['document']

interface Renderer {
  readonly Plot: PlotModule
  readonly document: PlotDocument
}

/** What a rendered chart is used for here: its markup. */
interface Rendered {
  readonly outerHTML: string
}

async function loadRenderer(): Promise<Renderer> {
  // Both packages are ESM-only; a dynamic import works from the ESM and the CJS build alike.
  const [Plot, linkedom] = await Promise.all([import('@observablehq/plot'), import('linkedom')])
  const { document } = linkedom.parseHTML('<!doctype html><html><head></head><body></body></html>')
  return { Plot, document: document as unknown as PlotDocument }
}

const WIDTH = 460
const HEIGHT = 340
const COLORS = { current: '#6b7280', fitted: '#2563eb', fraud: '#dc2626', legit: '#16a34a' }

interface Curve {
  readonly model: string
  readonly x: number
  readonly y: number
}

function rocPoints(counts: CountsJson, model: string): Curve[] {
  const pos = counts.fraud.reduce((a, b) => a + b, 0)
  const neg = counts.legit.reduce((a, b) => a + b, 0)
  const points: Curve[] = [{ model, x: 0, y: 0 }]
  let tp = 0
  let fp = 0
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    tp += counts.fraud[t] ?? 0
    fp += counts.legit[t] ?? 0
    points.push({ model, x: neg === 0 ? 0 : fp / neg, y: pos === 0 ? 0 : tp / pos })
  }
  return points
}

function prPoints(counts: CountsJson, model: string): Curve[] {
  const pos = counts.fraud.reduce((a, b) => a + b, 0)
  const points: Curve[] = []
  let tp = 0
  let fp = 0
  for (let t = MAX_SCORE; t >= 0; t -= 1) {
    tp += counts.fraud[t] ?? 0
    fp += counts.legit[t] ?? 0
    if (tp + fp > 0 && pos > 0) points.push({ model, x: tp / pos, y: tp / (tp + fp) })
  }
  return points
}

function serialize(node: Rendered): string {
  // Plot returns an <svg>, or a <figure> holding a legend and the <svg>.
  return node.outerHTML
}

function curveChart(r: Renderer, data: Curve[], kind: 'roc' | 'pr', maxX = 1): string {
  const { Plot } = r
  const marks = [
    // `clip` cuts the curves at the frame when the x axis is zoomed in.
    Plot.line(data, { x: 'x', y: 'y', stroke: 'model', strokeWidth: 2, curve: kind === 'roc' ? 'linear' : 'step-before', clip: true }),
    Plot.frame({ stroke: '#d1d5db' }),
  ]
  if (kind === 'roc') {
    marks.unshift(Plot.line([{ x: 0, y: 0 }, { x: 1, y: 1 }], { x: 'x', y: 'y', stroke: '#d1d5db', strokeDasharray: '4,4', clip: true }))
    marks.unshift(Plot.ruleX([0.01, 0.05], { stroke: '#f59e0b', strokeDasharray: '2,3' }))
  }
  return serialize(
    Plot.plot({
      document: r.document,
      width: WIDTH,
      height: HEIGHT,
      grid: true,
      x: {
        domain: [0, maxX],
        ...(maxX < 1 ? { tickFormat: '%' } : {}),
        label: kind === 'roc' ? 'False-positive rate (share of legitimate flagged)' : 'Recall (share of fraud flagged)',
      },
      y: { domain: [0, 1], label: kind === 'roc' ? 'Recall' : 'Precision' },
      color: { domain: ['current', 'fitted'], range: [COLORS.current, COLORS.fitted], legend: true },
      marks,
    }) as unknown as Rendered,
  )
}

function histogramChart(r: Renderer, counts: CountsJson, thresholds: { review: number; high: number }): string {
  const { Plot } = r
  const bin = 5
  const totals = { fraud: counts.fraud.reduce((a, b) => a + b, 0), legit: counts.legit.reduce((a, b) => a + b, 0) }
  const rows: { label: string; x1: number; x2: number; share: number }[] = []
  for (const label of ['fraud', 'legit'] as const) {
    for (let start = 0; start <= MAX_SCORE; start += bin) {
      let n = 0
      for (let s = start; s < start + bin && s <= MAX_SCORE; s += 1) n += counts[label][s] ?? 0
      rows.push({ label, x1: start, x2: Math.min(start + bin, MAX_SCORE + 1), share: totals[label] === 0 ? 0 : n / totals[label] })
    }
  }
  return serialize(
    Plot.plot({
      document: r.document,
      width: WIDTH * 2,
      height: 300,
      grid: true,
      x: { domain: [0, MAX_SCORE + 1], label: 'Score' },
      y: { label: 'Share of the class', tickFormat: '%' },
      fy: { label: null },
      color: { domain: ['fraud', 'legit'], range: [COLORS.fraud, COLORS.legit], legend: true },
      marks: [
        Plot.rectY(rows, { x1: 'x1', x2: 'x2', y: 'share', fill: 'label', fy: 'label', inset: 0.5 }),
        Plot.ruleX([thresholds.review], { stroke: '#f59e0b', strokeWidth: 2 }),
        Plot.ruleX([thresholds.high], { stroke: '#b91c1c', strokeWidth: 2 }),
        Plot.text([`review ${thresholds.review}`], { x: thresholds.review, frameAnchor: 'top', dx: 4, textAnchor: 'start', fill: '#b45309' }),
        Plot.text([`high ${thresholds.high}`], { x: thresholds.high, frameAnchor: 'top', dx: 4, textAnchor: 'start', fill: '#b91c1c', dy: 12 }),
        Plot.ruleY([0]),
      ],
    }) as unknown as Rendered,
  )
}

function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function metricsTable(result: TuneResult): string {
  const v = result.validation
  const rows: [string, string, string][] = []
  const add = (name: string, current: string, fitted: string) => rows.push([name, current, fitted])
  if (v) {
    add('AUC (ROC)', num(v.current.metrics.auc), num(v.fitted.metrics.auc))
    add('Average precision', num(v.current.metrics.averagePrecision), num(v.fitted.metrics.averagePrecision))
    add('Recall at 1% FPR', pct(v.current.metrics.recallAt1PctFpr.recall), pct(v.fitted.metrics.recallAt1PctFpr.recall))
    add('Recall at 5% FPR', pct(v.current.metrics.recallAt5PctFpr.recall), pct(v.fitted.metrics.recallAt5PctFpr.recall))
    add('Thresholds review / high', `${v.current.thresholds.review} / ${v.current.thresholds.high}`, `${v.fitted.thresholds.review} / ${v.fitted.thresholds.high}`)
    add('Reviewed (review + high)', pct(v.current.outcome.review.rate + v.current.outcome.high.rate), pct(v.fitted.outcome.review.rate + v.fitted.outcome.high.rate))
    add('Fraud caught (score ≥ review)', pct(v.current.outcome.recall), pct(v.fitted.outcome.recall))
    add('Precision of high band', pct(v.current.outcome.high.precision), pct(v.fitted.outcome.high.precision))
  }
  return `<table><thead><tr><th></th><th>current</th><th>fitted</th></tr></thead><tbody>${rows
    .map(([a, b, c]) => `<tr><th>${esc(a)}</th><td>${esc(b)}</td><td>${esc(c)}</td></tr>`)
    .join('')}</tbody></table>`
}

function bandRows(outcome: { low: BandOutcome; review: BandOutcome; high: BandOutcome }): string {
  return (['high', 'review', 'low'] as const)
    .map((name) => {
      const b = outcome[name]
      return `<tr><th>${name}</th><td>${b.signups}</td><td>${pct(b.rate)}</td><td>${b.perDay === null ? '–' : b.perDay.toFixed(1)}</td><td>${b.fraud}</td><td>${b.legit}</td><td>${pct(b.precision)}</td></tr>`
    })
    .join('')
}

function pickSection(title: string, pick: TuneResult['current']['pick']): string {
  return `<h3>${esc(title)}: review ${pick.thresholds.review}, high ${pick.thresholds.high}</h3>
<ul><li>review: ${esc(pick.reasons.review)}</li><li>high: ${esc(pick.reasons.high)}</li></ul>
<table><thead><tr><th>band</th><th>signups</th><th>share</th><th>per day</th><th>fraud</th><th>legit</th><th>precision</th></tr></thead><tbody>${bandRows(pick.outcome)}</tbody></table>
<p>Would have caught ${pct(pick.outcome.recall)} of the fraud (${pct(pick.outcome.highRecall)} in the high band), missed ${pick.outcome.missedFraud}, at the cost of ${pick.outcome.legitReviewed} legitimate signups reviewed.</p>`
}

function thresholdRows(table: readonly ThresholdRow[], marked: readonly number[]): string {
  const shown = new Set<number>(marked)
  // Every threshold up to 10 (a refit calibrated to a low fraud rate lives there), then every 5.
  for (let t = 0; t <= MAX_SCORE; t += t < 10 ? 1 : 5) shown.add(t)
  return [...shown]
    .sort((a, b) => a - b)
    .map((t) => table[t])
    .filter((row): row is ThresholdRow => row !== undefined)
    .map(
      (row) =>
        `<tr${marked.includes(row.threshold) ? ' class="mark"' : ''}><td>${row.threshold}</td><td>${row.flagged}</td><td>${pct(row.reviewRate, 2)}</td><td>${pct(row.precision)}</td><td>${pct(row.recall)}</td><td>${pct(row.falsePositiveRate, 2)}</td></tr>`,
    )
    .join('')
}

function signalRows(result: TuneResult): string {
  return result.signals
    .map((row) => {
      const flags = [row.verdict === 'informative' ? '' : row.verdict.replace('_', ' '), row.signFlipped ? 'sign flipped' : ''].filter(Boolean).join(', ')
      return `<tr class="${row.verdict}"><td><code>${esc(row.code)}</code></td><td>${row.firedFraud}</td><td>${pct(row.rateFraud, 2)}</td><td>${row.firedLegit}</td><td>${pct(row.rateLegit, 2)}</td><td>${row.lift === null ? (row.firedFraud > 0 ? '∞' : '–') : row.lift.toFixed(2)}</td><td>${num(row.currentWeight, 2)}</td><td>${num(row.fittedWeight, 2)}</td><td>${esc(flags)}</td></tr>`
    })
    .join('')
}

function problemList(result: TuneResult): string {
  const items = Object.entries(result.problems)
    .filter(([, p]) => p.count > 0)
    .map(([kind, p]) => `<li>${esc(kind)}: ${p.count} line(s): ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}</li>`)
  return items.length === 0 ? '<p>Every line was used.</p>' : `<ul>${items.join('')}</ul>`
}

const CSS = `body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;margin:2em auto;max-width:1000px;color:#111827;line-height:1.45}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #e5e7eb}h3{font-size:1.05em}
table{border-collapse:collapse;margin:0.5em 0;font-size:0.9em}th,td{border:1px solid #e5e7eb;padding:3px 8px;text-align:right}
thead th{background:#f3f4f6}tbody th{text-align:left}td:first-child{text-align:left}
tr.mark{background:#fef3c7;font-weight:600}tr.never_fired{color:#9ca3af}tr.no_difference td:last-child{color:#b45309}
.charts{display:flex;flex-wrap:wrap;gap:1em}.note{color:#4b5563;font-size:0.9em}figure{margin:0}`

/** Renders the HTML report of a tuning result. */
export async function renderReport(result: TuneResult): Promise<string> {
  const r = await loadRenderer()
  const v = result.validation
  const charts: string[] = []
  if (v) {
    const roc = [...rocPoints(v.current.counts, 'current'), ...rocPoints(v.fitted.counts, 'fitted')]
    const pr = [...prPoints(v.current.counts, 'current'), ...prPoints(v.fitted.counts, 'fitted')]
    charts.push(`<figure><figcaption>ROC, held out</figcaption>${curveChart(r, roc, 'roc')}</figure>`)
    charts.push(`<figure><figcaption>Precision–recall, held out</figcaption>${curveChart(r, pr, 'pr')}</figure>`)
    charts.push(`<figure><figcaption>ROC, held out: false-positive rates up to 10%</figcaption>${curveChart(r, roc, 'roc', 0.1)}</figure>`)
  } else {
    charts.push(`<figure><figcaption>ROC, whole history</figcaption>${curveChart(r, rocPoints(result.current.counts, 'current'), 'roc')}</figure>`)
    charts.push(`<figure><figcaption>Precision–recall, whole history</figcaption>${curveChart(r, prPoints(result.current.counts, 'current'), 'pr')}</figure>`)
  }
  const input = result.input
  const marked = [result.current.pick.thresholds.review, result.current.pick.thresholds.high]
  const fittedMarked = result.fitted ? [result.fitted.pick.thresholds.review, result.fitted.pick.thresholds.high] : []
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>signup-screen tuning report: ${esc(input.name)}</title><style>${CSS}</style></head>
<body>
<h1>Tuning report: ${esc(input.name)}</h1>
<p class="note">signup-screen ${esc(LIBRARY_VERSION)} · current model <code>${esc(result.currentModel.version)}</code>${result.fitted ? ` · fitted model <code>${esc(result.fitted.model.version)}</code>` : ''} · input sha256 <code>${esc(input.sha256)}</code></p>
<p>${input.labelled} labelled signups (${input.fraud} fraud, ${pct(input.fraudRate, 2)}; ${input.legit} legitimate)${input.firstDate ? `, ${esc(input.firstDate.slice(0, 10))} to ${esc(input.lastDate?.slice(0, 10))} (${input.days} days)` : ', undated'}, from ${input.lines} lines.</p>
<h2 id="lines">Lines not used</h2>${problemList(result)}
<h2 id="ranking">Ranking: current vs fitted</h2>
${v ? `<p class="note">Held out (${v.testSize} signups): ${esc(v.note)}.</p>${metricsTable(result)}` : '<p class="note">No refit was made (whole history, current model).</p>'}
<div class="charts">${charts.join('')}</div>
<p class="note">Dotted verticals on the ROC: 1% and 5% false-positive rate (the figure account-opening fraud benchmarks report).</p>
<h2 id="scores">Scores by label</h2>
<h3>Current model (whole history)</h3>
${histogramChart(r, result.current.counts, result.current.pick.thresholds)}
${result.fitted ? `<h3>Fitted model (whole history, in sample)</h3>${histogramChart(r, result.fitted.counts, result.fitted.pick.thresholds)}` : ''}
<h2 id="thresholds">Thresholds</h2>
${pickSection('Current model', result.current.pick)}
${result.fitted ? pickSection('Fitted model', result.fitted.pick) : ''}
<h3>Threshold table (current model, whole history)</h3>
<table><thead><tr><th>score ≥</th><th>flagged</th><th>review rate</th><th>precision</th><th>recall</th><th>FPR</th></tr></thead><tbody>${thresholdRows(result.current.table, marked)}</tbody></table>
${result.fitted ? `<h3>Threshold table (fitted model, whole history)</h3><table><thead><tr><th>score ≥</th><th>flagged</th><th>review rate</th><th>precision</th><th>recall</th><th>FPR</th></tr></thead><tbody>${thresholdRows(result.fitted.table, fittedMarked)}</tbody></table>` : ''}
<h2 id="signals">Signals</h2>
<p class="note">Lift = share of fraud where the signal fired ÷ share of legitimate signups where it fired. “no difference”: not distinguishable between the classes (two-proportion z-test, 5%). Signals that never fired keep their weight.${result.fitted ? ` Fitted bias ${result.fitted.model.bias} (current ${result.currentModel.bias}); L2 ${result.fitted.l2}.` : ''}</p>
<table><thead><tr><th>code</th><th>fraud</th><th>% fraud</th><th>legit</th><th>% legit</th><th>lift</th><th>current w</th><th>fitted w</th><th>note</th></tr></thead><tbody>${signalRows(result)}</tbody></table>
</body></html>
`
}
