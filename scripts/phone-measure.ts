/**
 * Measures the phone check: load time and RSS of libphonenumber-js (min and max entry points), start-up
 * of the check (bundled to plain JS first, then import + prepare in a fresh process), and CPU µs per
 * `run` call after warm-up (process.cpuUsage, which a busy machine disturbs less than wall time).
 * Run: node --import tsx scripts/phone-measure.ts
 */
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')

const INPUTS = [
  '090-3123-4567', '03-3581-4321', '0466-22-1234', '050-3123-4567', '０９０ー３１２３ー４５６７', '+81 90 3123 4567',
  '0120-444-981', 'aaaa', '+1 650 253 0000', '011-123-4567', '098-861-1234', '(03)3581-4321 内線 12',
]

/**
 * Start-up of the check as shipped: the check is bundled to plain JS first (as tsup does), so tsx's
 * transpiling is not counted, then imported and prepared in a fresh process.
 */
async function startup(): Promise<void> {
  const { build } = await import('esbuild')
  const out = join(ROOT, '.cache', 'phone-measure-bundle.mjs')
  await build({ entryPoints: [join(ROOT, 'src/checks/phone/index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' })
  const probe = `
    globalThis.gc(); const r0 = process.memoryUsage().rss; const t0 = performance.now();
    const { phoneCheck } = await import(${JSON.stringify(pathToFileURL(out).href)}); const t1 = performance.now();
    const data = await phoneCheck.prepare({}); const t2 = performance.now();
    phoneCheck.run({ phone: '0466-22-1234' }, data, { now: new Date(), serviceCountry: 'JP', facts: {} }); globalThis.gc();
    console.log(JSON.stringify({ part: 'check import+prepare (bundled)', importMs: +(t1 - t0).toFixed(1), prepareMs: +(t2 - t1).toFixed(1), rssAddedMB: +((process.memoryUsage().rss - r0) / 2 ** 20).toFixed(1), areas: data.areas.size }))`
  for (let i = 0; i < 3; i += 1) {
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8', cwd: ROOT }))
  }
}

/** Load time and RSS of a libphonenumber-js entry point alone, in a plain node process (no tsx). */
function libOnly(which: string): void {
  const probe = `
    globalThis.gc(); const r0 = process.memoryUsage().rss; const t0 = performance.now();
    const mod = await import(${JSON.stringify(which)}); mod.parsePhoneNumberFromString('0466-22-1234', 'JP')?.getType();
    const t1 = performance.now(); globalThis.gc();
    console.log(JSON.stringify({ part: ${JSON.stringify(which)}, loadMs: +(t1 - t0).toFixed(1), rssAddedMB: +((process.memoryUsage().rss - r0) / 2 ** 20).toFixed(1) }))`
  for (let i = 0; i < 3; i += 1) {
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8', cwd: ROOT }))
  }
}

/** CPU microseconds per call (process.cpuUsage: less disturbed by other processes than wall time). */
function cpuMicros(n: number, f: (i: number) => void): number {
  const c0 = process.cpuUsage()
  for (let i = 0; i < n; i += 1) f(i)
  const c = process.cpuUsage(c0)
  return +((c.user + c.system) / n).toFixed(2)
}

async function speed(): Promise<void> {
  const { phoneCheck } = await import('../src/checks/phone/index.js')
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/core')
  const data = await phoneCheck.prepare({})
  const context = { now: new Date(), serviceCountry: 'JP', facts: {} }
  const inputs = INPUTS.map((phone) => ({ phone }))
  const clean = ['090-3947-2816', '03-3581-4321', '0466-22-1234', '080-5521-7790'].map((phone) => ({ phone }))
  const run = (list: { phone: string }[]) => (i: number) => void phoneCheck.run(list[i % list.length]!, data, context)
  const lib = (i: number) => void parsePhoneNumberFromString(clean[i % clean.length]!.phone, { defaultCountry: 'JP' }, data.metadata)?.getType()
  const libFmt = (i: number) => {
    const n = parsePhoneNumberFromString(clean[i % clean.length]!.phone, { defaultCountry: 'JP' }, data.metadata)
    n?.getType()
    n?.formatNational()
  }
  for (const f of [run(inputs), run(clean), lib, libFmt]) cpuMicros(30000, f)
  const rounds = (f: (i: number) => void) => [cpuMicros(60000, f), cpuMicros(60000, f), cpuMicros(60000, f)]
  console.log(
    JSON.stringify({
      cpuUsPerCall: {
        'run, mixed inputs (incl. invalid and formatted findings)': rounds(run(inputs)),
        'run, clean JP numbers': rounds(run(clean)),
        'libphonenumber parse+getType alone': rounds(lib),
        'libphonenumber parse+getType+formatNational': rounds(libFmt),
      },
    }),
  )
  const one = (phone: string) => cpuMicros(40000, run([{ phone }]))
  console.log(JSON.stringify({ cpuUsPerInput: Object.fromEntries(INPUTS.map((p) => [p, one(p)])) }))
}

const part = process.argv[2]
if (part === 'speed') await speed()
else {
  libOnly('libphonenumber-js')
  libOnly('libphonenumber-js/max')
  await startup()
  process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, 'speed'], { encoding: 'utf8' }))
}
