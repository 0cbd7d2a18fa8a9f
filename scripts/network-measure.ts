/**
 * Measures the network check: prepare time and RSS, data size on disk, µs per run on a mixed
 * input set, and the cost of its parts (isbot, the UA reader, ua-parser-js for comparison, range
 * lookups, an operator MMDB if one is in .cache/).
 *
 * Run: node --import tsx scripts/network-measure.ts   (in a fresh process; numbers vary ±30% on a
 * busy 2-core machine: run it twice)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { isbot } from 'isbot'
import { networkCheck } from '../src/checks/network/index.js'
import { parseIp } from '../src/checks/network/ip.js'
import { lookupTable } from '../src/checks/network/ip-table.js'
import { readUserAgent } from '../src/checks/network/ua.js'
import { SignupInputSchema } from '../src/core/schema.js'

const ROOT = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const UAParser = require('ua-parser-js') as (ua: string) => unknown

/**
 * µs per call after warm-up: wall clock and this process's CPU time (user + system). On a shared
 * machine the CPU time is the steadier figure (wall time includes waiting for a core).
 */
function bench(name: string, fn: () => unknown, n: number): number {
  for (let i = 0; i < Math.min(n, 20000); i += 1) fn()
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (let i = 0; i < n; i += 1) fn()
  const used = process.cpuUsage(cpu)
  const us = ((performance.now() - started) * 1000) / n
  const cpuUs = (used.user + used.system) / n
  console.log(`${name.padEnd(44)} ${us.toFixed(3)} µs wall, ${cpuUs.toFixed(3)} µs CPU`)
  return cpuUs
}

const dataDir = join(ROOT, 'data', 'network')
const files = readdirSync(dataDir)
const bytes = files.reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0)
console.log(`data/network: ${(bytes / 1e6).toFixed(2)} MB on disk (${files.join(', ')})`)

global.gc?.()
const rss0 = process.memoryUsage().rss
const heap0 = process.memoryUsage().heapUsed
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const data = await networkCheck.prepare({})
const prepareMs = performance.now() - t0
const prepareCpu = process.cpuUsage(cpu0)
global.gc?.()
console.log(`prepare: ${prepareMs.toFixed(0)} ms wall, ${((prepareCpu.user + prepareCpu.system) / 1000).toFixed(0)} ms CPU, RSS +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(1)} MB, heap +${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(1)} MB`)

const corpus = (file: string): unknown[] =>
  readFileSync(join(ROOT, 'test', 'checks', 'network', 'corpus', file), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown)
const browsers = corpus('browsers.jsonl') as { headers: Record<string, string> }[]
const ips = corpus('ips.jsonl') as { ip: string }[]
const bots = corpus('bots.jsonl') as { ua: string }[]
// A realistic mix: mostly browsers with an address, some bots.
const inputs = browsers.map((b, i) => SignupInputSchema.parse({ ip: ips[i % ips.length]!.ip, headers: b.headers, client: { timezone: 'Asia/Tokyo' } }))
for (let i = 0; i < 100; i += 1) inputs.push(SignupInputSchema.parse({ ip: ips[(i * 7) % ips.length]!.ip, headers: { 'user-agent': bots[(i * 13) % bots.length]!.ua } }))
const context = { now: new Date('2026-11-29T00:00:00Z'), serviceCountry: 'JP', facts: {} }
let k = 0
const runUs = bench('networkCheck.run (mixed corpus)', () => networkCheck.run(inputs[k++ % inputs.length]!, data, context), 200000)
console.log(`-> ${Math.round(1e6 / runUs).toLocaleString('en')} runs/s per core (CPU time)`)

const uas = browsers.map((b) => b.headers['user-agent'] ?? b.headers['User-Agent'] ?? '')
let u = 0
bench('isbot (browser UAs)', () => isbot(uas[u++ % uas.length]!), 200000)
bench('readUserAgent (incl. isbot)', () => readUserAgent(uas[u++ % uas.length]!), 200000)
bench('ua-parser-js 1.0.41 getResult() (comparison)', () => (UAParser(uas[u++ % uas.length]!) as { getResult?: () => unknown }), 20000)
const parsed = ips.map((r) => parseIp(r.ip)!)
const v4 = parsed.filter((p) => p.version === 4)
const v6 = parsed.filter((p) => p.version === 6)
let j = 0
bench('parseIp', () => parseIp(ips[j++ % ips.length]!.ip), 500000)
bench('embedded lookup IPv4', () => lookupTable(data.tables, v4[j++ % v4.length]!), 500000)
bench('embedded lookup IPv6', () => lookupTable(data.tables, v6[j++ % v6.length]!), 500000)

const mmdb = join(ROOT, '.cache', 'npm', 'ip-location-db-geo-whois-asn-country-mmdb-2.3.2026061719', 'package', 'geo-whois-asn-country.mmdb')
if (existsSync(mmdb)) {
  const rss1 = process.memoryUsage().rss
  const t1 = performance.now()
  const withMmdb = await networkCheck.prepare({ countryMmdb: mmdb })
  console.log(`prepare with countryMmdb (${(statSync(mmdb).size / 1e6).toFixed(1)} MB): ${(performance.now() - t1).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss1) / 1e6).toFixed(1)} MB`)
  bench('networkCheck.run with operator country MMDB', () => networkCheck.run(inputs[k++ % inputs.length]!, withMmdb, context), 100000)
}
