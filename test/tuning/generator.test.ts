import { describe, expect, test } from 'vitest'
import { generateHistory, loadSeed } from '../../scripts/generate-history.js'

/** Public test numbers the generator may use for fraud (card networks' and gateways' documentation). */
const TEST_PANS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100', '378282246310005', '3530111333300000', '3566002020360505', '6011111111111117'])

describe('demo history generator', () => {
  const rows = [...generateHistory({ lines: 3000, seed: 11 })]

  test('deterministic for a seed, different for another', () => {
    const again = [...generateHistory({ lines: 50, seed: 11 })]
    expect(JSON.stringify(again)).not.toBe(JSON.stringify([...generateHistory({ lines: 50, seed: 12 })]))
    expect(JSON.stringify(again)).toBe(JSON.stringify([...generateHistory({ lines: 50, seed: 11 })]))
  })

  test('a few percent fraud, dated in order', () => {
    const fraud = rows.filter((row) => row.label === 'fraud').length / rows.length
    expect(fraud).toBeGreaterThan(0.015)
    expect(fraud).toBeLessThan(0.06)
    const dates = rows.map((row) => Date.parse(String(row.submittedAt)))
    expect(dates.every((d, i) => i === 0 || d >= dates[i - 1]!)).toBe(true)
  })

  test('never a full card number except public test numbers; legit cards are BIN + last 4 only', () => {
    for (const row of rows) {
      const card = row.card as { number?: string; bin?: string; last4?: string }
      if (card.number !== undefined) {
        expect(row.label).toBe('fraud')
        expect(TEST_PANS.has(card.number)).toBe(true)
      }
      if (row.label === 'legit') {
        expect(card.number).toBeUndefined()
        expect(card.bin).toMatch(/^\d{6}$/)
      }
    }
  })

  test('legitimate signups use the real seed samples (postal codes, names)', () => {
    const seed = loadSeed()
    const zips = new Set(seed.postal.map((row) => `${row.zip.slice(0, 3)}-${row.zip.slice(3)}`))
    const families = new Set(seed.familyNames.map((name) => name.kanji))
    for (const row of rows.filter((r) => r.label === 'legit').slice(0, 200)) {
      expect(zips.has((row.address as { postalCode: string }).postalCode)).toBe(true)
      expect(families.has((row.name as { family: string }).family)).toBe(true)
      expect(String(row.phone ?? '090-0000-0000').replace(/-/g, '')).toMatch(/^0\d{9,10}$/)
    }
  })
})
