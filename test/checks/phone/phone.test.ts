import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { phoneCheck } from '../../../src/checks/phone/index.js'
import { PHONE_CODES } from '../../../src/checks/phone/codes.js'
import { en } from '../../../src/checks/phone/locales/en.js'
import { ja } from '../../../src/checks/phone/locales/ja.js'
import { PHONE_WEIGHTS } from '../../../src/checks/phone/weights.js'
import type { Finding } from '../../../src/core/types.js'
import { expectNoSignal, expectSignal, runCheck } from '../../helpers.js'

const run = (phone: string, extra: object = {}, options: object = {}, serviceCountry = 'JP') =>
  runCheck(phoneCheck, { phone, ...extra }, options, { serviceCountry })
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code)

/** Ordinary numbers of real shapes: no signal at all. */
const CLEAN = [
  ['03-3581-4321', 'Tokyo fixed line'],
  ['0466-22-1234', 'Fujisawa fixed line'],
  ['06-6941-0351', 'Osaka fixed line'],
  ['090-3947-2816', 'mobile'],
  ['080-5521-7790', 'mobile'],
  ['070-2284-6153', 'mobile'],
  ['０９０－３９４７－２８１６', 'full-width with full-width hyphen-minus'],
  ['０９０ー３９４７ー２８１６', 'full-width with katakana long vowel mark'],
  ['090‐3947‐2816', 'U+2010 hyphen'],
  ['090―3947―2816', 'U+2015 horizontal bar'],
  ['(03) 3581-4321', 'parentheses and space'],
  ['+81 3 3581 4321', '+81'],
  ['+81-90-3947-2816', '+81 mobile'],
  ['81-90-3947-2816', '81 without plus'],
  ['819039472816', '81 without plus, digits only'],
  ['+81 (0)3-3581-4321', '+81 with the trunk 0 in parentheses'],
  ['0081-3-3581-4321', '0081 international prefix form'],
  ['tel:+81-3-3581-4321', 'RFC 3966 URI'],
  ['TEL: 03-3581-4321', 'label'],
  ['電話：03-3581-4321', 'Japanese label'],
  ['03-3581-4321 内線 215', 'extension (内線)'],
  ['03-3581-4321 ext. 215', 'extension (ext.)'],
  ['09039472816', 'digits only'],
] as const

describe('clean numbers', () => {
  test.each(CLEAN)('%j (%s) raises no signal', async (phone) => {
    const { findings, facts } = await run(phone)
    expect(codes(findings)).toEqual([])
    expect(facts.valid).toBe(true)
    expect(facts.country).toBe('JP')
  })

  test('facts carry E.164, type, country and extension', async () => {
    const { facts } = await run('03-3581-4321 内線 215')
    expect(facts).toMatchObject({ e164: '+81335814321', type: 'FIXED_LINE', country: 'JP', callingCode: '81', extension: '215' })
  })
})

describe('phone.unparseable', () => {
  test.each([
    ['aaaa'],
    [''],
    ['-'],
    ['なし'],
    ['ありません'],
    ['tel:'],
    ['   '],
  ])('%j', async (phone) => {
    const { findings, facts } = await run(phone)
    expectSignal(findings, 'phone.unparseable')
    expect(facts).toMatchObject({ valid: false, e164: null, country: null, type: null, area: null })
  })

  test('the echoed value is cut to 40 characters', async () => {
    const { findings } = await run('x'.repeat(200))
    expect(String(expectSignal(findings, 'phone.unparseable').evidence.value).length).toBeLessThanOrEqual(41)
  })
})

describe('phone.invalid_length', () => {
  test.each([
    ['090', 'TOO_SHORT'],
    ['03-1234', 'TOO_SHORT'],
    ['090-3947-28', 'TOO_SHORT'],
    ['090-3947-28161', 'TOO_LONG'],
    ['0903947281612345', 'TOO_LONG'],
  ])('%j (%s)', async (phone, reason) => {
    const { findings } = await run(phone)
    expect(expectSignal(findings, 'phone.invalid_length').evidence.reason).toBe(reason)
    expectNoSignal(findings, 'phone.unassigned_number')
  })
})

describe('phone.unassigned_number', () => {
  test.each([
    ['011-123-4567', '011 Sapporo has no 1xx-xxxx local numbers'],
    ['010-3947-2816', '010 is the international call prefix, not a number'],
    ['0910-123-457', 'no 0910 range'],
    ['0180-123-457', '0180 telephone voting numbers are not allocated in this form'],
    ['03-0394-7281', 'Tokyo local numbers do not start with 0'],
  ])('%j (%s)', async (phone) => {
    const { findings, facts } = await run(phone)
    expectSignal(findings, 'phone.unassigned_number')
    expect(facts.valid).toBe(false)
    expect(facts.e164).toBeNull()
  })
})

describe('phone.placeholder_number', () => {
  test.each([
    ['090-1234-5678', 'sequential'],
    ['080-1234-5678', 'sequential'],
    ['03-1234-5678', 'sequential'],
    ['06-1234-5678', 'sequential'],
    ['0120-123-456', 'sequential'],
    ['090-9876-5432', 'sequential'],
    ['000-0000-0000', 'same_digit'],
    ['090-0000-0000', 'same_digit'],
    ['090-1111-1111', 'same_digit'],
    ['03-0000-0000', 'same_digit'],
    ['０９０－１２３４－５６７８', 'sequential'],
    ['+81 90 1234 5678', 'sequential'],
    ['81-90-1234-5678', 'sequential'],
    ['090-1111-2222', 'listed'],
    ['03-1111-2222', 'listed'],
    ['+1 212 555 0123', 'fictional_range'],
  ])('%j (%s)', async (phone, pattern) => {
    const { findings } = await run(phone)
    expect(expectSignal(findings, 'phone.placeholder_number').evidence.pattern).toBe(pattern)
    expectNoSignal(findings, 'phone.patterned_number')
  })

  test('users can add their own placeholder numbers (e.g. their support line)', async () => {
    const { findings } = await run('03-3581-4321', {}, { placeholderNumbers: ['+81 3-3581-4321'] })
    expect(expectSignal(findings, 'phone.placeholder_number').evidence.pattern).toBe('listed')
  })

  test('an unreadable custom placeholder is a configuration error', async () => {
    await expect(phoneCheck.prepare({ placeholderNumbers: ['abc'] })).rejects.toMatchObject({ code: 'invalid_config' })
  })
})

describe('phone.patterned_number', () => {
  test.each([
    ['090-1212-1212', 'few_digits'],
    ['090-3939-3939', 'few_digits'],
    ['080-5678-5678', 'repeated_block'],
    ['0466-12-3456', 'sequential_tail'],
    ['090-3965-4321', 'sequential_tail'],
  ])('%j (%s)', async (phone, pattern) => {
    const { findings } = await run(phone)
    expect(expectSignal(findings, 'phone.patterned_number').evidence.pattern).toBe(pattern)
  })
})

describe('phone.foreign_number', () => {
  test.each([
    ['+1 650-253-0000', 'US'],
    ['+44 20 7946 0018', 'GB'],
    ['+86 10 6552 9988', 'CN'],
    ['+82 2-312-3456', 'KR'],
    ['010-1-650-253-0000', 'US'], // dialled from Japan with the 010 international prefix
  ])('%j (%s)', async (phone, country) => {
    const { findings, facts } = await run(phone)
    expect(expectSignal(findings, 'phone.foreign_number').evidence).toMatchObject({ country, serviceCountry: 'JP' })
    expect(facts.country).toBe(country)
  })

  test('a Japanese number is foreign for a US service', async () => {
    const { findings } = await run('+81 3-3581-4321', {}, {}, 'US')
    expectSignal(findings, 'phone.foreign_number')
  })

  test('domesticCountries widens what counts as home', async () => {
    const { findings } = await run('+82 2-312-3456', {}, { domesticCountries: ['JP', 'KR'] })
    expectNoSignal(findings, 'phone.foreign_number')
  })
})

describe('number types', () => {
  test.each([
    ['050-3947-2816', 'phone.voip', 'VOIP'],
    ['050-5830-2919', 'phone.voip', 'VOIP'],
    ['020-4947-2816', 'phone.pager_m2m', 'PAGER'],
    ['0990-502-981', 'phone.premium_rate', 'PREMIUM_RATE'],
    ['0120-444-981', 'phone.toll_free', 'TOLL_FREE'],
    ['0800-100-8102', 'phone.toll_free', 'TOLL_FREE'],
    ['0570-064-119', 'phone.uan', 'UAN'],
    ['060-039-4728', 'phone.uncommon_type', 'PERSONAL_NUMBER'],
  ])('%j → %s', async (phone, code, type) => {
    const { findings, facts } = await run(phone)
    expect(expectSignal(findings, code).evidence.type).toBe(type)
    expect(facts.type).toBe(type)
  })

  test.each([['0120-444-981'], ['0570-064-119']])('%j is normal for an organization', async (phone) => {
    const { findings } = await run(phone, { organization: { name: '株式会社サンプル' } })
    expect(codes(findings)).toEqual([])
  })

  test('organizations can be flagged too when configured', async () => {
    const { findings } = await run('0120-444-981', { organization: { name: '株式会社サンプル' } }, { allowBusinessNumbersForOrganizations: false })
    expectSignal(findings, 'phone.toll_free')
  })

  test.each([['090-3947-2816', 'MOBILE'], ['03-3581-4321', 'FIXED_LINE']])('%j is %s with no type signal', async (phone, type) => {
    const { findings, facts } = await run(phone)
    expect(codes(findings)).toEqual([])
    expect(facts.type).toBe(type)
  })
})

describe('area fact (cross-check contract)', () => {
  test.each([
    ['03-3581-4321', '東京', ['13']],
    ['0466-22-1234', '藤沢', ['14']],
    ['06-6941-0351', '大阪', ['27']],
    ['011-231-4111', '札幌', ['01']],
    ['098-866-2333', '那覇', ['47']],
    ['+81 45-210-1111', '横浜', ['14']],
  ])('%j → %s %j', async (phone, name, prefectureCodes) => {
    const { facts } = await run(phone)
    expect(facts.area).toMatchObject({ name, prefectureCodes })
  })

  test.each([['090-3947-2816'], ['050-3947-2816'], ['0120-444-981'], ['+1 650-253-0000'], ['011-123-4567']])('%j has no area', async (phone) => {
    const { facts } = await run(phone)
    expect(facts.area).toBeNull()
  })
})

describe('never throws', () => {
  test('on arbitrary strings', async () => {
    await run('')
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 64, unit: 'grapheme' }), async (phone) => {
        const { findings, facts } = await run(phone)
        expect(Array.isArray(findings)).toBe(true)
        expect(typeof facts.valid).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  })

  test('on digit-heavy strings', async () => {
    const digitish = fc.string({ maxLength: 24, unit: fc.constantFrom(...'0123456789+-()ー－ ０１２３８９x#内線tel:;,/'.split('')) })
    await fc.assert(
      fc.asyncProperty(digitish, async (phone) => {
        const { findings } = await run(phone)
        for (const f of findings) expect(PHONE_CODES).toContain(f.code)
      }),
      { numRuns: 500 },
    )
  })
})

describe('codes, weights and messages', () => {
  test.each(PHONE_CODES.map((c) => [c]))('%s has a weight with a rationale and both messages', (code) => {
    expect(PHONE_WEIGHTS[code].rationale.length).toBeGreaterThan(20)
    const evidence = { value: '050-3947-2816', reason: 'TOO_SHORT', pattern: 'sequential', type: 'VOIP', country: 'US', callingCode: '1', serviceCountry: 'JP' }
    expect(ja[code](evidence)).not.toMatch(/undefined/)
    expect(en[code](evidence)).not.toMatch(/undefined/)
  })
})
