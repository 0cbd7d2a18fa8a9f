/**
 * The cost of one check per signup, by kind of input: a screener with only that check minus a
 * screener with every check disabled (zod validation and result assembly), after warm-up. Reports
 * CPU time (user + system: the machine may be shared) and wall time, median of 7 rounds.
 * SRC=path/to/index.ts measures another copy of the source (e.g. the code before a change).
 */
import { CHECK_NAMES, type CheckName } from '../../src/index.js'

export async function printCheckCost(check: CheckName, kinds: Readonly<Record<string, readonly unknown[]>>, perKind = 10_000): Promise<void> {
  const { createScreener } = (await import(process.env['SRC'] ?? '../../src/index.js')) as typeof import('../../src/index.js')
  const off = Object.fromEntries(CHECK_NAMES.map((name) => [name, false]))
  const none = await createScreener({ checks: off })
  const only = await createScreener({ checks: { ...off, [check]: true } })

  const time = (screen: (input: unknown) => unknown, inputs: readonly unknown[], n: number): { cpu: number; wall: number } => {
    const c = process.cpuUsage()
    const w = performance.now()
    for (let i = 0; i < n; i += 1) for (const input of inputs) screen(input)
    const used = process.cpuUsage(c)
    const count = n * inputs.length
    return { cpu: (used.user + used.system) / count, wall: ((performance.now() - w) * 1000) / count }
  }
  const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

  // Warm-up over every kind first (JIT tiers, bounded memos), about 2 s.
  const warmUntil = performance.now() + 2000
  while (performance.now() < warmUntil) {
    for (const inputs of Object.values(kinds)) {
      for (const input of inputs.slice(0, 50)) {
        only.screenSync(input)
        none.screenSync(input)
      }
    }
  }
  const rows: Record<string, { cpu: string; wall: string; signals: string }> = {}
  let total = 0
  for (const [kind, inputs] of Object.entries(kinds)) {
    const n = Math.max(5, Math.round(perKind / inputs.length))
    const cpu: number[] = []
    const wall: number[] = []
    for (let round = 0; round < 7; round += 1) {
      const a = time((i) => only.screenSync(i), inputs, n)
      const b = time((i) => none.screenSync(i), inputs, n)
      cpu.push(a.cpu - b.cpu)
      wall.push(a.wall - b.wall)
    }
    const first = only.screenSync(inputs[0])
    rows[kind] = {
      cpu: median(cpu).toFixed(2),
      wall: median(wall).toFixed(2),
      signals: first.success ? first.result.signals.map((s) => s.code).join(',') : 'invalid input',
    }
    total += median(cpu)
  }
  console.log(`µs per signup of the ${check} check (only-${check} screener minus all-disabled baseline)`)
  console.table(rows)
  console.log(`mean CPU µs: ${(total / Object.keys(kinds).length).toFixed(2)}`)
}
