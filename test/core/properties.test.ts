import fc from 'fast-check'
import { expect, test } from 'vitest'
import { isInvalidSignupError } from '../../src/index.js'
import { sharedScreener } from '../helpers.js'

// Every string-valued field of the input, with arbitrary content: screen() must return a result
// (garbage content is a signal, never a crash). Run counts stay small so `npm test` takes seconds;
// FUZZ_RUNS raises them for a long run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u200B', '\uD800', 'ｱｲｳ', '０９０－１２３４－５６７８', '@', '..', '+81'),
)
const signup = fc.record(
  {
    id: text,
    name: fc.record({ family: text, given: text, familyKana: text, givenKana: text, full: text, fullKana: text }, { requiredKeys: [] }),
    organization: fc.record({ name: text, nameKana: text }, { requiredKeys: [] }),
    address: fc.record({ postalCode: text, prefecture: text, city: text, street: text, building: text, full: text, country: text }, { requiredKeys: [] }),
    email: text,
    phone: text,
    card: fc.record(
      { bin: text, last4: text, holderName: text, expMonth: text, expYear: text, gateway: fc.record({ cvc: text, avs: text, threeDSecure: text }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    ),
    ip: text,
    headers: fc.dictionary(fc.string({ minLength: 1, maxLength: 30 }), fc.oneof(text, fc.array(text, { maxLength: 3 })), { maxKeys: 8 }),
    client: fc.record({ timezone: text, language: text, captchaScore: fc.double() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
)

test('screen() never throws on arbitrary strings in any field', async () => {
  const screener = await sharedScreener()
  await fc.assert(
    fc.asyncProperty(signup, async (input) => {
      const outcome = await screener.safeScreen(input)
      if (outcome.success) {
        expect(outcome.result.score).toBeGreaterThanOrEqual(0)
        expect(outcome.result.score).toBeLessThanOrEqual(100)
        expect(Object.values(outcome.result.checks).some((c) => c.status === 'error')).toBe(false)
      } else {
        // Only non-finite captcha scores and header names the schema refuses may fail validation.
        expect(isInvalidSignupError(outcome.error)).toBe(true)
      }
    }),
    { numRuns: RUNS },
  )
})

test('wrong types anywhere give InvalidSignupError, never another exception', async () => {
  const screener = await sharedScreener()
  const anything = fc.anything({ maxDepth: 4 })
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom('name', 'email', 'phone', 'card', 'address', 'headers', 'ip', 'client', 'id'), anything), async (input) => {
      try {
        await screener.screen(input)
      } catch (error) {
        expect(isInvalidSignupError(error)).toBe(true)
      }
    }),
    { numRuns: RUNS },
  )
})
