/**
 * The figures over generated numbers: share of valid cards (Luhn-correct, unexpired, not a
 * test number) flagged with weight >= 1.0 (target <= 1%), and share of invalid, test and expired
 * ones caught with weight >= 1.0 (target >= 99%). CARD_FIGURES_N raises the sample size.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { cardCheck } from '../../../src/checks/card/index.js'
import { luhnValid } from '../../../src/checks/card/pan.js'
import { CARD_WEIGHTS } from '../../../src/checks/card/weights.js'
import type { CardCode } from '../../../src/checks/card/codes.js'
import type { CheckContext } from '../../../src/core/check.js'
import { SignupInputSchema } from '../../../src/core/schema.js'
import { expiryAfter, holderName, rng, transpose, typo, validNumber, wrongLength } from './generated.js'

const N = Number(process.env.CARD_FIGURES_N ?? 4000)
const NOW = new Date('2026-11-29T00:00:00Z')
const context: CheckContext = { now: NOW, serviceCountry: 'JP', facts: {} }
const TEST_PANS = (JSON.parse(readFileSync('data/card/test-pans.json', 'utf8')) as { entries: { number: string }[] }).entries.map((e) => e.number)

async function scorer() {
  const data = await cardCheck.prepare({})
  return (card: object): { weight: number; codes: CardCode[] } => {
    const out = cardCheck.run(SignupInputSchema.parse({ card }), data, context)
    const codes = out.findings.map((f) => f.code)
    return { weight: codes.reduce((sum, c) => sum + CARD_WEIGHTS[c].weight, 0), codes }
  }
}

describe('figures over generated numbers', () => {
  test(`valid cards flagged >= 1.0: <= 1% (n=${N})`, async () => {
    const score = await scorer()
    const r = rng(1)
    const test = new Set(TEST_PANS)
    let flagged = 0
    let n = 0
    const why = new Map<string, number>()
    while (n < N) {
      const { digits } = validNumber(r)
      if (test.has(digits)) continue
      n += 1
      const { weight, codes } = score({ number: digits, ...expiryAfter(NOW, Math.floor(r() * 61)), holderName: holderName(r) })
      if (weight >= 1.0) {
        flagged += 1
        for (const c of codes) why.set(c, (why.get(c) ?? 0) + 1)
      }
    }
    const share = flagged / n
    console.log(`valid flagged: ${flagged}/${n} = ${(100 * share).toFixed(3)}%`, Object.fromEntries(why))
    expect(share).toBeLessThanOrEqual(0.01)
  })

  test(`invalid, test and expired cards caught >= 1.0: >= 99% (n=${N})`, async () => {
    const score = await scorer()
    const r = rng(2)
    const kinds = ['typo', 'transposition', 'wrong_length', 'not_digits', 'test', 'expired', 'unknown_brand'] as const
    let undetectable = 0
    const caught = new Map<string, [number, number]>(kinds.map((k) => [k, [0, 0]]))
    for (let i = 0; i < N; i += 1) {
      const kind = kinds[i % kinds.length]!
      const valid = validNumber(r)
      let number = valid.digits
      let expiry = expiryAfter(NOW, 1 + Math.floor(r() * 59))
      if (kind === 'typo') number = typo(r, valid.digits)
      else if (kind === 'transposition') {
        number = transpose(r, valid.digits)
        // A 09 <-> 90 swap keeps the Luhn sum: the result is a valid number of its brand, which no
        // check can tell from a real one. It is not an invalid number; count it apart.
        if (luhnValid(number)) {
          undetectable += 1
          continue
        }
      }
      else if (kind === 'wrong_length') number = wrongLength(r, valid.brand)
      else if (kind === 'not_digits') number = `${valid.digits.slice(0, 8)}${'OoIlSB'[Math.floor(r() * 6)]}${valid.digits.slice(9)}`
      else if (kind === 'test') number = TEST_PANS[Math.floor(r() * TEST_PANS.length)]!
      else if (kind === 'expired') expiry = expiryAfter(NOW, -1 - Math.floor(r() * 60))
      else if (kind === 'unknown_brand') {
        // Leading digit of an airline (1), petroleum (7) or national (9, 0) range, different from the original.
        const lead = [...'0179'].filter((d) => d !== valid.digits[0])
        number = `${lead[Math.floor(r() * lead.length)]!}${valid.digits.slice(1)}`
      }
      const { weight } = score({ number, ...expiry, holderName: holderName(r) })
      const tally = caught.get(kind)!
      tally[1] += 1
      if (weight >= 1.0) tally[0] += 1
    }
    const total = [...caught.values()].reduce((a, [c, t]) => [a[0] + c, a[1] + t], [0, 0])
    console.log(
      `caught: ${total[0]}/${total[1]} = ${((100 * total[0]) / total[1]).toFixed(3)}%`,
      Object.fromEntries([...caught].map(([k, [c, t]]) => [k, `${c}/${t}`])),
      `(transpositions Luhn cannot see, excluded: ${undetectable})`,
    )
    expect(total[0] / total[1]).toBeGreaterThanOrEqual(0.99)
  })
})
