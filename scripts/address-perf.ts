/**
 * µs per screenSync of the address check alone, minus a screener with every check disabled.
 * CPU time (process.cpuUsage) and wall time, median of several rounds.
 *   node --import tsx scripts/address-perf.ts
 *   SRC=/path/to/old/src/index.ts node --import tsx scripts/address-perf.ts   (the same inputs on another copy)
 */
/** SRC=path/to/index.ts measures another copy of the source (e.g. the code before a change). */
const { createScreener } = (await import(process.env['SRC'] ?? '../src/index.js')) as typeof import('../src/index.js')

const INPUTS: Record<string, object> = {
  split: { postalCode: '150-0002', prefecture: '東京都', city: '渋谷区', street: '渋谷2丁目21-1', building: '渋谷ヒカリエ 8F' },
  fullwidth: { postalCode: '１５０－０００２', prefecture: '東京都', city: '渋谷区', street: '渋谷２丁目２１－１', building: '渋谷ヒカリエ　８Ｆ' },
  kanjiNumerals: { postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '霞が関二丁目一番二号' },
  full: { full: '〒100-0005 東京都千代田区丸の内1-9-1 グラントウキョウノースタワー' },
  fullNoPostal: { full: '大阪府大阪市北区梅田3丁目1番3号' },
  kyoto: { postalCode: '604-8006', prefecture: '京都府', city: '京都市中京区', street: '河原町通三条上る恵比須町427' },
  business: { postalCode: '604-8571', prefecture: '京都府', city: '京都市中京区', street: '寺町通御池上る上本能寺前町488' },
}
const OFF = { email: false, name: false, phone: false, network: false, card: false } as const

const only = await createScreener({ checks: { ...OFF } })
const none = await createScreener({ checks: { ...OFF, address: false } })

function measure(f: () => void, n: number): { cpu: number; wall: number } {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < n; i += 1) f()
  const wall = ((performance.now() - t0) * 1000) / n
  const c = process.cpuUsage(c0)
  return { cpu: (c.user + c.system) / n, wall }
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const N = Number(process.env['N'] ?? 10000)
const rows: Record<string, { cpu: string; wall: string; level: unknown; codes: string }> = {}
let total = 0
for (const [name, address] of Object.entries(INPUTS)) {
  const input = { address }
  for (let i = 0; i < 3000; i += 1) {
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
  const result = only.screenSync(input) as unknown as { ok: boolean; result?: { checks: { address: { facts: { level?: unknown } } }; signals: { code: string }[] } }
  rows[name] = {
    cpu: median(cpu).toFixed(2),
    wall: median(wall).toFixed(2),
    level: result.result?.checks.address.facts.level,
    codes: (result.result?.signals ?? []).map((s) => s.code).join(','),
  }
  total += median(cpu)
}
console.table(rows)
console.log(`mean CPU µs: ${(total / Object.keys(INPUTS).length).toFixed(2)}`)
