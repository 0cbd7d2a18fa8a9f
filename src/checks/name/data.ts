/**
 * Reference data of the name check, loaded once per screener in `prepare`.
 *
 * ENAMDICT is kept as the bytes of data/name/names.bin with an offset index and binary search:
 * about 4.6 MB plus 1.2 MB of offsets, instead of a Map of 290k keys (~145 MB as JS objects), and
 * nothing is decoded at start-up. KANJIDIC readings stay as the compact strings of kanji.json and
 * are split per kanji when a name uses it.
 */
import { readDataBytes } from '../../core/data-files.js'

/** Kind of an ENAMDICT entry. */
export type NameKind = 'surname' | 'given' | 'unknown'

/** A reading of a whole name part found in ENAMDICT. */
export interface DictionaryReading {
  readonly reading: string
  readonly kind: NameKind
}

/** A foreign reading of one kanji, with katakana approximations and their keys. */
export interface ForeignReading {
  /** Source spelling: pinyin with tone digit (`wang2`) or hangul (`왕`). */
  readonly source: string
  readonly kana: readonly string[]
  /** Loose keys (`looseKey`) of the kana, same order. */
  readonly keys: readonly string[]
  /** Length-keeping keys (`lengthKey`) of the kana, same order. */
  readonly lengthKeys: readonly string[]
}

/** Readings of one kanji (hiragana, strict reading form). */
export interface KanjiReadings {
  readonly on: readonly string[]
  /** Kun readings: stem and stem+okurigana (は.る → は, はる). */
  readonly kun: readonly string[]
  readonly nanori: readonly string[]
  readonly zh: readonly ForeignReading[]
  readonly ko: readonly ForeignReading[]
}

/** Sorted dictionary of name readings. */
export interface NameDictionary {
  /** Number of keys. */
  readonly size: number
  lookup(key: string): readonly DictionaryReading[]
}

/** Per-kanji readings. */
export interface KanjiTable {
  readonly size: number
  has(char: string): boolean
  get(char: string): KanjiReadings | undefined
}

export interface NameData {
  readonly dictionary: NameDictionary
  readonly kanji: KanjiTable
  /** Variant (itaiji) → standard form. */
  readonly itaiji: ReadonlyMap<string, string>
  /** Simplified Chinese forms listed in KANJIDIC that Japanese names do not use. */
  readonly simplified: ReadonlySet<string>
  readonly version: string
  /**
   * Memo of derived reading variants per kanji and position (filled on first use by readings.ts):
   * a kanji's own readings under the kanji itself, strict and loose variants under kind + position
   * + kanji, foreign candidates under z/k + L/l + kanji. Bounded; owned by the screener's data,
   * never shared between screeners; results do not depend on it.
   */
  readonly variantMemo: Map<string, readonly (readonly [string, string])[]>
}

/** Kind letters of names.bin: s surname, g given, u (or anything else) unknown. */
const TAB = 0x09
const LF = 0x0a
const SPACE = 0x20
/** Kana byte: 0x80 + (code point - U+3041) for U+3041..U+3096; ー is 0xff. */
const KANA_BASE = 0x80
const LONG_MARK_BYTE = 0xff

/** Encodes one line of names.bin (used by the generator; the format's single definition). */
export function encodeNameLine(key: string, readings: readonly { kind: string; reading: string }[]): Buffer {
  const bytes: number[] = []
  readings.forEach((r, i) => {
    if (i > 0) bytes.push(SPACE)
    bytes.push(r.kind.charCodeAt(0))
    for (const ch of r.reading) {
      const code = ch.codePointAt(0) as number
      if (code === 0x30fc) bytes.push(LONG_MARK_BYTE)
      else if (code >= 0x3041 && code <= 0x3096) bytes.push(KANA_BASE + code - 0x3041)
      else throw new Error(`names.bin: not hiragana: ${ch} in ${key}`)
    }
  })
  return Buffer.concat([Buffer.from(key, 'utf8'), Buffer.from([TAB, ...bytes, LF])])
}

/** The character of each kana byte (0x80 + offset from ぁ; 0xff is ー), decoded once. */
const KANA_OF_BYTE: readonly string[] = Array.from({ length: 0x80 }, (_, i) =>
  KANA_BASE + i === LONG_MARK_BYTE ? 'ー' : String.fromCharCode(0x3041 + i),
)

function decodeReadings(bytes: Buffer, start: number, end: number): DictionaryReading[] {
  const out: DictionaryReading[] = []
  let kind: NameKind = 'unknown'
  let reading = ''
  for (let i = start; i <= end; i += 1) {
    const b = i === end ? SPACE : (bytes[i] as number)
    if (b === SPACE) {
      if (reading !== '') out.push({ kind, reading })
      reading = ''
    } else if (b < KANA_BASE) kind = b === 0x73 ? 'surname' : b === 0x67 ? 'given' : 'unknown'
    else reading += KANA_OF_BYTE[b - KANA_BASE] as string
  }
  return out
}

/**
 * UTF-8 bytes of a key, as `Buffer.from(key, 'utf8')` encodes it (a lone surrogate becomes U+FFFD),
 * without allocating a Buffer per lookup.
 */
function utf8(key: string): number[] {
  const out: number[] = []
  for (let i = 0; i < key.length; i += 1) {
    let code = key.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = code <= 0xdbff && i + 1 < key.length ? key.charCodeAt(i + 1) : 0
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i += 1
      } else code = 0xfffd
    }
    if (code < 0x80) out.push(code)
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f))
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
  }
  return out
}

/** Compares the key of the line at `start` (ended by TAB) with `probe`, bytewise. */
function compareKey(bytes: Buffer, start: number, probe: readonly number[]): number {
  for (let i = 0; ; i += 1) {
    const a = bytes[start + i] as number
    const end = a === TAB
    if (i === probe.length) return end ? 0 : 1
    if (end) return -1
    const d = a - (probe[i] as number)
    if (d !== 0) return d
  }
}

/** Binary-searchable dictionary over names.bin bytes (lines sorted by the key's UTF-8 bytes). */
export function binaryDictionary(bytes: Buffer): NameDictionary {
  const starts: number[] = []
  // Lines sharing the first character (three UTF-8 bytes for kanji) are contiguous in sorted
  // order: each lookup searches only its first character's range, a few kB of the 4.6 MB file.
  const ranges = new Map<number, [number, number]>()
  let pos = 0
  while (pos < bytes.length) {
    const prefix = linePrefix(bytes, pos)
    const range = ranges.get(prefix)
    if (range) range[1] = starts.length
    else ranges.set(prefix, [starts.length, starts.length])
    starts.push(pos)
    const end = bytes.indexOf(LF, pos)
    if (end === -1) break
    pos = end + 1
  }
  const offsets = Uint32Array.from(starts)
  // Key bytes 3-6 of each line (0 past the key's end), big-endian: within a first-character range
  // they order the lines as their keys do (0 sorts before every byte), so the binary search
  // compares these compact words and reads the 4.6 MB buffer only when they are equal.
  const words = new Uint32Array(offsets.length)
  for (let k = 0; k < offsets.length; k += 1) words[k] = keyWord(bytes, offsets[k] as number)
  return {
    size: offsets.length,
    lookup(key: string): readonly DictionaryReading[] {
      const probe = utf8(key)
      const range = ranges.get(probePrefix(probe))
      if (!range) return []
      let [lo, hi] = range
      const word = probeWord(probe)
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1
        const start = offsets[mid] as number
        const cmp = (words[mid] as number) - word || compareKey(bytes, start, probe)
        if (cmp === 0) {
          const tab = start + probe.length
          let end = bytes.indexOf(LF, tab)
          if (end === -1) end = bytes.length
          return decodeReadings(bytes, tab + 1, end)
        }
        if (cmp < 0) lo = mid + 1
        else hi = mid - 1
      }
      return []
    },
  }
}

/** The first (up to) three bytes of a key with their count: equal for keys that share them. */
function linePrefix(bytes: Buffer, start: number): number {
  let prefix = 0
  let n = 0
  while (n < 3 && start + n < bytes.length && bytes[start + n] !== TAB) {
    prefix = prefix * 256 + (bytes[start + n] as number)
    n += 1
  }
  return n * 0x1000000 + prefix
}

/** Key bytes 3-6 of the line at `start` as a big-endian word, 0 past the key's end (TAB). */
function keyWord(bytes: Buffer, start: number): number {
  let n = 0
  while (n < 3 && start + n < bytes.length && bytes[start + n] !== TAB) n += 1
  let word = 0
  for (let i = 3; i < 7; i += 1) {
    const b = n === 3 && start + i < bytes.length ? (bytes[start + i] as number) : TAB
    if (b === TAB) n = 0
    word = word * 256 + (n === 3 ? b : 0)
  }
  return word
}

/** {@link keyWord} of a probe (its bytes 3-6, 0 past its end). */
function probeWord(probe: readonly number[]): number {
  let word = 0
  for (let i = 3; i < 7; i += 1) word = word * 256 + (i < probe.length ? (probe[i] as number) : 0)
  return word
}

function probePrefix(probe: readonly number[]): number {
  let prefix = 0
  const n = Math.min(3, probe.length)
  for (let i = 0; i < n; i += 1) prefix = prefix * 256 + (probe[i] as number)
  return n * 0x1000000 + prefix
}

interface KanjiFile {
  readonly formatVersion: number
  readonly itaiji: Readonly<Record<string, string>>
  readonly simplified: string
  readonly kanji: Readonly<Record<string, readonly [string, string, string, string, string]>>
}

function foreign(field: string): ForeignReading[] {
  if (field === '') return []
  return field.split(' ').map((entry) => {
    const eq = entry.indexOf('=')
    const variants = entry.slice(eq + 1).split('/').map((v) => v.split(','))
    return {
      source: entry.slice(0, eq),
      kana: variants.map((v) => v[0] ?? ''),
      keys: variants.map((v) => v[1] ?? ''),
      lengthKeys: variants.map((v) => v[2] ?? ''),
    }
  })
}

const words = (field: string): string[] => (field === '' ? [] : field.split(' '))
/** Most kanji kept split; the 2,999 jōyō + jinmeiyō kanji of real names fit many times over. */
const PARSED_LIMIT = 6_000

/**
 * Per-kanji readings over kanji.json's compact records; a record is split into arrays the first
 * time a name uses its kanji (the screener's data object owns that memo; results never differ).
 */
export function kanjiTable(records: Readonly<Record<string, readonly [string, string, string, string, string]>>): KanjiTable {
  const raw = new Map(Object.entries(records))
  const parsed = new Map<string, KanjiReadings>()
  return {
    size: raw.size,
    has: (char) => raw.has(char),
    get(char) {
      const done = parsed.get(char)
      if (done) return done
      const record = raw.get(char)
      if (!record) return undefined
      const [on, kun, nanori, zh, ko] = record
      const readings = { on: words(on), kun: words(kun), nanori: words(nanori), zh: foreign(zh), ko: foreign(ko) }
      if (parsed.size < PARSED_LIMIT) parsed.set(char, readings)
      return readings
    },
  }
}

/** Parses kanji.json. */
export function parseKanji(json: string): Pick<NameData, 'kanji' | 'itaiji' | 'simplified' | 'variantMemo'> {
  const file = JSON.parse(json) as KanjiFile
  return { kanji: kanjiTable(file.kanji), itaiji: new Map(Object.entries(file.itaiji)), simplified: new Set(file.simplified), variantMemo: new Map() }
}

/** Loads the embedded data set from data/name/. */
export function loadEmbedded(): NameData {
  const dictionary = binaryDictionary(readDataBytes('name', 'names.bin'))
  const kanji = parseKanji(readDataBytes('name', 'kanji.json').toString('utf8'))
  const sources = JSON.parse(readDataBytes('name', 'sources.json').toString('utf8')) as {
    generatedAt: string
    sources: { package: string; version: string }[]
  }
  return {
    dictionary,
    ...kanji,
    version: `${sources.generatedAt}(${sources.sources.map((s) => `${s.package}@${s.version}`).join(',')})`,
  }
}
