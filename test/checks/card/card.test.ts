import { describe, expect, test } from 'vitest'
import { cardCheck, type CardCode } from '../../../src/checks/card/index.js'
import type { Facts } from '../../../src/core/types.js'
import { expectNoSignal, expectSignal, runCheck, sharedScreener } from '../../helpers.js'
import { luhnDigit } from './generated.js'

const EXAMPLE_BINS = 'data/card/bin-example.csv'
const run = (card: object, options: object = {}, facts: { [k: string]: Facts } = {}) =>
  runCheck(cardCheck, { card }, options, { facts })

// A real-looking, Luhn-valid Visa (generated, not a published test number) and a valid expiry.
const GOOD = '4539 1488 0343 6467'
const FUTURE = { expMonth: 8, expYear: 2029 }

describe('number', () => {
  test.each([
    ['letters inside', '4111 1111 1111 111a', 'card.number_not_digits'],
    ['punctuation', '4539.1488.0343.6467', 'card.number_not_digits'],
    ['luhn typo', '4539 1488 0343 6468', 'card.number_luhn_failed'],
    ['transposed digits', '4539 1488 0343 6476', 'card.number_luhn_failed'],
    ['too short for Visa', '4539 1488 0343 64', 'card.number_length_invalid'],
    ['Amex with 16 digits', '3782 822463 100052', 'card.number_length_invalid'],
    ['Mastercard with 19 digits', '5500 0000 0000 0000 004', 'card.number_length_invalid'],
    ['too short for anything', '12345', 'card.number_length_invalid'],
    ['unknown IIN (airline MII 1)', '1234 5678 9012 3452', 'card.brand_unknown'],
    ['unknown IIN (petroleum MII 7)', '7000 1234 5678 9017', 'card.brand_unknown'],
    ['UnionPay Luhn failure', '6212 3456 7890 1235', 'card.unionpay_luhn_failed'],
    ['published test number (Visa)', '4111 1111 1111 1111', 'card.test_number'],
    ['published test number (Stripe)', '4242424242424242', 'card.test_number'],
    ['published test number (JCB)', '3530-1113-3330-0000', 'card.test_number'],
    ['published test number (Amex)', '378282246310005', 'card.test_number'],
    ['legacy 13-digit Visa test number', '4222222222222', 'card.test_number'],
    ['repeated account digits', '4539 1455 5555 5550', 'card.synthetic_number'],
    ['repeating pair', '5412 7512 1212 1213', 'card.synthetic_number'],
    ['running sequence', '4539 1412 3456 7891', 'card.synthetic_number'],
  ])('%s → %s', async (_label, number, code) => {
    const { findings } = await run({ number, ...FUTURE })
    expectSignal(findings, code)
  })

  test.each([
    ['spaces', '4539 1488 0343 6467'],
    ['hyphens', '4539-1488-0343-6467'],
    ['full-width digits and ideographic space (IME)', '４５３９\u3000１４８８\u3000０３４３\u3000６４６７'],
    ['katakana prolonged mark as hyphen', '4539ー1488ー0343ー6467'],
    ['JCB', withLuhn('354159975610394')],
    ['Mastercard 2-series', withLuhn('222100173918264')],
    ['Amex', withLuhn('37451987230561')],
    ['Diners 14', withLuhn('3056937730182')],
    ['UnionPay 19', withLuhn('621483092657130284')],
    ['listed Amex test number', '3714 496353 98431'],
  ])('valid number with %s gives no number signal', async (_label, number) => {
    const { findings, facts } = await run({ number, ...FUTURE })
    const numberCodes = findings.map((f) => f.code).filter((c) => c.startsWith('card.number') || c === 'card.brand_unknown' || c === 'card.synthetic_number' || c === 'card.test_number')
    // Some rows above are deliberately listed numbers; they must be reported as tests, nothing else.
    if (facts.testNumber) expect(numberCodes).toEqual(['card.test_number'])
    else expect(numberCodes).toEqual([])
  })

  test('facts carry brand, masked number and validity, never the number', async () => {
    const { facts } = await run({ number: GOOD, ...FUTURE })
    expect(facts).toMatchObject({ brand: 'visa', brandName: 'Visa', masked: '453914******6467', bin: '453914', last4: '6467', length: 16, luhnValid: true, lengthValid: true, numberStatus: 'valid' })
    expect(JSON.stringify(facts)).not.toContain('4539148803436467')
  })

  test('full-width input is recorded, not flagged', async () => {
    const { findings, facts } = await run({ number: '４５３９１４８８０３４３６４６７', ...FUTURE })
    expect(findings).toEqual([])
    expect(facts.fullWidthInput).toBe(true)
  })

  test('blank number is treated as absent', async () => {
    const { findings, facts } = await run({ number: '   ', ...FUTURE })
    expect(findings).toEqual([])
    expect(facts.numberStatus).toBe('absent')
  })

  test('custom test numbers from options', async () => {
    const { findings } = await run({ number: GOOD, ...FUTURE }, { testNumbers: ['4539-1488-0343-6467'] })
    expect(expectSignal(findings, 'card.test_number').evidence.sources).toEqual(['custom'])
  })
})

describe('BIN and last four from the gateway', () => {
  test.each([
    ['BIN disagrees with the number', { number: GOOD, bin: '411111' }, 'card.bin_mismatch'],
    ['last4 disagrees with the number', { number: GOOD, last4: '1111' }, 'card.bin_mismatch'],
    ['BIN with letters', { bin: '41a111' }, 'card.bin_malformed'],
    ['BIN too long (a whole number in the BIN field)', { bin: '4539148803436467' }, 'card.bin_malformed'],
    ['last4 of 3 digits', { bin: '453914', last4: '467' }, 'card.bin_malformed'],
    ['test card from BIN + last4 only', { bin: '424242', last4: '4242' }, 'card.test_number'],
    ['BIN of no network', { bin: '990000', last4: '1234' }, 'card.brand_unknown'],
  ])('%s → %s', async (_label, card, code) => {
    const { findings } = await run({ ...card, ...FUTURE })
    expectSignal(findings, code)
  })

  test('matching BIN/last4 give no signal and brand comes from the BIN', async () => {
    const both = await run({ number: GOOD, bin: '45391488', last4: '6467', ...FUTURE })
    expect(both.findings).toEqual([])
    const binOnly = await run({ bin: '354159', last4: '3948', ...FUTURE })
    expect(binOnly.findings).toEqual([])
    expect(binOnly.facts).toMatchObject({ source: 'bin', brand: 'jcb', bin: '354159', last4: '3948', masked: null })
  })

  test('a whole number in the BIN field is masked in evidence', async () => {
    const { findings } = await run({ bin: '4539148803436467' })
    expect(expectSignal(findings, 'card.bin_malformed').evidence.masked).toBe('453914******6467')
  })
})

describe('expiry (reference 2026-11)', () => {
  test.each([
    ['month 13', { expMonth: 13, expYear: 2028 }, 'card.expiry_malformed'],
    ['month 0', { expMonth: '0', expYear: '28' }, 'card.expiry_malformed'],
    ['year of 3 digits', { expMonth: 5, expYear: 202 }, 'card.expiry_malformed'],
    ['letters', { expMonth: 'May', expYear: 2028 }, 'card.expiry_malformed'],
    ['only a year', { expYear: 2028 }, 'card.expiry_malformed'],
    ['only a month', { expMonth: 5 }, 'card.expiry_malformed'],
    ['last month', { expMonth: 10, expYear: 2026 }, 'card.expired'],
    ['years ago', { expMonth: '01', expYear: '21' }, 'card.expired'],
    ['combined MM/YY in the past', { expMonth: '09/25' }, 'card.expired'],
    ['11 years ahead', { expMonth: 12, expYear: 2037 }, 'card.expiry_too_far'],
    ['far future four-digit', { expMonth: 1, expYear: 2099 }, 'card.expiry_too_far'],
  ])('%s → %s', async (_label, expiry, code) => {
    const { findings } = await run({ number: GOOD, ...expiry })
    expectSignal(findings, code)
  })

  test.each([
    ['this month (valid through its last day)', { expMonth: 11, expYear: 2026 }],
    ['next month', { expMonth: 12, expYear: 26 }],
    ['5 years (usual Japanese validity)', { expMonth: 11, expYear: 2031 }],
    ['10 years', { expMonth: 11, expYear: 2036 }],
    ['combined MM/YYYY', { expMonth: '04/2029' }],
    ['full-width digits', { expMonth: '０４', expYear: '２９' }],
  ])('%s → no expiry signal', async (_label, expiry) => {
    const { findings, facts } = await run({ number: GOOD, ...expiry })
    expect(findings).toEqual([])
    expect(facts.expiryStatus).toBe('valid')
  })

  test('expiry is judged against submittedAt, not the clock', async () => {
    const { findings } = await runCheck(cardCheck, { card: { number: GOOD, expMonth: 3, expYear: 2020 } }, {}, { now: new Date('2019-06-01T00:00:00Z') })
    expect(findings).toEqual([])
  })
})

describe('gateway results', () => {
  test.each([
    ['cvc', 'N', 'card.cvc_failed'],
    ['cvc', 'fail', 'card.cvc_failed'],
    ['cvc', 'Does Not Match', 'card.cvc_failed'],
    ['avs', 'N', 'card.avs_mismatch'],
    ['avs', 'no_match', 'card.avs_mismatch'],
    ['avs', 'A', 'card.avs_partial_mismatch'],
    ['avs', 'Z', 'card.avs_partial_mismatch'],
    ['threeDSecure', 'N', 'card.three_d_secure_failed'],
    ['threeDSecure', 'R', 'card.three_d_secure_failed'],
    ['threeDSecure', 'authenticate_failed', 'card.three_d_secure_failed'],
    ['threeDSecure', 'not attempted', 'card.three_d_secure_not_attempted'],
    ['threeDSecure', 'lookup_not_enrolled', 'card.three_d_secure_not_attempted'],
    ['threeDSecure', 'Y', 'card.three_d_secure_authenticated'],
    ['threeDSecure', 'authenticate_successful', 'card.three_d_secure_authenticated'],
  ])('%s %s → %s', async (key, value, code) => {
    const { findings } = await run({ number: GOOD, ...FUTURE, gateway: { [key]: value } })
    expectSignal(findings, code)
  })

  test.each([
    ['cvc', 'M', 'pass'],
    ['cvc', 'unavailable', 'unavailable'],
    ['cvc', 'whatever-new', 'unknown'],
    ['avs', 'Y', 'match'],
    ['avs', 'U', 'unavailable'],
    ['avs', 'G', 'unavailable'],
    ['threeDSecure', 'A', 'attempted'],
    ['threeDSecure', 'U', 'unavailable'],
    ['threeDSecure', 'exempted', 'unavailable'],
    ['threeDSecure', 'C', 'pending'],
    ['threeDSecure', '謎の値', 'unknown'],
  ])('%s %s → no signal, recorded as %s', async (key, value, result) => {
    const { findings, facts } = await run({ number: GOOD, ...FUTURE, gateway: { [key]: value } })
    expect(findings).toEqual([])
    expect(facts[key]).toEqual({ value, result })
  })
})

describe('holder name', () => {
  test.each([
    ['empty', '', 'card.holder_name_missing'],
    ['spaces', '   ', 'card.holder_name_missing'],
    ['only digits and symbols', '---', 'card.holder_name_missing'],
    ['kanji', '山田 一郎', 'card.holder_name_not_latin'],
    ['katakana', 'スズキ イチロウ', 'card.holder_name_not_latin'],
    ['Cyrillic', 'ИВАН ИВАНОВ', 'card.holder_name_not_latin'],
    ['digits in the name', 'ICHIRO SUZUKI 2', 'card.holder_name_not_latin'],
    ['TEST', 'TEST', 'card.holder_name_placeholder'],
    ['card holder', 'Card Holder', 'card.holder_name_placeholder'],
    ['CARDHOLDER NAME', 'CARDHOLDER NAME', 'card.holder_name_placeholder'],
    ['Japanese sample name', 'TARO YAMADA', 'card.holder_name_placeholder'],
    ['Japanese sample name in kanji', '山田太郎', 'card.holder_name_placeholder'],
    ['hoge', 'hoge hoge', 'card.holder_name_placeholder'],
    ['repeated letter', 'AAAA', 'card.holder_name_placeholder'],
    ['John Doe', 'john doe', 'card.holder_name_placeholder'],
  ])('%s → %s', async (_label, holderName, code) => {
    const { findings } = await run({ number: GOOD, ...FUTURE, holderName })
    expectSignal(findings, code)
  })

  test.each([
    ['romanized Japanese name', 'ICHIRO SUZUKI'],
    ['lower case', 'ichiro suzuki'],
    ['full-width Latin', 'ＩＣＨＩＲＯ ＳＵＺＵＫＩ'],
    ['accents and apostrophe', "RENÉE O'BRIEN"],
    ['corporate card', 'ACME CO., LTD.'],
    ['corporate card (K.K.)', 'SAKURA TRADING K.K.'],
  ])('%s → no holder signal', async (_label, holderName) => {
    const { findings } = await run({ number: GOOD, ...FUTURE, holderName })
    expect(findings).toEqual([])
  })

  test('absent holder name gives no signal (many gateways do not return it)', async () => {
    const { findings, facts } = await run({ number: GOOD, ...FUTURE })
    expect(findings).toEqual([])
    expect(facts.holderName).toBe('absent')
  })

  test('corporate names are recorded as such, not flagged', async () => {
    const { facts } = await run({ number: GOOD, ...FUTURE, holderName: 'ACME CO., LTD.' })
    expect(facts.holderNameKind).toBe('corporate')
  })

  test('a card number typed into the name field is masked', async () => {
    const { findings } = await run({ number: GOOD, ...FUTURE, holderName: '4539 1488 0343 6467' })
    const f = expectSignal(findings, 'card.holder_name_missing')
    expect(JSON.stringify(f)).not.toContain('0343')
  })
})

describe('BIN table', () => {
  const JP = { address: { country: 'JP' }, network: { ipCountry: 'JP' } }
  test.each([
    ['prepaid', '5300 0017 3958 2061', {}, 'card.prepaid'],
    ['virtual prepaid (8-digit range)', '4901 0050 7395 8206', {}, 'card.virtual'],
    ['foreign card for JP address + JP IP', '5200 0017 3958 2061', JP, 'card.foreign_card_domestic_signup'],
  ])('%s → %s', async (_label, number, facts, code) => {
    const digits = number.replace(/\s/g, '')
    const valid = await run({ number: digits.slice(0, -1) + luhnDigit(digits.slice(0, -1)), ...FUTURE }, { binTable: EXAMPLE_BINS }, facts)
    expectSignal(valid.findings, code)
  })

  test('foreign card is not flagged when the IP is foreign or unknown', async () => {
    const number = withLuhn('520000173958206')
    const foreignIp = await run({ number, ...FUTURE }, { binTable: EXAMPLE_BINS }, { address: { country: 'JP' }, network: { ipCountry: 'US' } })
    expectNoSignal(foreignIp.findings, 'card.foreign_card_domestic_signup')
    const noNetwork = await run({ number, ...FUTURE }, { binTable: EXAMPLE_BINS }, { address: { country: 'JP' } })
    expectNoSignal(noNetwork.findings, 'card.foreign_card_domestic_signup')
    expect(noNetwork.facts.cardCountry).toBe('US')
  })

  test('domestic credit card: facts only', async () => {
    const { findings, facts } = await run({ number: withLuhn('490000173958206'), ...FUTURE }, { binTable: EXAMPLE_BINS }, JP)
    expect(findings).toEqual([])
    expect(facts.binRecord).toMatchObject({ range: '490000-490099', country: 'JP', type: 'credit', prepaid: false })
  })

  test('works from the gateway BIN alone, and rows may be passed in code', async () => {
    const rows = [{ start: '41', end: '41', country: 'US', type: 'PREPAID' }]
    const { findings } = await run({ bin: '411234', last4: '9999' }, { binTable: rows }, JP)
    expectSignal(findings, 'card.prepaid')
    expectSignal(findings, 'card.foreign_card_domestic_signup')
  })

  test('no table: no BIN signals, facts say so', async () => {
    const { facts } = await run({ number: withLuhn('530000173958206'), ...FUTURE })
    expect(facts.binTable).toBe('none')
  })
})

function withLuhn(body: string): string {
  return body + luhnDigit(body)
}

describe('messages', () => {
  test('every code fired by the tables renders in both locales without undefined values', async () => {
    const inputs: object[] = [
      { number: '4111 1111 1111 111a', bin: '41a', last4: '12', expMonth: 13, expYear: 2028, holderName: '' },
      { number: '4539 1488 0343 6468', bin: '411111', last4: '1111', expMonth: 1, expYear: 2020, holderName: '山田 一郎', gateway: { cvc: 'N', avs: 'N', threeDSecure: 'N' } },
      { number: '6212 3456 7890 1235', expMonth: 1, expYear: 2099, holderName: 'TEST', gateway: { avs: 'Z', threeDSecure: 'none' } },
      { number: '1234 5678 9012 3452', gateway: { threeDSecure: 'Y' } },
      { number: '4242424242424242' },
      { number: '3782 822463 100052' },
      { number: '4539 1412 3456 7891' },
      { number: '5300 0017 3958 2061', ...FUTURE },
      { number: '4901 0050 7395 8206', ...FUTURE },
      { number: '5200 0017 3958 2061', ...FUTURE },
    ]
    const seen = new Set<string>()
    for (const card of inputs) {
      const { findings } = await run(card, { binTable: EXAMPLE_BINS }, { address: { country: 'JP' }, network: { ipCountry: 'JP' } })
      for (const f of findings) {
        seen.add(f.code)
        for (const messages of [cardCheck.messages.ja, cardCheck.messages.en]) {
          const text = messages[f.code as CardCode](f.evidence)
          expect(text, f.code).not.toMatch(/undefined|\[object/)
        }
      }
    }
    expect([...seen].sort()).toEqual([...cardCheck.codes].sort())
  })
})

test('an unknown brand is reported once when both a short number and its BIN are given', async () => {
  const outcome = await (await sharedScreener()).screen({ card: { number: '99991234', bin: '999912' } })
  expect(outcome.signals.filter((s) => s.code === 'card.brand_unknown')).toHaveLength(1)
})
