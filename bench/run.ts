/**
 * `npm run bench`: the performance figures of issue #8, side by side with the naive glue.
 *
 *  1. the built library in a fresh process: cold start, screens/s on one core, p50/p99/max latency,
 *     RSS after start-up and after BENCH_SCREENS screens (default 1M; it must not grow);
 *  2. the naive glue (bench/glue-child.mjs) on the same signups, and the ratio per signup;
 *  3. the CLI scoring a BENCH_CLI_LINES-line JSONL file (default 1M) on worker threads: wall time and
 *     peak RSS.
 * BENCH_QUICK=1 runs 100k screens and 100k CLI lines. Results go to bench/results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { generateSignups } from './signups.js'

const ROOT = join(import.meta.dirname, '..')
const CACHE = join(ROOT, '.cache', 'bench')
mkdirSync(CACHE, { recursive: true })
const quick = process.env.BENCH_QUICK === '1'
const SCREENS = Number(process.env.BENCH_SCREENS ?? (quick ? 100_000 : 1_000_000))
const CLI_LINES = Number(process.env.BENCH_CLI_LINES ?? (quick ? 100_000 : 1_000_000))
const GLUE_SIGNUPS = Number(process.env.BENCH_GLUE ?? 20_000)

const signups = generateSignups(1000)
const signupsFile = join(CACHE, 'signups.json')
writeFileSync(signupsFile, JSON.stringify(signups))

const child = (script: string, args: string[], node: string[] = []): Record<string, unknown> => {
  const out = execFileSync('node', [...node, join(ROOT, 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 })
  return JSON.parse(out) as Record<string, unknown>
}

console.log(`signup-screen bench — node ${process.version}, ${availableParallelism()} cores; ${signups.length} generated complete signups`)

console.log(`[1/3] library: ${SCREENS.toLocaleString()} screens on one core…`)
const library = child('screen-child.mjs', [signupsFile, String(SCREENS)], ['--expose-gc']) as {
  checks: string[]
  coldStartMs: number
  rssMb: { base: number; afterStart: number; afterWarmup: number; afterRun: number }
  heapMb: { afterWarmup: number; afterRun: number }
  screensPerSecond: number
  meanUs: number
  flaggedShare: number
  latencyUs: { p50: number; p99: number; max: number }
}

console.log(`[2/3] naive glue: ${GLUE_SIGNUPS.toLocaleString()} signups…`)
if (!existsSync(join(ROOT, 'bench', 'glue', 'node_modules'))) {
  execFileSync('npm', ['ci', '--prefix', join(ROOT, 'bench', 'glue'), '--no-audit', '--no-fund'], { stdio: 'inherit' })
}
const glue = child('glue-child.mjs', [signupsFile, String(GLUE_SIGNUPS)]) as {
  coldStartMs: number
  rssMb: { afterStart: number; afterRun: number }
  signupsPerSecond: number
  meanUs: number
}

console.log(`[3/3] CLI: ${CLI_LINES.toLocaleString()} JSONL lines on worker threads…`)
// Keyed by the signups' hash too: a changed generator must not reuse a stale file.
const jsonl = join(CACHE, `cli-${CLI_LINES}-${createHash('sha256').update(JSON.stringify(signups)).digest('hex').slice(0, 12)}.jsonl`)
if (!existsSync(jsonl)) {
  const lines = signups.map((s) => JSON.stringify(s))
  const out = createWriteStream(jsonl)
  for (let i = 0; i < CLI_LINES; i += 1) {
    if (!out.write(`${lines[i % lines.length]}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const started = performance.now()
const run = timeBin
  ? spawnSync(timeBin, ['-f', '%M', 'node', join(ROOT, 'bin', 'signup-screen.js'), 'score', '--workers', 'auto', jsonl], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 24,
    })
  : spawnSync('node', [join(ROOT, 'bin', 'signup-screen.js'), 'score', '--workers', 'auto', jsonl], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
const cliSeconds = (performance.now() - started) / 1000
if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`)
const peakKb = timeBin ? Number(run.stderr.trim().split('\n').pop()) : NaN
const cli = { lines: CLI_LINES, workers: availableParallelism(), seconds: +cliSeconds.toFixed(1), linesPerSecond: Math.round(CLI_LINES / cliSeconds), peakRssMb: +(peakKb / 1024).toFixed(0) }

const targets = {
  'screens/s on one core ≥ 15,000': library.screensPerSecond >= 15_000,
  'p99 < 0.5 ms': library.latencyUs.p99 < 500,
  'cold start < 1 s': library.coldStartMs < 1000,
  'RSS after start-up < 200 MB': library.rssMb.afterStart < 200,
  [`live heap flat from warm-up to ${SCREENS.toLocaleString()} screens (≤ 2 MB)`]: library.heapMb.afterRun <= library.heapMb.afterWarmup + 2,
  [`RSS flat from warm-up to ${SCREENS.toLocaleString()} screens (≤ 10%)`]: library.rssMb.afterRun <= library.rssMb.afterWarmup * 1.1,
  'faster per signup than the naive glue': library.meanUs < glue.meanUs,
  [`CLI ${CLI_LINES.toLocaleString()} lines < 2 min (scaled)`]: cli.seconds < 120 * (CLI_LINES / 1_000_000),
}

console.log(`\nchecks: ${library.checks.join(', ')}; share of generated signups banded review/high: ${library.flaggedShare}`)
console.table({
  'screens/s (1 core)': { 'signup-screen': library.screensPerSecond, 'naive glue': glue.signupsPerSecond },
  'mean µs / signup': { 'signup-screen': library.meanUs, 'naive glue': glue.meanUs },
  'p50 µs': { 'signup-screen': library.latencyUs.p50, 'naive glue': '' },
  'p99 µs': { 'signup-screen': library.latencyUs.p99, 'naive glue': '' },
  'max µs': { 'signup-screen': library.latencyUs.max, 'naive glue': '' },
  'cold start ms': { 'signup-screen': library.coldStartMs, 'naive glue': glue.coldStartMs },
  'RSS after start MB': { 'signup-screen': library.rssMb.afterStart, 'naive glue': glue.rssMb.afterStart },
  'RSS after warm-up MB': { 'signup-screen': library.rssMb.afterWarmup, 'naive glue': '' },
  [`RSS after run MB`]: { 'signup-screen': library.rssMb.afterRun, 'naive glue': glue.rssMb.afterRun },
  'live heap after warm-up / run MB': { 'signup-screen': `${library.heapMb.afterWarmup} / ${library.heapMb.afterRun}`, 'naive glue': '' },
})
console.log(`glue / signup-screen time per signup: ${(glue.meanUs / library.meanUs).toFixed(1)}×`)
console.log(`CLI: ${cli.lines.toLocaleString()} lines in ${cli.seconds} s on ${cli.workers} workers (${cli.linesPerSecond.toLocaleString()} lines/s), peak RSS ${cli.peakRssMb} MB`)
console.log('\ntargets:')
for (const [name, ok] of Object.entries(targets)) console.log(`  ${ok ? 'met   ' : 'MISSED'} ${name}`)

mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(
  join(ROOT, 'bench', 'results', 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: availableParallelism(), library, glue, ratio: +(glue.meanUs / library.meanUs).toFixed(2), cli, targets }, null, 2)}\n`,
)
