import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CSV_COLUMNS, csvLine, generateHistory } from '../../scripts/generate-history.js'
import { tuneCommand } from '../../src/cli/commands/tune.js'
import { ScoringModelSchema, type ScoringModel } from '../../src/core/model.js'
import { createScreener, defaultModel, type Screener } from '../../src/core/screener.js'
import { runCli as runCliMain } from '../helpers.js'
import { TuneInputError, countScores, renderReport, textSummary, tune, writeModel, type TuneResult } from '../../src/tuning/index.js'

let dir: string
let historyPath: string
let generated: { lines: number; fraud: number }
/** One default screener shared by the tune() calls (preparing every check's data takes a moment). */
let shared: Screener

beforeAll(async () => {
  shared = await createScreener()
  dir = mkdtempSync(join(tmpdir(), 'tune-test-'))
  historyPath = join(dir, 'history.jsonl')
  const rows = [...generateHistory({ lines: 1200, seed: 7, fraudRate: 0.08 })]
  generated = { lines: rows.length, fraud: rows.filter((row) => row.label === 'fraud').length }
  writeFileSync(historyPath, rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in screener whose score is the input's `score` field: lets tune run on hand-made scores. */
function scoreFieldScreener(): Screener {
  const model = defaultModel()
  return {
    model,
    screenSync: (input: unknown) => {
      const score = Number((input as { score?: unknown }).score)
      if (!Number.isFinite(score)) return { success: false, error: new Error('no score') }
      return { success: true, result: { score, band: 'low', signals: [], checks: {}, versions: {} } }
    },
  } as unknown as Screener
}

describe('tune on a hand-computed case', () => {
  test('5 scored lines: AUC 7/12, recall 2/3 at threshold 70; bad lines reported with line numbers', async () => {
    const lines = [
      { score: 90, label: 'fraud' },
      { score: 70, label: 1 },
      'not json',
      { score: 70, label: 'legit' },
      { score: 40, label: '0' },
      { score: 55 },
      { score: 10, label: 'FRAUD' },
      { score: 20, label: 'chargeback?' },
    ]
    const text = lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')
    const result = await tune({ input: Readable.from([text]), screener: scoreFieldScreener(), fit: false })
    expect(result.input).toMatchObject({ labelled: 5, fraud: 3, legit: 2, lines: 8 })
    expect(result.current.metrics.auc).toBeCloseTo(7 / 12, 12)
    expect(result.current.table[70]!.recall).toBeCloseTo(2 / 3, 12)
    expect(result.current.table[70]!.precision).toBeCloseTo(2 / 3, 12)
    expect(result.problems.invalidRecord).toEqual({ count: 1, lines: [3] })
    expect(result.problems.unlabelled).toEqual({ count: 1, lines: [6] })
    expect(result.problems.unknownLabel).toEqual({ count: 1, lines: [8] })
    expect(result.validation).toBeNull()
  })

  test('nothing labelled is an error that still reports the lines', async () => {
    const error = await tune({ input: Readable.from(['{"score":1}\n']), screener: scoreFieldScreener() }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TuneInputError)
    expect((error as TuneInputError).problems.unlabelled.lines).toEqual([1])
  })
})

describe('tune on a generated history', () => {
  let result: TuneResult
  let modelPath: string

  beforeAll(async () => {
    result = await tune({ input: historyPath, screener: shared, goals: { reviewRate: 0.08 }, now: () => new Date('2026-01-01T00:00:00Z') })
    modelPath = join(dir, 'fitted.json')
    await writeModel(modelPath, result.fitted!.model)
  })

  test('counts every generated line, with its label', () => {
    expect(result.input).toMatchObject({ labelled: generated.lines, fraud: generated.fraud, lines: generated.lines })
    expect(Object.values(result.problems).every((p) => p.count === 0)).toBe(true)
    expect(result.input.days).toBeGreaterThan(300)
  })

  test('validates out of time and reports both models on the held-out part', () => {
    const v = result.validation!
    expect(v.scheme).toBe('out_of_time')
    expect(v.testSize).toBe(240)
    expect(v.current.metrics.auc).toBeGreaterThan(0.6)
    expect(v.fitted.metrics.auc).toBeGreaterThan(0.6)
    expect(v.current.metrics.count).toBe(240)
  })

  test('review capacity is honoured', () => {
    const o = result.current.pick.outcome
    expect(o.review.rate + o.high.rate).toBeLessThanOrEqual(0.08)
  })

  test('the fitted model validates, records provenance, and createScreener loads it and reproduces its scores', async () => {
    const written = JSON.parse(readFileSync(modelPath, 'utf8')) as ScoringModel
    expect(ScoringModelSchema.safeParse(written).success).toBe(true)
    expect(written.provenance).toMatchObject({ tool: 'signup-screen tune', input: { sha256: result.input.sha256, labelled: generated.lines } })
    expect(Object.keys(written.weights).sort()).toEqual(Object.keys(defaultModel().weights).sort())
    const screener = await createScreener({ model: modelPath })
    expect(screener.model.version).toBe(written.version)
    const scores: number[] = []
    const labels: number[] = []
    for (const line of readFileSync(historyPath, 'utf8').trim().split('\n')) {
      const row = JSON.parse(line) as { label: string }
      const outcome = screener.screenSync(row)
      if (!outcome.success) throw outcome.error
      scores.push(outcome.result.score)
      labels.push(row.label === 'fraud' ? 1 : 0)
    }
    const counts = countScores(scores, labels)
    expect(Array.from(counts.pos)).toEqual(result.fitted!.counts.fraud)
    expect(Array.from(counts.neg)).toEqual(result.fitted!.counts.legit)
  })

  test('k-fold when asked (or when undated)', async () => {
    const kfold = await tune({ input: historyPath, screener: shared, validation: 'kfold', folds: 3 })
    expect(kfold.validation).toMatchObject({ scheme: 'k_fold', testSize: generated.lines })
  })

  test('text summary and the HTML report', async () => {
    expect(textSummary(result)).toMatch(/Held out \(out of time/)
    const html = await renderReport(result)
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(4)
    expect(html).not.toMatch(/<script|<link|src="http/i)
    expect(html).toContain('per day')
  })
})

describe('CSV input', () => {
  test('the generator\'s CSV (dotted columns) screens exactly like its JSONL', async () => {
    const rows = [...generateHistory({ lines: 300, seed: 3, fraudRate: 0.1 })]
    const csvPath = join(dir, 'gen.csv')
    const jsonlPath = join(dir, 'gen.jsonl')
    writeFileSync(csvPath, [CSV_COLUMNS.join(','), ...rows.map(csvLine)].join('\n') + '\n')
    writeFileSync(jsonlPath, rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
    const fromCsv = await tune({ input: csvPath, screener: shared, fit: false })
    const fromJsonl = await tune({ input: jsonlPath, screener: shared, fit: false })
    expect(fromCsv.input.labelled).toBe(300)
    expect(fromCsv.problems.invalidSignup.count).toBe(0)
    expect(fromCsv.current.counts).toEqual(fromJsonl.current.counts)
  })


  test('reads 1/0 labels from another column', async () => {
    const csv = ['email,submittedAt,outcome', 'taro@mailinator.com,2025-01-01T00:00:00Z,1', 'hanako@docomo.ne.jp,2025-01-02T00:00:00Z,0', 'jiro@docomo.ne.jp,2025-01-03T00:00:00Z,0'].join('\n')
    const path = join(dir, 'small.csv')
    writeFileSync(path, csv)
    const result = await tune({ input: path, screener: shared, labelColumn: 'outcome', fit: false })
    expect(result.input).toMatchObject({ labelled: 3, fraud: 1, legit: 2 })
    expect(result.current.metrics.auc).toBe(1)
  })
})

const runCli = (args: string[]) => runCliMain('tune', ...args)

describe('signup-screen tune (CLI)', () => {
  test('--help', async () => {
    const { code, out } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/--review-rate <share>/)
    expect(out).toMatch(/--report <file>/)
    expect(tuneCommand().name()).toBe('tune')
  })

  test.each([
    [['--review-rate', '150%', 'x.jsonl']],
    [['--review-rate', 'abc', 'x.jsonl']],
    [['--folds', '1', 'x.jsonl']],
    [['--validation', 'bogus', 'x.jsonl']],
    [[]],
    [['/no/such/file.jsonl']],
  ])('bad usage %j exits non-zero', async (args) => {
    const { code } = await runCli(args)
    expect(code).not.toBe(0)
  })

  test('tunes, writes the model and the report, prints JSON', async () => {
    const out = join(dir, 'cli-model.json')
    const report = join(dir, 'cli-report.html')
    const run = await runCli([historyPath, '--review-rate', '5%', '--min-precision', '40%', '--out', out, '--report', report, '--json'])
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.out) as { input: { labelled: number }; fitted: { version: string } }
    expect(summary.input.labelled).toBe(generated.lines)
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(summary.fitted.version)
    expect(readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/)
    expect(run.err).toMatch(/fitted model written/)
  })
})
