/**
 * Privacy: no full card number may appear in a result, a thrown error or an error's serialization,
 * whatever the input (valid, invalid, with separators, in the wrong field, oversized).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { cardCheck } from '../../../src/checks/card/index.js'
import { InvalidSignupError, isScreenerConfigError } from '../../../src/errors/index.js'
import { sharedScreener } from '../../helpers.js'
import { luhnDigit } from './generated.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const EXAMPLE_BINS = 'data/card/bin-example.csv'

/** A 12–19 digit string, sometimes starting with a real IIN, sometimes Luhn-correct. */
const pan = fc
  .tuple(
    fc.constantFrom('', '4', '51', '2221', '34', '37', '35', '36', '6011', '62', '490000', '530000', '520000', '424242', '411111'),
    fc.integer({ min: 12, max: 19 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 19, maxLength: 19 }),
    fc.boolean(),
  )
  .map(([prefix, length, fill, fixLuhn]) => {
    let digits = (prefix + fill.join('')).slice(0, length)
    if (fixLuhn) digits = digits.slice(0, -1) + luhnDigit(digits.slice(0, -1))
    return digits
  })

/** How the number is typed: plain, grouped by 4 with spaces or hyphens, full-width, or with garbage. */
const typed = fc.tuple(pan, fc.constantFrom('plain', 'spaces', 'hyphens', 'fullwidth', 'letter', 'mixed')).map(([digits, style]) => {
  const groups = digits.match(/.{1,4}/g)!
  switch (style) {
    case 'spaces':
      return { digits, text: groups.join(' ') }
    case 'hyphens':
      return { digits, text: groups.join('-') }
    case 'fullwidth':
      return { digits, text: [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('') }
    case 'letter':
      return { digits, text: `${digits.slice(0, 7)}x${digits.slice(7)}` }
    case 'mixed':
      return { digits, text: ` ${groups.join(' - ')} ` }
    default:
      return { digits, text: digits }
  }
})

const expiry = fc.record({ expMonth: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.string({ maxLength: 8 })), expYear: fc.oneof(fc.integer({ min: 0, max: 2200 }), fc.string({ maxLength: 8 })) }, { requiredKeys: [] })

/** Every rendering of the number that must never appear. */
function forbidden(digits: string, text: string): string[] {
  return [digits, text.trim(), [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('')]
}

function assertNoPan(serialized: string, digits: string, text: string): void {
  for (const needle of forbidden(digits, text)) expect(serialized.includes(needle), `leaked ${digits.length}-digit number`).toBe(false)
}

describe('no full card number in results', () => {
  test('number field: any 12–19 digit input, any separators, valid or not, both locales', async () => {
    const screeners = await Promise.all([
      sharedScreener({ checks: { card: { binTable: EXAMPLE_BINS } } }),
      sharedScreener({ locale: 'en', checks: { card: { binTable: EXAMPLE_BINS } } }),
    ])
    await fc.assert(
      fc.asyncProperty(typed, expiry, fc.integer({ min: 0, max: 1 }), async ({ digits, text }, exp, which) => {
        const outcome = await screeners[which]!.safeScreen({ card: { number: text, ...exp, holderName: 'ICHIRO SUZUKI' } })
        assertNoPan(JSON.stringify(outcome), digits, text)
        if (!outcome.success) assertNoPan(`${outcome.error.message}\n${outcome.error.stack}\n${JSON.stringify(outcome.error.issues)}`, digits, text)
      }),
      { numRuns: RUNS },
    )
  })

  test('number typed into other card fields (BIN, last4, holder name, gateway strings, expiry)', async () => {
    const screener = await sharedScreener({ checks: { card: { binTable: EXAMPLE_BINS } } })
    const field = fc.constantFrom('bin', 'last4', 'holderName', 'cvc', 'avs', 'threeDSecure', 'expMonth')
    await fc.assert(
      fc.asyncProperty(typed, field, async ({ digits, text }, where) => {
        const card: Record<string, unknown> =
          where === 'cvc' || where === 'avs' || where === 'threeDSecure' ? { gateway: { [where]: text } } : { [where]: text }
        const outcome = await screener.safeScreen({ card })
        assertNoPan(JSON.stringify(outcome), digits, text)
        if (!outcome.success) assertNoPan(`${outcome.error.message}\n${outcome.error.stack}\n${JSON.stringify(outcome.error.issues)}`, digits, text)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('no full card number in thrown errors', () => {
  test('schema errors (number over 64 characters, number as a JS number) do not echo the value', async () => {
    const screener = await sharedScreener()
    await fc.assert(
      fc.asyncProperty(pan, async (digits) => {
        for (const card of [{ number: `${digits} `.repeat(6) }, { number: Number(digits) }, { bin: digits.repeat(3) }, { last4: digits }, { expMonth: digits.repeat(2) }]) {
          let thrown: unknown = null
          try {
            await screener.screen({ card })
          } catch (error) {
            thrown = error
          }
          if (thrown !== null) {
            expect(thrown).toBeInstanceOf(InvalidSignupError)
            const e = thrown as InvalidSignupError
            const serialized = `${e.message}\n${e.stack}\n${JSON.stringify(e)}\n${JSON.stringify(e.issues)}\n${String(e)}`
            assertNoPan(serialized, digits, digits)
            expect(serialized.includes(String(Number(digits)))).toBe(false)
          } else {
            const result = await screener.screen({ card })
            assertNoPan(JSON.stringify(result), digits, digits)
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  test('config errors for a bad test number or BIN table do not echo values', async () => {
    const secret = '4539148803436467'
    const attempts = [
      { testNumbers: [`${secret}x`] },
      { binTable: [{ start: secret }] },
      { binTable: [{ start: '453914', end: secret }] },
      { binTable: [{ start: '453914', country: secret }] },
    ]
    for (const options of attempts) {
      const error = await Promise.resolve()
        .then(() => cardCheck.prepare(options))
        .then(
          () => null,
          (e: unknown) => e as Error,
        )
      expect(isScreenerConfigError(error)).toBe(true)
      expect(`${error!.message}\n${error!.stack}\n${JSON.stringify(error)}`).not.toContain(secret)
    }
  })
})

