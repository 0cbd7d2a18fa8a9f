/**
 * The building blocks: brand lookup equals credit-card-type, Luhn equals card-validator, each
 * gateway and placeholder table entry, BIN table parsing, normalizers and "never throws".
 */
import { readFileSync } from 'node:fs'
import cardValidator from 'card-validator'
import creditCardType from 'credit-card-type'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compileBinTable, loadBinTable, lookupBin, parseBinCsv } from '../../../src/checks/card/bin-table.js'
import { parseExpiry } from '../../../src/checks/card/expiry.js'
import { avsResult, cvcResult, GATEWAY_TABLES, gatewayKey, threeDSResult } from '../../../src/checks/card/gateway.js'
import { analyzeHolderName, HOLDER_PLACEHOLDERS } from '../../../src/checks/card/holder.js'
import { CARD_PACKAGES, cardCheck } from '../../../src/checks/card/index.js'
import { compileBrandTable, lookupBrand, luhnValid, maskDigits, normalizeNumber, redactNumbers } from '../../../src/checks/card/pan.js'
import { syntheticPattern } from '../../../src/checks/card/synthetic.js'
import { isScreenerConfigError } from '../../../src/errors/index.js'
import { runCheck } from '../../helpers.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const table = compileBrandTable()

/** Boundaries of every credit-card-type pattern, so the property explores range edges. */
const edges: string[] = []
for (const type of Object.values(creditCardType.types)) {
  for (const p of creditCardType.getTypeInfo(type).patterns) {
    const lo = Array.isArray(p) ? p[0]! : p
    const hi = Array.isArray(p) ? p[1]! : p
    for (const v of [lo, hi, lo - 1, hi + 1]) if (v >= 0) edges.push(String(v))
  }
}
const digitString = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''))
const cardLike = fc.oneof(
  digitString(1, 19),
  fc.tuple(fc.constantFrom(...edges), digitString(0, 13)).map(([head, tail]) => head + tail),
)

describe('brand lookup and Luhn come from credit-card-type and card-validator', () => {
  test('installed versions are the ones recorded in dataVersion', () => {
    for (const [name, version] of Object.entries(CARD_PACKAGES)) {
      const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }
      expect(manifest.version).toBe(version)
    }
  })

  test('compiled lookup gives credit-card-type’s answer for any digit string', () => {
    fc.assert(
      fc.property(cardLike, (digits) => {
        const theirs = creditCardType(digits)
        const expected = theirs.length === 1 ? theirs[0]!.type : null
        expect(lookupBrand(digits, table)?.type ?? null).toBe(expected)
      }),
      { numRuns: RUNS * 10 },
    )
  })

  test('brand, length and Luhn verdict equal card-validator.number for full numbers', () => {
    fc.assert(
      fc.property(cardLike.filter((d) => d.length >= 12), (digits) => {
        const theirs = cardValidator.number(digits, { luhnValidateUnionPay: true })
        const brand = lookupBrand(digits, table)
        const ours = brand !== null && brand.lengths.includes(digits.length) && luhnValid(digits)
        expect(ours).toBe(theirs.isValid)
        expect(brand?.type ?? null).toBe(theirs.card?.type ?? null)
      }),
      { numRuns: RUNS * 10 },
    )
  })
})

describe('normalizers', () => {
  test('normalizeNumber is idempotent on its digits and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64, unit: 'binary' }), (raw) => {
        const once = normalizeNumber(raw)
        const twice = normalizeNumber(once.digits)
        expect(twice.digits).toBe(once.digits)
        expect(twice.digitsOnly).toBe(true)
        expect(once.digitCount).toBe(once.digits.length)
      }),
      { numRuns: RUNS },
    )
  })

  test('maskDigits never shows the whole string; 15+ digits show first 6 and last 4, 12-14 the last 4', () => {
    expect(maskDigits('4111111111111111')).toBe('411111******1111')
    expect(maskDigits('378282246310005')).toBe('378282*****0005')
    expect(maskDigits('123456789012')).toBe('********9012')
    expect(maskDigits('12345678')).toBe('******78')
    fc.assert(
      fc.property(digitString(1, 64), (d) => {
        const m = maskDigits(d)
        expect(m.length).toBe(d.length)
        expect(m.includes('*')).toBe(true)
        // A PAN-length number keeps at least five digits hidden (first six + last four hid only two).
        if (d.length >= 12) expect([...m].filter((c) => c === '*').length).toBeGreaterThanOrEqual(5)
      }),
    )
  })

  test('redactNumbers hides digit-heavy text and keeps ordinary text', () => {
    expect(redactNumbers('ICHIRO SUZUKI')).toBe('ICHIRO SUZUKI')
    expect(redactNumbers('M')).toBe('M')
    expect(redactNumbers('4111-1111-1111-1111')).toBe('****-****-****-****')
    expect(redactNumbers('4111x11111111111')).not.toMatch(/\d/)
  })

  test('gatewayKey joins words and keeps single letters as codes', () => {
    expect(gatewayKey(' Not Checked ')).toBe('not_checked')
    expect(gatewayKey('not-checked')).toBe('not_checked')
    expect(gatewayKey('y')).toBe('Y')
    expect(gatewayKey(gatewayKey('Does Not Match'))).toBe('does_not_match')
  })

  test.each([
    [12, 2028, { ok: true, year: 2028, month: 12 }],
    ['5', '29', { ok: true, year: 2029, month: 5 }],
    ['05/29', undefined, { ok: true, year: 2029, month: 5 }],
    ['05／２０２９', undefined, { ok: true, year: 2029, month: 5 }],
    [5.5, 2029, { ok: false, fault: 'month_not_a_number' }],
    [5, 1899, { ok: false, fault: 'year_out_of_range' }],
    [undefined, undefined, null],
  ] as const)('parseExpiry(%s, %s)', (m, y, expected) => {
    expect(parseExpiry(m, y)).toEqual(expected)
  })

  test('syntheticPattern', () => {
    expect(syntheticPattern('4000000000000002')).toBe('repeated_digit')
    expect(syntheticPattern('4242424242424242')).toBe('repeating_pair')
    expect(syntheticPattern('4539141234567891')).toBe('sequence')
    expect(syntheticPattern('4539149876543210')).toBe('sequence')
    expect(syntheticPattern('4539148803436467')).toBeNull()
  })
})

describe('gateway tables: every entry', () => {
  const tables = [
    ['cvc', GATEWAY_TABLES.cvc, cvcResult],
    ['avs', GATEWAY_TABLES.avs, avsResult],
    ['threeDSecure', GATEWAY_TABLES.threeDSecure, threeDSResult],
  ] as const
  for (const [name, entries, fn] of tables) {
    test.each(Object.entries(entries))(`${name} %s → %s`, (key, expected) => {
      expect((fn as (s: string) => string)(key)).toBe(expected)
      // Case and separators do not matter for words.
      if (key.length > 1) expect((fn as (s: string) => string)(` ${key.toUpperCase().replace(/_/g, ' ')} `)).toBe(expected)
    })
  }
  test('lower-case single letters are codes too', () => {
    expect(avsResult('n')).toBe('mismatch')
    expect(threeDSResult('y')).toBe('authenticated')
  })
})

describe('holder placeholders: every entry', () => {
  test.each(HOLDER_PLACEHOLDERS.map((p) => [p]))('%s', (p) => {
    expect(analyzeHolderName(p).status).toBe('placeholder')
  })
})

describe('BIN table', () => {
  test('the example CSV loads and is looked up by the longest prefix', async () => {
    const t = await loadBinTable('data/card/bin-example.csv')
    expect(t.size).toBe(7)
    expect(lookupBin('4901005012345678', t)).toMatchObject({ range: '49010000-49010099', prepaid: true, virtual: true })
    expect(lookupBin('4900995012345678', t)).toMatchObject({ range: '490000-490099', country: 'JP' })
    expect(lookupBin('4902000012345678', t)).toMatchObject({ range: '49020000', type: 'debit' })
    expect(lookupBin('4901015012345678', t)).toBeNull()
    expect(lookupBin('49', t)).toBeNull()
  })

  test('binlist/data ranges.csv header loads as is', async () => {
    const csv = [
      'iin_start,iin_end,number_length,scheme,brand,type,prepaid,country,bank_name,bank_logo,bank_url,bank_phone,bank_city',
      '371241,371242,,AMEX,,CREDIT,,US,AMERICAN EXPRESS,,www.americanexpress.com,8005284800,',
      '356999,,,JCB,,DEBIT,true,JP,EXAMPLE,,,,',
    ].join('\n')
    const t = compileBinTable(await parseBinCsv(csv))
    expect(lookupBin('371242000000000', t)).toMatchObject({ country: 'US', type: 'credit', prepaid: null, issuer: 'AMERICAN EXPRESS' })
    expect(lookupBin('3569990000000000', t)).toMatchObject({ country: 'JP', type: 'debit', prepaid: true })
  })

  test.each([
    ['start with letters', [{ start: '41a' }]],
    ['start of 9 digits (part of a PAN)', [{ start: '411111111' }]],
    ['end shorter than start', [{ start: '411111', end: '4112' }]],
    ['end before start', [{ start: '411119', end: '411111' }]],
    ['bad country', [{ start: '411111', country: 'Japan' }]],
    ['bad flag', [{ start: '411111', prepaid: 'maybe' as unknown as boolean }]],
    ['overlap', [{ start: '411111', end: '411119' }, { start: '411115' }]],
  ])('rejects %s with a ScreenerConfigError', (_label, rows) => {
    expect(() => compileBinTable(rows)).toThrow()
    try {
      compileBinTable(rows)
    } catch (error) {
      expect(isScreenerConfigError(error)).toBe(true)
    }
  })

  test('a missing file, a CSV without a start column and broken CSV are config errors', async () => {
    await expect(loadBinTable('/nonexistent/bins.csv')).rejects.toThrow(/cannot read/)
    await expect(parseBinCsv('country,type\nJP,credit\n')).rejects.toThrow(/iin_start/)
    await expect(parseBinCsv('iin_start,country\n"4111111111111111,JP\n')).rejects.toSatisfy(
      (e: Error) => isScreenerConfigError(e) && !e.message.includes('4111111111111111'),
    )
  })
})

describe('run never throws', () => {
  const text = fc.oneof(fc.string({ maxLength: 64, unit: 'binary' }), fc.string({ maxLength: 16, unit: 'grapheme' }), digitString(0, 20))
  test('on arbitrary strings and numbers in every card field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            number: text,
            bin: text.map((s) => s.slice(0, 32)),
            last4: text.map((s) => s.slice(0, 16)),
            expMonth: fc.oneof(text.map((s) => s.slice(0, 16)), fc.double({ noNaN: true, noDefaultInfinity: true })),
            expYear: fc.oneof(text.map((s) => s.slice(0, 16)), fc.integer()),
            holderName: text,
            gateway: fc.record({ cvc: text, avs: text, threeDSecure: text }, { requiredKeys: [] }),
          },
          { requiredKeys: [] },
        ),
        async (card) => {
          const out = await runCheck(cardCheck, { card }, { binTable: 'data/card/bin-example.csv' }, { facts: { address: { country: 'JP' }, network: { ipCountry: 'JP' } } })
          expect(Array.isArray(out.findings)).toBe(true)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
