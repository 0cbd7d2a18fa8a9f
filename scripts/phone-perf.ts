/**
 * µs per screenSync of the phone check alone, minus a screener with every check disabled.
 * CPU time (process.cpuUsage) and wall time, median of several rounds.
 *   node --import tsx scripts/phone-perf.ts
 *   SRC=/path/to/old/src/index.ts node --import tsx scripts/phone-perf.ts   (the same inputs on another copy)
 */
/** SRC=path/to/index.ts measures another copy of the source (e.g. the code before a change). */
const { createScreener } = (await import(process.env['SRC'] ?? '../src/index.js')) as typeof import('../src/index.js')

const INPUTS = ['090-3821-4476', '06-6346-2781', '050-5532-8190', '+86 138 0013 8000', '０９０－１２３４－５６７８', 'aaaa']
const OFF = { email: false, name: false, address: false, network: false, card: false } as const

const only = await createScreener({ checks: { ...OFF } })
const none = await createScreener({ checks: { ...OFF, phone: false } })

function measure(f: () => void, n: number): { cpu: number; wall: number } {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < n; i += 1) f()
  const wall = ((performance.now() - t0) * 1000) / n
  const c = process.cpuUsage(c0)
  return { cpu: (c.user + c.system) / n, wall }
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const N = Number(process.env['N'] ?? 20000)
const rows: Record<string, { cpu: string; wall: string }> = {}
let total = 0
for (const phone of INPUTS) {
  const input = { phone }
  for (let i = 0; i < 5000; i += 1) {
    only.screenSync(input)
    none.screenSync(input)
  }
  const cpu: number[] = []
  const wall: number[] = []
  for (let r = 0; r < 7; r += 1) {
    const a = measure(() => only.screenSync(input), N)
    const b = measure(() => none.screenSync(input), N)
    cpu.push(a.cpu - b.cpu)
    wall.push(a.wall - b.wall)
  }
  rows[phone] = { cpu: median(cpu).toFixed(2), wall: median(wall).toFixed(2) }
  total += median(cpu)
}
console.table(rows)
console.log(`mean CPU µs: ${(total / INPUTS.length).toFixed(2)}`)
