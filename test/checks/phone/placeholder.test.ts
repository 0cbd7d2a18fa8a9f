import { describe, expect, test } from 'vitest'
import { LISTED_PLACEHOLDERS, placeholderPattern, weakPattern } from '../../../src/checks/phone/placeholder.js'

const listed = new Set(LISTED_PLACEHOLDERS)
/** NSN of a Japanese number written with its trunk 0. */
const nsn = (national: string) => national.replace(/\D/g, '').replace(/^0/, '')

describe('placeholderPattern (JP)', () => {
  test.each([
    ['090-1234-5678', 'sequential'],
    ['070-1234-5678', 'sequential'],
    ['03-1234-5678', 'sequential'],
    ['045-123-4567', 'sequential'],
    ['0123-45-6789', 'sequential'],
    ['012-345-6789', 'sequential'],
    ['0120-123-456', 'sequential'],
    ['090-8765-4321', 'sequential'],
    ['000-0000-0000', 'same_digit'],
    ['090-0000-0000', 'same_digit'],
    ['080-9999-9999', 'same_digit'],
    ['03-3333-3333', 'same_digit'],
    ['0120-000-000', 'same_digit'],
    ['090-1111-2222', 'listed'],
    ['080-1111-2222', 'listed'],
    ['090-1234-1234', 'listed'],
    ['090-1122-3344', 'listed'],
  ])('%j → %s', (national, pattern) => {
    expect(placeholderPattern('81', nsn(national), listed)).toBe(pattern)
  })

  test.each([
    ['090-3947-2816'],
    ['03-3581-4321'],
    ['0466-22-1234'], // 22-1234: the tail starts with the area code's last digit
    ['0120-444-981'],
    ['03-5321-1111'], // many company switchboards end in 1111: real, so only the tail is not enough
    ['090-1234-5679'],
  ])('%j is not a placeholder', (national) => {
    expect(placeholderPattern('81', nsn(national), listed)).toBeNull()
  })
})

describe('placeholderPattern (other countries)', () => {
  test.each([
    ['1', '2125550123', 'fictional_range'],
    ['1', '6505550199', 'fictional_range'],
    ['44', '7000000000', 'same_digit'],
    ['49', '301234567', 'sequential'],
  ])('+%s %s → %s', (cc, number, pattern) => {
    expect(placeholderPattern(cc, number, listed)).toBe(pattern)
  })

  test.each([
    ['1', '2125551234'], // 555 outside 01XX is a real exchange
    ['44', '2079460018'],
  ])('+%s %s is not a placeholder', (cc, number) => {
    expect(placeholderPattern(cc, number, listed)).toBeNull()
  })
})

describe('weakPattern', () => {
  test.each([
    ['090-1212-1212', 'few_digits'],
    ['090-5555-0000', 'few_digits'],
    ['090-2580-2580', 'repeated_block'],
    ['0466-12-3456', 'sequential_tail'],
    ['090-3965-4321', 'sequential_tail'],
  ])('%j → %s', (national, pattern) => {
    expect(weakPattern(nsn(national))).toBe(pattern)
  })

  test.each([['090-3947-2816'], ['03-3581-4321'], ['03-5321-1111'], ['0466-22-1234']])('%j is not patterned', (national) => {
    expect(weakPattern(nsn(national))).toBeNull()
  })
})

describe('false-positive rate on random mobile numbers', () => {
  // A seeded LCG (Numerical Recipes constants) so the test is deterministic.
  let seed = 20261129
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0)
  test('strong < 0.1%, weak < 1% of 20,000 random 0X0 numbers', () => {
    let strong = 0
    let weak = 0
    const n = 20_000
    for (let i = 0; i < n; i += 1) {
      const prefix = ['90', '80', '70'][next() % 3]
      const number = `${prefix}${String(next() % 100_000_000).padStart(8, '0')}`
      if (placeholderPattern('81', number, listed) !== null) strong += 1
      else if (weakPattern(number) !== null) weak += 1
    }
    expect(strong / n).toBeLessThan(0.001)
    expect(weak / n).toBeLessThan(0.01)
  })
})
