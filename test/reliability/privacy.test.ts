import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { maskPanRuns } from '../../src/core/privacy.js'
import { runCli, sharedScreener } from '../helpers.js'

/** A Luhn-valid PAN of 12–19 digits (valid ones are what a real leak would expose). */
const pan = fc
  .tuple(fc.integer({ min: 11, max: 18 }), fc.infiniteStream(fc.integer({ min: 0, max: 9 })))
  .map(([length, digits]) => {
    const body = [...digits.take(length)].join('').replace(/^0/, '4')
    let sum = 0
    for (let i = 0; i < body.length; i += 1) {
      let d = Number(body[body.length - 1 - i])
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
      sum += d
    }
    return body + String((10 - (sum % 10)) % 10)
  })

/** Where a PAN may end up in an input line: the right field, wrong fields, wrong types, broken JSON. */
const placements: ((p: string) => string)[] = [
  (p) => JSON.stringify({ card: { number: p, expMonth: 1, expYear: 2030 } }),
  (p) => JSON.stringify({ card: { number: `${p.slice(0, 4)} ${p.slice(4, 8)} ${p.slice(8)}` } }),
  (p) => JSON.stringify({ card: { holderName: p } }),
  (p) => JSON.stringify({ card: { bin: p, last4: p } }),
  (p) => JSON.stringify({ card: { gateway: { cvc: p, avs: p, threeDSecure: p } } }),
  (p) => JSON.stringify({ card: { number: Number(p) } }), // wrong type: a JS number
  (p) => JSON.stringify({ card: { number: p.repeat(5) } }), // over the size limit
  (p) => `{"card":{"number":"${p}"`, // truncated JSON
  (p) => JSON.stringify({ card: { number: p }, email: 42 }), // invalid input elsewhere
  // Outside the card: every field a person could paste a card number into.
  (p) => JSON.stringify({ id: p, email: `${p}@gmail.com`, phone: p, ip: p }),
  (p) => JSON.stringify({ name: { family: p, given: p, familyKana: p, givenKana: p, full: p, fullKana: p }, organization: { name: p, nameKana: p } }),
  (p) => JSON.stringify({ address: { postalCode: p, prefecture: p, city: p, street: `渋谷${p}`, building: p, full: p, country: p } }),
  (p) => JSON.stringify({ headers: { 'user-agent': `Mozilla/5.0 ${p}`, [p]: 'x', 'x-forwarded-for': p }, client: { timezone: p, language: p } }),
  (p) => JSON.stringify({ email: `${p.slice(0, 4)}-${p.slice(4, 8)}-${p.slice(8)}@example.co.jp` }),
  (p) => JSON.stringify({ name: { family: p.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) } }), // full-width digits
  (p) => JSON.stringify({ id: p, headers: { [p]: 5 } }), // invalid: the error path names the header
]

test('no full card number in CLI output (score --full, explain), for any placement', async () => {
  const pans = fc.sample(pan, 60)
  const dir = mkdtempSync(join(tmpdir(), 'privacy-'))
  const file = join(dir, 'in.jsonl')
  const lines = pans.flatMap((p) => placements.map((place) => place(p)))
  writeFileSync(file, `${lines.join('\n')}\n`)
  const scored = await runCli('score', '--full', '--workers', '1', file)
  expect(scored.out.trim().split('\n')).toHaveLength(lines.length)
  const explained = await runCli('explain', '--json', '--line', '1', file)
  const text = await runCli('explain', '--lang', 'en', '--line', '2', file)
  for (const p of pans) {
    for (const output of [scored.out, scored.err, explained.out, explained.err, text.out, text.err]) expect(output).not.toContain(p)
  }
})

test('no full card number in a library result or error, in any field', async () => {
  const screener = await sharedScreener()
  for (const p of fc.sample(pan, 40)) {
    for (const place of placements) {
      let input: unknown
      try {
        input = JSON.parse(place(p))
      } catch {
        continue
      }
      const outcome = await screener.safeScreen(input)
      const text = outcome.success ? JSON.stringify(outcome.result) : `${outcome.error.message}${JSON.stringify(outcome.error.issues)}${outcome.error.stack}`
      expect(text).not.toContain(p)
    }
  }
})

describe('maskPanRuns', () => {
  test.each([
    ['4111111111111111', '************1111'],
    ['card 4111 1111 1111 1111 ok', 'card **** **** **** 1111 ok'],
    ['4111-1111-1111-1111', '****-****-****-1111'],
    ['０９０１２３４５６７８', '０９０１２３４５６７８'], // 11 digits: a phone number, left alone
    ['090-1234-5678', '090-1234-5678'],
    ['4111111111111112', '4111111111111112'], // fails Luhn: not a PAN
    ['12345678901234567890123', '*******************0123'], // longer than a PAN: may contain one
    ['taro 2026-11-29 12:00', 'taro 2026-11-29 12:00'],
  ])('%j → %j', (input, masked) => {
    expect(maskPanRuns(input)).toBe(masked)
  })

  test('never throws, keeps the length, and leaves strings with few digits untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const masked = maskPanRuns(text)
        expect(masked.length).toBe(text.length)
        if ((text.match(/[0-9０-９]/g) ?? []).length < 12) expect(masked).toBe(text)
      }),
    )
  })
})
