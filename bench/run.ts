/**
 * `npm run bench`: screening throughput and latency on the bundled examples, after start-up.
 * Prints a table and writes bench/results/latest.json for tracking.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createScreener } from '../src/index.js'

const ROOT = join(import.meta.dirname, '..')
const inputs = readFileSync(join(ROOT, 'examples', 'signups.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>)

const rssBefore = process.memoryUsage().rss
const t0 = performance.now()
const screener = await createScreener({ now: () => new Date('2026-11-29T00:00:00Z') })
const coldStartMs = performance.now() - t0
const rssAfterStart = process.memoryUsage().rss

// Warm-up: let the JIT settle before measuring.
for (let i = 0; i < 20_000; i += 1) screener.screenSync(inputs[i % inputs.length])

const N = Number(process.env.BENCH_N ?? 200_000)
const latencies = new Float64Array(N)
const start = performance.now()
for (let i = 0; i < N; i += 1) {
  const s = performance.now()
  screener.screenSync(inputs[i % inputs.length])
  latencies[i] = performance.now() - s
}
const totalMs = performance.now() - start
latencies.sort()
const pct = (p: number) => latencies[Math.min(N - 1, Math.floor(p * N))]! * 1000
const rssAfterRun = process.memoryUsage().rss

const results = {
  date: new Date().toISOString(),
  node: process.version,
  checks: screener.enabledChecks,
  inputs: inputs.length,
  screens: N,
  screensPerSecond: Math.round(N / (totalMs / 1000)),
  latencyUs: { p50: +pct(0.5).toFixed(1), p99: +pct(0.99).toFixed(1), max: +(latencies[N - 1]! * 1000).toFixed(1) },
  coldStartMs: +coldStartMs.toFixed(1),
  rssMb: {
    beforeStart: +(rssBefore / 2 ** 20).toFixed(1),
    afterStart: +(rssAfterStart / 2 ** 20).toFixed(1),
    afterRun: +(rssAfterRun / 2 ** 20).toFixed(1),
  },
}

console.log(`signup-screen bench (${results.node}, checks: ${results.checks.join(', ')})`)
console.table({
  'screens/s (1 core)': results.screensPerSecond,
  'p50 latency µs': results.latencyUs.p50,
  'p99 latency µs': results.latencyUs.p99,
  'max latency µs': results.latencyUs.max,
  'cold start ms': results.coldStartMs,
  'RSS after start MB': results.rssMb.afterStart,
  [`RSS after ${N} screens MB`]: results.rssMb.afterRun,
})
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
