/**
 * Golden corpus: real addresses (KEN_ALL and business rows of the source packages, written the ways
 * people write them) and fakes made from real parts, built by scripts/address-corpus.ts from the
 * packages themselves, not from the check's output. Targets from issue 3: real addresses flagged
 * with weight >= 1.0 at most 2%, fakes caught (weight >= 1.0) at least 95%.
 *
 * Full mode: `node --import tsx scripts/address-corpus.ts --full` then
 * `ADDRESS_FULL_CORPUS=.cache/address-golden-full.jsonl npx vitest run test/checks/address/golden`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { addressCheck } from '../../../src/checks/address/index.js'
import { ADDRESS_WEIGHTS } from '../../../src/checks/address/weights.js'
import { SignupInputSchema } from '../../../src/core/schema.js'

interface Line {
  readonly id: string
  readonly label: 'real' | 'fake'
  readonly kind: string
  readonly note: string
  readonly address: Record<string, string>
}

const file = process.env.ADDRESS_FULL_CORPUS ?? join(import.meta.dirname, 'golden.jsonl')
const lines: Line[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Line)

describe(`golden corpus (${file.endsWith('golden.jsonl') ? 'sample' : file})`, async () => {
  const data = await addressCheck.prepare({})
  const context = { now: new Date('2026-11-29T00:00:00Z'), serviceCountry: 'JP', facts: {} }
  const results = lines.map((line) => {
    const out = addressCheck.run(SignupInputSchema.parse({ address: line.address }), data, context)
    const strong = out.findings.filter((f) => ADDRESS_WEIGHTS[f.code].weight >= 1.0).map((f) => f.code)
    return { line, strong, level: out.facts.level }
  })
  const share = (label: string, kind?: string) => {
    const rows = results.filter((r) => r.line.label === label && (kind === undefined || r.line.kind === kind))
    return { n: rows.length, flagged: rows.filter((r) => r.strong.length > 0).length, rows }
  }

  test('the corpus covers every kind it promises', () => {
    for (const kind of ['ken_all', 'business', 'island', 'gun', 'kyoto']) expect(share('real', kind).n).toBeGreaterThan(20)
    for (const kind of ['swapped_postal', 'town_wrong_city', 'invented_town', 'invented_city']) expect(share('fake', kind).n).toBeGreaterThan(20)
  })

  test('real addresses flagged with weight >= 1.0: at most 2%', () => {
    const real = share('real')
    const examples = real.rows.filter((r) => r.strong.length > 0).slice(0, 5).map((r) => `${r.line.id} ${JSON.stringify(r.line.address)} → ${r.strong.join(',')}`)
    expect(real.flagged / real.n, examples.join('\n')).toBeLessThanOrEqual(0.02)
  })

  test('fakes caught with weight >= 1.0: at least 95% overall and per kind', () => {
    const fake = share('fake')
    expect(fake.flagged / fake.n).toBeGreaterThanOrEqual(0.95)
    for (const kind of ['swapped_postal', 'town_wrong_city', 'invented_town', 'invented_city']) {
      const rows = share('fake', kind)
      expect(rows.flagged / rows.n, kind).toBeGreaterThanOrEqual(0.95)
    }
  })

  test('real addresses reach the town level or deeper (95%)', () => {
    const real = share('real').rows.filter((r) => r.line.kind !== 'business')
    const deep = real.filter((r) => r.level === 'town' || r.level === 'street_number' || r.level === 'city')
    expect(deep.length / real.length).toBeGreaterThanOrEqual(0.95)
  })
})
