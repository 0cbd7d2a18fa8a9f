import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { runCli } from '../helpers.js'

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
