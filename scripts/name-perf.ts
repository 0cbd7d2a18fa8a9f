/**
 * Cost of the name check per signup, by input kind: a screener with only the name check minus a
 * screener with every check disabled (zod parsing and result assembly). CPU time (user + system,
 * the machine may be shared) and wall time, after warm-up. Run in a fresh process:
 *   node --import tsx scripts/name-perf.ts [rounds]
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { createScreener } from '../src/index.js'

const ROOT = resolve(import.meta.dirname, '..')
const rounds = Number(process.argv[2] ?? 4000)

interface Row {
  family: string
  given: string
  familyKana: string
  givenKana: string
  holderName: string
}
const load = (file: string): Row[] =>
  parse(readFileSync(join(ROOT, 'test', 'checks', 'name', 'corpus', file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[]
const splitInput = (r: Row): unknown => ({
  name: { family: r.family, given: r.given, familyKana: r.familyKana, givenKana: r.givenKana },
  ...(r.holderName ? { card: { holderName: r.holderName } } : {}),
})
const fullInput = (r: Row): unknown => ({ name: { full: r.family + r.given, fullKana: r.familyKana + r.givenKana } })

const KINDS: Readonly<Record<string, readonly unknown[]>> = {
  typical: [
    { name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' }, card: { holderName: 'HANAKO YAMADA' }, email: 'x@y.jp' },
    { name: { family: '佐藤', given: '大翔', familyKana: 'サトウ', givenKana: 'ヒロト' }, card: { holderName: 'HIROTO SATO' }, email: 'x@y.jp' },
    { name: { family: '高橋', given: '美咲', familyKana: 'たかはし', givenKana: 'みさき' }, card: { holderName: 'MISAKI TAKAHASHI' }, email: 'x@y.jp' },
    { name: { family: '小鳥遊', given: '陽菜', familyKana: 'タカナシ', givenKana: 'ヒナ' }, card: { holderName: 'HINA TAKANASHI' }, email: 'x@y.jp' },
  ],
  fullSpaced: [{ name: { full: '佐藤 大翔', fullKana: 'サトウ ヒロト' } }, { name: { full: '山田 花子', fullKana: 'やまだ はなこ' } }],
  fullUnspaced: [{ name: { full: '佐藤大翔', fullKana: 'サトウヒロト' } }, { name: { full: '高橋美咲', fullKana: 'タカハシミサキ' } }],
  chinese: [
    { name: { family: '王', given: '偉', familyKana: 'ワン', givenKana: 'ウェイ' }, card: { holderName: 'WEI WANG' } },
    { name: { family: '張', given: '小明', familyKana: 'チャン', givenKana: 'シャオミン' } },
  ],
  randomKana: [
    { name: { family: '山田', given: '花子', familyKana: 'ザタセウ', givenKana: 'ポヤネ' }, card: { holderName: 'HANAKO YAMADA' } },
    { name: { family: '篠原', given: '有重', familyKana: 'ダダイカ', givenKana: 'ラミ' } },
  ],
  romajiKana: [{ name: { family: '山田', given: '花子', familyKana: 'Yamada', givenKana: 'Hanako' } }],
  organization: [
    { organization: { name: '株式会社青空システム', nameKana: 'カブシキガイシャアオゾラシステム' } },
    { organization: { name: '山田商事株式会社', nameKana: 'ヤマダショウジ' } },
  ],
  'corpus real (split+holder)': load('real.csv').map(splitInput),
  'corpus real (full, unspaced)': load('real.csv').map(fullInput),
  'corpus chinese': load('chinese.csv').map(splitInput),
  'corpus random': load('random.csv').map(splitInput),
  'corpus romaji': load('romaji.csv').map(splitInput),
}

const none = await createScreener({ checks: { name: false, email: false, phone: false, address: false, network: false, card: false } })
const only = await createScreener({ checks: { email: false, phone: false, address: false, network: false, card: false } })

function time(screen: (input: unknown) => unknown, inputs: readonly unknown[], n: number): { cpu: number; wall: number } {
  for (let i = 0; i < Math.max(20, n / 10); i += 1) for (const input of inputs) screen(input)
  const c = process.cpuUsage()
  const w = performance.now()
  for (let i = 0; i < n; i += 1) for (const input of inputs) screen(input)
  const wall = ((performance.now() - w) * 1000) / (n * inputs.length)
  const used = process.cpuUsage(c)
  return { cpu: (used.user + used.system) / (n * inputs.length), wall }
}

// Warm-up over every kind first (JIT tiers, the variant memo), about 2 s.
const warmUntil = performance.now() + 2000
while (performance.now() < warmUntil) {
  for (const inputs of Object.values(KINDS)) {
    for (const input of inputs.slice(0, 50)) {
      only.screenSync(input)
      none.screenSync(input)
    }
  }
}

console.log('µs per signup, name check only (screener minus all-disabled baseline); cpu / wall')
for (const [kind, inputs] of Object.entries(KINDS)) {
  // Corpora are large: fewer rounds for the same total work.
  const n = Math.max(5, Math.round(rounds / inputs.length))
  const base = time((i) => none.screenSync(i), inputs, n)
  const name = time((i) => only.screenSync(i), inputs, n)
  console.log(
    `${kind.padEnd(30)} name ${(name.cpu - base.cpu).toFixed(1).padStart(6)} cpu ${(name.wall - base.wall).toFixed(1).padStart(6)} wall` +
      `   (baseline ${base.cpu.toFixed(1)} cpu, total ${name.cpu.toFixed(1)} cpu)`,
  )
}
