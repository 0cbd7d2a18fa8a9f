// Measures the built library in a fresh process (no tsx, no test runner): cold start, throughput on
// one core, latency percentiles, and resident memory after start-up and after many screens.
// Usage: node --expose-gc bench/screen-child.mjs <signups.json> <screens>
import { readFileSync } from 'node:fs'

const [file, screensArg] = process.argv.slice(2)
const inputs = JSON.parse(readFileSync(file, 'utf8'))
const screens = Number(screensArg)
const mb = () => +(process.memoryUsage().rss / 2 ** 20).toFixed(1)
// Live JS heap after a full GC: unlike RSS (which keeps freed pages), it shows a leak directly.
const heapMb = () => +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)

const rssBase = mb()
const t0 = performance.now()
const { createScreener } = await import('../dist/index.js')
const screener = await createScreener({ now: () => new Date('2026-11-29T00:00:00Z') })
const coldStartMs = performance.now() - t0
globalThis.gc?.()
const rssAfterStart = mb()

for (let i = 0; i < 20_000; i += 1) screener.screenSync(inputs[i % inputs.length])
globalThis.gc?.()
// After warm-up the JIT has compiled the hot paths and the bounded memos have filled: from here on
// memory must stay flat however many signups are screened.
const rssAfterWarmup = mb()
const heapAfterWarmup = heapMb()

// Latency sample on the first 200k screens (per-call timing); the rest run untimed for throughput.
const sampleSize = Math.min(screens, 200_000)
const latencies = new Float64Array(sampleSize)
for (let i = 0; i < sampleSize; i += 1) {
  const s = performance.now()
  screener.screenSync(inputs[i % inputs.length])
  latencies[i] = performance.now() - s
}
const start = performance.now()
let flagged = 0
for (let i = 0; i < screens; i += 1) {
  const outcome = screener.screenSync(inputs[i % inputs.length])
  if (outcome.success && outcome.result.band !== 'low') flagged += 1
}
const seconds = (performance.now() - start) / 1000
globalThis.gc?.()
const rssAfterRun = mb()
const heapAfterRun = heapMb()
latencies.sort()
const at = (p) => +(latencies[Math.min(sampleSize - 1, Math.floor(p * sampleSize))] * 1000).toFixed(1)

process.stdout.write(
  JSON.stringify({
    checks: screener.enabledChecks,
    coldStartMs: +coldStartMs.toFixed(1),
    rssMb: { base: rssBase, afterStart: rssAfterStart, afterWarmup: rssAfterWarmup, afterRun: rssAfterRun },
    heapMb: { afterWarmup: heapAfterWarmup, afterRun: heapAfterRun },
    screens,
    flaggedShare: +(flagged / screens).toFixed(3),
    screensPerSecond: Math.round(screens / seconds),
    meanUs: +((seconds * 1e6) / screens).toFixed(2),
    latencyUs: { p50: at(0.5), p99: at(0.99), max: +(latencies[sampleSize - 1] * 1000).toFixed(1) },
  }),
)
