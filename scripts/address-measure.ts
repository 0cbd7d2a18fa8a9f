/**
 * Measures the address check: data size on disk, `prepare` time and the RSS it adds, and µs per
 * `run` over the golden corpus after warm-up.
 *
 *   node --expose-gc --import tsx scripts/address-measure.ts
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { addressCheck } from '../src/checks/address/index.js'
import { dataDir } from '../src/core/data-files.js'
import { SignupInputSchema } from '../src/core/schema.js'

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

const file = join(dataDir(), 'address', 'postal-index.bin.gz')
console.log(`data/address/postal-index.bin.gz: ${statSync(file).size} bytes (${mb(statSync(file).size)} MiB)`)

// Inputs first, so that their memory is not counted as the check's.
const corpus = readFileSync(join(import.meta.dirname, '..', 'test', 'checks', 'address', 'golden.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => SignupInputSchema.parse({ address: (JSON.parse(l) as { address: object }).address }))

gc()
const before = process.memoryUsage()
const started = performance.now()
const cpu0 = process.cpuUsage()
const data = await addressCheck.prepare({})
const prepareMs = performance.now() - started
const prepareCpu = process.cpuUsage(cpu0)
gc()
const after = process.memoryUsage()
console.log(`prepare: ${prepareMs.toFixed(1)} ms wall, ${((prepareCpu.user + prepareCpu.system) / 1000).toFixed(1)} ms CPU; RSS +${mb(after.rss - before.rss)} MiB; heap +${mb(after.heapUsed - before.heapUsed)} MiB; external+arrayBuffers +${mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers)} MiB`)

const context = { now: new Date(), serviceCountry: 'JP', facts: {} }
for (let round = 0; round < 3; round += 1) for (const input of corpus) addressCheck.run(input, data, context)
const rounds = 5
const t0 = performance.now()
const cpu1 = process.cpuUsage()
for (let round = 0; round < rounds; round += 1) for (const input of corpus) addressCheck.run(input, data, context)
const runCpu = process.cpuUsage(cpu1)
const perCall = ((performance.now() - t0) * 1000) / (rounds * corpus.length)
const perCallCpu = (runCpu.user + runCpu.system) / (rounds * corpus.length)
console.log(`run: ${perCall.toFixed(1)} µs wall, ${perCallCpu.toFixed(1)} µs CPU per address (mean over ${corpus.length} golden rows × ${rounds})`)
const lookups = ['1000013', '1008979', '4980000', '6048571', '9999999']
const t1 = performance.now()
for (let i = 0; i < 200_000; i += 1) data.index.recordsOf(lookups[i % lookups.length]!)
console.log(`postal lookup: ${(((performance.now() - t1) * 1000) / 200_000).toFixed(2)} µs`)
gc()
console.log(`RSS total after runs: ${mb(process.memoryUsage().rss)} MiB`)
