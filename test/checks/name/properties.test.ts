import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { nameCheck, type PreparedName } from '../../../src/checks/name/index.js'
import { lengthKey, looseKey, normalizeText, readingForm } from '../../../src/checks/name/kana.js'
import { romajiKey } from '../../../src/checks/name/romaji.js'
import { SignupInputSchema } from '../../../src/core/schema.js'

/** Strings mixing kana, kanji, Latin, hangul, digits, marks and astral characters. */
const nameLike = fc.string({
  unit: fc.constantFrom(...'あいうかがっゃーアイウカガッャ・山田髙﨑々ヶノ王金张 　abcXYZ1２!😀김ｱｶﾞ'),
  maxLength: 16,
})
const anyString = fc.oneof(nameLike, fc.string({ unit: 'grapheme', maxLength: 24 }))

let prepared: PreparedName
beforeAll(async () => {
  prepared = await nameCheck.prepare({})
})

describe('name: properties', () => {
  test.each([
    ['normalizeText', normalizeText],
    ['readingForm', readingForm],
    ['looseKey', looseKey],
    ['lengthKey', lengthKey],
    ['romajiKey', romajiKey],
  ])('%s is idempotent and never throws', (_, fn) => {
    fc.assert(fc.property(anyString, (s) => fn(fn(s)) === fn(s)), { numRuns: 300 })
  })

  test('run never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, anyString, anyString, (family, given, familyKana, givenKana, org, holder) => {
        for (const name of [{ family, given, familyKana, givenKana }, { full: `${family} ${given}`, fullKana: `${familyKana}${givenKana}` }]) {
          const input = SignupInputSchema.parse({ name, organization: { name: org, nameKana: familyKana }, card: { holderName: holder }, email: `${given}@x.jp` })
          const out = nameCheck.run(input, prepared, { now: new Date(0), serviceCountry: 'JP', facts: {} })
          expect(Array.isArray(out.findings)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
