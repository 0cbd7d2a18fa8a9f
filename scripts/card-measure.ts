/**
 * Speed and memory of the card check. Run: `node --import tsx scripts/card-measure.ts`.
 * Prints µs per call (after warm-up) for the check's run() on typical inputs, for the libraries'
 * own calls it replaces, prepare() time and the RSS it adds, and the data size on disk.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import cardValidator from 'card-validator'
import creditCardType from 'credit-card-type'
import { cardCheck } from '../src/checks/card/index.js'
import type { CheckContext } from '../src/core/check.js'
import { dataDir } from '../src/core/data-files.js'
import { SignupInputSchema, type ValidSignup } from '../src/core/schema.js'
import { expiryAfter, holderName, rng, validNumber } from '../test/checks/card/generated.js'

const NOW = new Date('2026-11-29T00:00:00Z')
const context: CheckContext = { now: NOW, serviceCountry: 'JP', facts: { address: { country: 'JP' }, network: { ipCountry: 'JP' } } }

function bench(label: string, inputs: readonly unknown[], fn: (input: never) => unknown): number {
  const n = inputs.length
  for (let i = 0; i < 50_000; i += 1) fn(inputs[i % n] as never)
  const rounds = 300_000
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < rounds; i += 1) fn(inputs[i % n] as never)
  const us = Number(process.hrtime.bigint() - t0) / rounds / 1000
  console.log(`${label.padEnd(58)} ${us.toFixed(2)} µs/call`)
  return us
}

async function main(): Promise<void> {
  global.gc?.()
  const rss0 = process.memoryUsage().rss
  const t0 = performance.now()
  const plain = await cardCheck.prepare({})
  const t1 = performance.now()
  const withBins = await cardCheck.prepare({ binTable: join(dataDir(), 'card', 'bin-example.csv') })
  global.gc?.()
  const rss1 = process.memoryUsage().rss
  console.log(`prepare (no BIN table): ${(t1 - t0).toFixed(1)} ms (first call, includes module JIT); RSS added by both prepares: ${((rss1 - rss0) / 1e6).toFixed(1)} MB`)

  const r = rng(7)
  const full: ValidSignup[] = []
  const gatewayOnly: ValidSignup[] = []
  const numbers: string[] = []
  for (let i = 0; i < 1000; i += 1) {
    const { digits } = validNumber(r)
    numbers.push(digits.replace(/(\d{4})/g, '$1 ').trim())
    const exp = expiryAfter(NOW, 1 + Math.floor(r() * 59))
    full.push(SignupInputSchema.parse({ card: { number: numbers[i], ...exp, holderName: holderName(r), gateway: { cvc: 'M', avs: 'U', threeDSecure: 'Y' } } }))
    gatewayOnly.push(SignupInputSchema.parse({ card: { bin: digits.slice(0, 6), last4: digits.slice(-4), ...exp, gateway: { cvc: 'pass', threeDSecure: 'authenticated' } } }))
  }
  bench('card run(): full number + expiry + name + gateway', full, (input: ValidSignup) => cardCheck.run(input, plain, context))
  bench('card run(): same, with the example BIN table', full, (input: ValidSignup) => cardCheck.run(input, withBins, context))
  bench('card run(): BIN + last4 + expiry + gateway (no number)', gatewayOnly, (input: ValidSignup) => cardCheck.run(input, plain, context))
  bench('for comparison: card-validator number() alone', numbers, (n: string) => cardValidator.number(n))
  bench('for comparison: credit-card-type() alone', numbers, (n: string) => creditCardType(n.replace(/ /g, '')))

  let bytes = 0
  for (const file of ['test-pans.json', 'sources.json', 'bin-example.csv']) bytes += statSync(join(dataDir(), 'card', file)).size
  console.log(`data/card on disk: ${(bytes / 1024).toFixed(1)} kB`)
}

await main()
