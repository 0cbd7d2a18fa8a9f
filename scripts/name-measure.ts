/**
 * Measures the name check: prepare time, RSS added by its data, µs per signup, and the golden
 * corpus figures of issue 4. Run in a fresh process:
 *   node --expose-gc --import tsx scripts/name-measure.ts
 */
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadCorpus, type CorpusRow } from '../test/checks/name/corpus-rows.js'

const ROOT = resolve(import.meta.dirname, '..')
const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)

gc()
const rss0 = process.memoryUsage().rss
const heap = (): string => { const m = process.memoryUsage(); return `heap ${mb(m.heapUsed)} MB, external+buffers ${mb(m.external + m.arrayBuffers)} MB` }
const t0 = performance.now()
const { nameCheck } = await import('../src/checks/name/index.js')
const { NAME_WEIGHTS } = await import('../src/checks/name/weights.js')
const { SignupInputSchema } = await import('../src/core/schema.js')
const tImport = performance.now() - t0
gc()
const rss1 = process.memoryUsage().rss
const t1 = performance.now()
const prepared = await nameCheck.prepare({})
const tPrepare = performance.now() - t1
gc()
const rss2 = process.memoryUsage().rss
const heapAfterPrepare = heap()

type Row = CorpusRow
const load = loadCorpus
const context = { now: new Date(0), serviceCountry: 'JP', facts: {} }
const splitInput = (r: Row) =>
  SignupInputSchema.parse({ name: { family: r.family, given: r.given, familyKana: r.familyKana, givenKana: r.givenKana }, ...(r.holderName ? { card: { holderName: r.holderName } } : {}) })
const fullInput = (r: Row) => SignupInputSchema.parse({ name: { full: r.family + r.given, fullKana: r.familyKana + r.givenKana } })

function perCall(inputs: readonly ReturnType<typeof splitInput>[]): number {
  for (let i = 0; i < 8; i += 1) for (const input of inputs) nameCheck.run(input, prepared, context)
  const rounds = 30
  // CPU time of this process (user + system), not wall time: CI machines are shared.
  const t = process.cpuUsage()
  for (let i = 0; i < rounds; i += 1) for (const input of inputs) nameCheck.run(input, prepared, context)
  const used = process.cpuUsage(t)
  return (used.user + used.system) / (rounds * inputs.length)
}

const real = load('real.csv')
const usSplit = perCall(real.map(splitInput))
const usFull = perCall(real.map(fullInput))
const usRandom = perCall(load('random.csv').map(splitInput))
gc()
const rss3 = process.memoryUsage().rss
const heapAfterRuns = heap()

const strong = (input: ReturnType<typeof splitInput>): string[] =>
  nameCheck.run(input, prepared, context).findings.map((f) => f.code).filter((c) => NAME_WEIGHTS[c].weight >= 1.0)
const rate = (rows: readonly Row[], test: (codes: string[]) => boolean, make = splitInput): string =>
  `${((100 * rows.filter((r) => test(strong(make(r)))).length) / rows.length).toFixed(1)}% of ${rows.length}`
const codesOf = (input: ReturnType<typeof splitInput>): string[] => nameCheck.run(input, prepared, context).findings.map((f) => f.code)

const size = (file: string): string => `${mb(statSync(join(ROOT, 'data', 'name', file)).size)} MB`
console.log(`data on disk: names.bin ${size('names.bin')}, kanji.json ${size('kanji.json')}`)
console.log(`import ${tImport.toFixed(0)} ms (+${mb(rss1 - rss0)} MB RSS); prepare ${tPrepare.toFixed(0)} ms (+${mb(rss2 - rss1)} MB RSS); after runs +${mb(rss3 - rss1)} MB over import`)
console.log(`after prepare: ${heapAfterPrepare}; after runs: ${heapAfterRuns} (RSS growth after runs is V8 young-generation and code space, not retained data)`)
console.log(`CPU µs per signup: split name + kana + holder ${usSplit.toFixed(1)}, full name only ${usFull.toFixed(1)}, random kana ${usRandom.toFixed(1)}`)
console.log(`real names flagged >= 1.0: split ${rate(real, (c) => c.length > 0)}; full-name form ${rate(real, (c) => c.length > 0, fullInput)}`)
const chinese = load('chinese.csv')
console.log(`Chinese readings caught >= 1.0: ${rate(chinese, (c) => c.length > 0)}; as chinese_reading: ${((100 * chinese.filter((r) => codesOf(splitInput(r)).includes('name.chinese_reading')).length) / chinese.length).toFixed(1)}%`)
const korean = load('korean.csv')
const koFamily = korean.filter((r) => nameCheck.run(splitInput(r), prepared, context).findings.some((f) => f.code === 'name.korean_reading' && (f.evidence.parts as string[]).includes('family'))).length
console.log(`Korean family readings recognised as Korean: ${((100 * koFamily) / korean.length).toFixed(1)}% of ${korean.length}`)
console.log(`random kana caught >= 1.0: ${rate(load('random.csv'), (c) => c.length > 0)}`)
console.log(`romaji in kana caught (kana_not_kana): ${rate(load('romaji.csv'), (c) => c.includes('name.kana_not_kana'))}`)
