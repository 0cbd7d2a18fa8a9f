import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addressCheck } from '../../../src/checks/address/index.js'
import { matchAddress, nameBeforeNumber } from '../../../src/checks/address/match.js'
import {
  ITAIJI,
  kanjiNumeralValue,
  normalizeAddressText,
  readPostalCode,
  readStreetNumber,
  splitLeadingPostalCode,
} from '../../../src/checks/address/normalize.js'
import { SignupInputSchema } from '../../../src/core/schema.js'

describe('normalizeAddressText', () => {
  test.each<[string, string, string]>([
    ['full-width digits and letters', '１２３ＡＢＣ', '123ABC'],
    ['half-width kana', 'ｶｽﾐｶﾞｾｷ', 'カスミケセキ'],
    ['spaces of every kind and list commas', '東京都　千代田区 霞が関、1', '東京都千代田区霞ケ関1'],
    ['ヶ ケ が ガ ヵ are one', '霞ヶ関 霞ケ関 霞が関', '霞ケ関霞ケ関霞ケ関'],
    ['の ノ 之 are one', '一の瀬 梅之木', '1ノ瀬梅ノ木'],
    ['つ ツ', '一つ橋', '1ツ橋'],
    ['kanji numerals with units', '二十三', '23'],
    ['kanji numerals positional', '二〇三', '203'],
    ['百 and 千 alone stay names', '千代田 百合', '千代田百合'],
    ['thirteen', '十三番地', '13番地'],
    ['itaiji', '髙橋 﨑 邊 澤 濱', '高橋崎辺沢浜'],
    ['hyphens between numbers', '1ー2‐3－4−5の6', '1-2-3-4-5-6'],
    ['katakana prolonged mark stays in names', 'センター', 'センター'],
    ['a numeral run right after a digit starts a new word', '4-1-2 三越', '4-1-2_3越'],
  ])('%s', (_note, input, expected) => {
    expect(normalizeAddressText(input)).toBe(expected)
  })

  test.each(Object.entries(ITAIJI))('itaiji %s → %s', (from, to) => {
    expect(normalizeAddressText(from)).toBe(normalizeAddressText(to))
  })

  test('idempotent and total on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const once = normalizeAddressText(s)
        expect(normalizeAddressText(once)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  test('idempotent on any code units (lone surrogates, combining marks)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeAddressText(s)
        return normalizeAddressText(once) === once
      }),
      // fast-check's binary strings are slow to generate (about 2 ms each); 200 keep the suite fast.
      { numRuns: 200 },
    )
  })

  test('idempotent on address-like text', () => {
    const piece = fc.constantFrom('東京都', '千代田区', '霞が関', 'ヶ', 'の', 'ノ', '之', '一', '二', '十', '百', '千', '〇', '1', '２', '-', 'ー', '－', '丁目', '番地', '号', ' ', '　', 'ｶﾞ', 'つ', '髙', 'A')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const once = normalizeAddressText(parts.join(''))
        expect(normalizeAddressText(once)).toBe(once)
      }),
      { numRuns: 1500 },
    )
  })

  test.each<[string, number]>([
    ['一', 1],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['百二', 102],
    ['三千五百', 3500],
    ['二〇二', 202],
  ])('kanji numeral %s = %d', (run, value) => {
    expect(kanjiNumeralValue(run)).toBe(value)
  })
})

describe('postal codes', () => {
  test.each<[string, string | null]>([
    ['100-0001', '1000001'],
    ['〒100-0001', '1000001'],
    ['１００－０００１', '1000001'],
    ['100 0001', '1000001'],
    ['1000001', '1000001'],
    ['100-001', null],
    ['abc', null],
    ['', null],
  ])('%s', (input, code) => {
    expect(readPostalCode(input).code).toBe(code)
  })
  test('a leading postal code of a one-line address', () => {
    expect(splitLeadingPostalCode('〒514-2306 三重県津市')).toEqual({ postalCode: '5142306', rest: ' 三重県津市' })
    expect(splitLeadingPostalCode('三重県津市')).toEqual({ postalCode: null, rest: '三重県津市' })
  })
})

describe('street numbers', () => {
  test.each<[string, string | null, string | null]>([
    ['3丁目1番3号', '3-1-3', null],
    ['3-1-3サンハイツ101', '3-1-3', null],
    ['1番地の2', '1-2', null],
    ['488番地', '488', null],
    ['甲123番地', '123', null],
    ['無番地', '無番地', null],
    ['', null, null],
    ['abc', null, 'latin_only'],
    ['0-0', '0-0', 'zero'],
    ['090-1234-5678', '090-1234-5678', 'leading_zero'],
    ['1234567', '1234567', 'too_long'],
    ['1-2-3-4-5-6', '1-2-3-4-5-6', 'too_many_parts'],
  ])('%s', (input, value, problem) => {
    const reading = readStreetNumber(normalizeAddressText(input))
    expect(reading.value).toBe(value)
    expect(reading.problem).toBe(problem)
  })
  test.each<[string, string]>([
    ['10文字原1番1号', '10文字原'],
    ['上本能寺前町488番地', '上本能寺前町'],
    ['3丁目3-2', ''],
    ['16共同ビル', '16共同ビル'],
  ])('name before the number of %s', (street, name) => {
    expect(nameBeforeNumber(street)).toBe(name)
  })
})

describe('never throws, linear time', () => {
  const prepared = addressCheck.prepare({})
  test('run never throws on arbitrary address fields', async () => {
    const data = await prepared
    const context = { now: new Date(), serviceCountry: 'JP', facts: {} }
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('東京都千代田区', '〒100-0001', '霞が関1-3-1', '京都市中京区寺町通', '０', 'ー'))
    fc.assert(
      fc.property(fc.record({ postalCode: text, prefecture: text, city: text, street: text, building: text, full: text, country: text }, { requiredKeys: [] }), (address) => {
        const out = addressCheck.run(SignupInputSchema.parse({ address }), data, context)
        expect(Array.isArray(out.findings)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  // ReDoS: every regular expression of the check on long adversarial inputs must stay fast. A
  // super-linear pattern takes seconds on these lengths; linear ones take well under a millisecond.
  test.each<[string, string]>([
    ['digits and hyphens', '1-'.repeat(20_000)],
    ['丁目番地 repeated', '1丁目番地番号'.repeat(5_000)],
    ['kanji numerals', '一二三四五六七八九十百千'.repeat(3_000)],
    ['no-like marks', '1ノノのの'.repeat(8_000)],
    ['Kyoto marks', '通上る下る入る'.repeat(5_000)],
    ['latin', 'ab '.repeat(10_000) + '!'],
  ])('long input: %s', async (_note, input) => {
    const data = await prepared
    const started = performance.now()
    normalizeAddressText(input)
    readStreetNumber(normalizeAddressText(input))
    matchAddress(data.index, { full: input.slice(0, 1024) })
    matchAddress(data.index, { prefecture: '東京都', city: '千代田区', street: input.slice(0, 1024) })
    expect(performance.now() - started).toBeLessThan(500)
  })
})
