/**
 * Is this kana a plausible reading of this name? Graded answers, from a name dictionary match down
 * to "no kanji of the name explains any of the kana".
 *
 * Composition follows the usual sound changes of Japanese compounds: rendaku (か→が, さ→ざ, た→だ,
 * は→ば/ぱ on a non-initial kanji), sokuon (a final つ/く/ち/き → っ before another kanji), the
 * iteration mark 々, and ヶ/ノ between kanji. Everything is a small dynamic programme over
 * (kanji index, kana index); names are short, so a part costs a few microseconds.
 */
import type { DictionaryReading, KanjiReadings, NameData } from './data.js'
import { isHiragana, isKanji, isKatakana, lengthKey, looseKey, normalizeText, readingForm, toHiragana, toKatakana, withoutSpaces } from './kana.js'

/**
 * - `dictionary`: ENAMDICT lists this reading for this name;
 * - `composed`: built from KANJIDIC on/kun/nanori readings with regular sound changes;
 * - `chinese` / `korean`: matches the Chinese (pinyin) or Korean reading, and no Japanese one;
 * - `loose`: Japanese readings match only loosely (shortened kun readings as in modern given names,
 *   long vowels written differently);
 * - `partial`: some kanji explain part of the kana, others do not;
 * - `none`: no kanji explains any of the kana;
 * - `unknown`: cannot be judged (characters without readings, Latin names).
 */
export type ReadingLevel = 'dictionary' | 'composed' | 'chinese' | 'korean' | 'loose' | 'partial' | 'none' | 'unknown'

/** Role of a name part, to prefer the matching kind of dictionary entry in evidence. */
export type PartRole = 'family' | 'given' | 'full'

/** One kanji and the reading it was matched with. */
export interface Segment {
  readonly char: string
  readonly reading: string
  /** Where the reading came from: on, kun, nanori, pinyin or hangul spelling, or kana (the name holds kana). */
  readonly source: string
}

export interface PartAnalysis {
  readonly name: string
  /** The kana as given (normalized hiragana). */
  readonly reading: string
  readonly level: ReadingLevel
  /** ENAMDICT readings of the name (up to 8), whether or not one matched. */
  readonly dictionary: readonly DictionaryReading[]
  /** How the kana was explained, kanji by kanji (composed, chinese, korean, loose). */
  readonly segments: readonly Segment[]
  /** For `partial`: kanji explained / kanji in the name. */
  readonly coverage: number
  /** Whether ENAMDICT also lists the kana (set on `chinese`/`korean` levels: a foreign reading ENAMDICT records). */
  readonly inDictionary: boolean
  /** For `chinese`/`korean`: the other foreign reading when it fits as well (鄭 チョン is both). */
  readonly alternative?: readonly Segment[]
}

/** A character of a name with the readings it may take. */
interface Slot {
  readonly char: string
  /** Key of the slot's readings in the variant memo (the kanji itself, or the repeated one for 々). */
  readonly memoKey: string
  /** Strict readings with the source label of each. */
  readonly readings: readonly (readonly [string, string])[]
  readonly info: KanjiReadings | undefined
  readonly isKana: boolean
}

const RENDAKU: Readonly<Record<string, readonly string[]>> = {
  か: ['が'], き: ['ぎ'], く: ['ぐ'], け: ['げ'], こ: ['ご'], さ: ['ざ'], し: ['じ'], す: ['ず'], せ: ['ぜ'], そ: ['ぞ'],
  た: ['だ'], ち: ['じ'], つ: ['ず'], て: ['で'], と: ['ど'], は: ['ば', 'ぱ'], ひ: ['び', 'ぴ'], ふ: ['ぶ', 'ぷ'],
  へ: ['べ', 'ぺ'], ほ: ['ぼ', 'ぽ'],
}
const SOKUON_FINALS = new Set(['つ', 'く', 'ち', 'き'])
const SMALL = new Set(['ゃ', 'ゅ', 'ょ', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ゎ'])
/** Kana that stand between kanji in names: 一ノ瀬, 八ヶ岳 (ヶ reads が, か, け or こ). */
const LINKING: Readonly<Record<string, readonly string[]>> = {
  ヶ: ['が', 'か', 'け', 'こ'], ケ: ['が', 'か', 'け', 'こ'], ヵ: ['か', 'が'], ノ: ['の'], 〆: ['しめ'],
}
const MAX_CANDIDATES = 96
/** Longest name (in characters) whose reading is judged. */
const MAX_NAME_LENGTH = 16
/** Most entries kept in the variant memo (about 2-3 MB when full). */
const MEMO_LIMIT = 12_000
/**
 * Closed Korean syllables (김 キム, 박 パク, 임 イム, 길 キル) have no Japanese counterpart; only
 * they make a dictionary-listed reading count as Korean (ENAMDICT lists キム for 金).
 */
const KOREAN_FINALS = new Set(['ム', 'ク', 'プ', 'ル', 'ッ'])

/** The standard form of a name: itaiji mapped (髙 → 高), spaces removed. */
export function standardForm(name: string, data: Pick<NameData, 'itaiji'>): string {
  // Most names have no space and no itaiji: they are their own standard form (no string built).
  if (!name.includes(' ') && !hasItaiji(name, data)) return name
  let out = ''
  for (const ch of name) if (ch !== ' ') out += data.itaiji.get(ch) ?? ch
  return out
}

function hasItaiji(name: string, data: Pick<NameData, 'itaiji'>): boolean {
  for (const ch of name) if (data.itaiji.has(ch)) return true
  return false
}

/** Expands ー to the vowel it lengthens (o → う, as in サトー = さとう; otherwise the same vowel). */
export function expandLongMark(hiragana: string): string {
  if (!hiragana.includes('ー')) return hiragana
  let out = ''
  for (const ch of hiragana) {
    if (ch !== 'ー') {
      out += ch
      continue
    }
    const prev = looseKey(out.slice(-1))
    const vowel = VOWEL_AFTER[prev] ?? ''
    out += vowel
  }
  return out
}
const VOWEL_AFTER: Readonly<Record<string, string>> = (() => {
  const table: Record<string, string> = {}
  const rows: readonly (readonly [string, string])[] = [
    ['あかさたなはまやらわ', 'あ'], ['いきしちにひみり', 'い'], ['うくすつぬふむゆる', 'う'], ['えけせてねへめれ', 'い'], ['おこそとのほもよろを', 'う'],
  ]
  for (const [chars, vowel] of rows) for (const ch of chars) table[ch] = vowel
  return table
})()

function morae(reading: string): string[] {
  const out: string[] = []
  for (const ch of reading) {
    if (SMALL.has(ch) && out.length > 0) out[out.length - 1] += ch
    else out.push(ch)
  }
  return out
}

type Variants = readonly (readonly [string, string])[]

/** Readings of the linking kana, as slot readings. */
const LINKING_READINGS: Readonly<Record<string, Variants>> = Object.fromEntries(
  Object.entries(LINKING).map(([ch, readings]) => [ch, readings.map((r) => [r, 'kana'] as const)]),
)

/** ヶ ケ ヵ ノ 〆: the keys of LINKING. */
const isLinking = (code: number): boolean => code === 0x30f6 || code === 0x30b1 || code === 0x30f5 || code === 0x30ce || code === 0x3006

function slotsOf(name: string, data: NameData): Slot[] | undefined {
  const slots: Slot[] = []
  for (const ch of name) {
    const code = ch.codePointAt(0) as number
    if (code === 0x3005 || code === 0x309d || code === 0x30fd) {
      // 々 ゝ ヽ repeat the previous character.
      const prev = slots[slots.length - 1]
      if (!prev) return undefined
      slots.push({ char: ch, memoKey: prev.memoKey, readings: prev.readings, info: prev.info, isKana: false })
    } else if (isLinking(code)) {
      slots.push({ char: ch, memoKey: ch, readings: LINKING_READINGS[ch] ?? [], info: undefined, isKana: true })
    } else if (isHiragana(code) || isKatakana(code)) {
      slots.push({ char: ch, memoKey: ch, readings: [[readingForm(ch), 'kana']], info: undefined, isKana: true })
    } else if (isKanji(code)) {
      const info = data.kanji.get(ch) ?? data.kanji.get(data.itaiji.get(ch) ?? ch)
      const readings = kanjiReadings(ch, info, data)
      if (readings.length === 0 && !info) return undefined
      slots.push({ char: ch, memoKey: ch, readings, info, isKana: false })
    } else return undefined
  }
  return slots
}

/**
 * Strict readings of a kanji and of its standard form (itaiji), memoized per kanji under the kanji
 * itself (the other memo keys are three or more characters: kind, position, kanji).
 */
function kanjiReadings(ch: string, info: KanjiReadings | undefined, data: NameData): Variants {
  const key = ch
  const found = data.variantMemo.get(key)
  if (found) return found
  const alt = data.itaiji.has(ch) ? data.kanji.get(data.itaiji.get(ch) as string) : undefined
  const readings: (readonly [string, string])[] = []
  for (const source of [info, alt]) {
    if (!source) continue
    for (const r of source.on) readings.push([r, 'on'])
    for (const r of source.kun) readings.push([r, 'kun'])
    for (const r of source.nanori) readings.push([r, 'nanori'])
  }
  if (data.variantMemo.size < MEMO_LIMIT) data.variantMemo.set(key, readings)
  return readings
}

/** Memo key prefixes: kind (s strict, l loose), then position class (f first / m, m / l last). */
const MEMO_PREFIX: readonly string[] = ['sfm', 'sfl', 'smm', 'sml', 'lfm', 'lfl', 'lmm', 'lml']

function memoized(data: NameData, kind: 's' | 'l', slot: Slot, i: number, n: number): Variants {
  // Position class: rendaku applies after the first slot, sokuon before the last.
  const key = MEMO_PREFIX[(kind === 's' ? 0 : 4) + (i > 0 ? 2 : 0) + (i < n - 1 ? 0 : 1)] + slot.memoKey
  let found = data.variantMemo.get(key)
  if (!found) {
    found = kind === 's' ? strictVariants(slot, i, n) : looseVariants(slot, i, n)
    // Bounded: common name kanji fill it quickly; input cycling through rare kanji cannot grow it.
    if (data.variantMemo.size < MEMO_LIMIT) data.variantMemo.set(key, found)
  }
  return found
}

/** Strict variants of a slot at position i of n: rendaku when not first, sokuon when not last. */
function strictVariants(slot: Slot, i: number, n: number): (readonly [string, string])[] {
  if (slot.isKana) return [...slot.readings]
  const out = new Map<string, string>()
  for (const [r, source] of slot.readings) {
    const forms = [r]
    if (i > 0) for (const v of RENDAKU[r[0] as string] ?? []) forms.push(v + r.slice(1))
    if (i < n - 1) {
      for (const f of [...forms]) if (f.length >= 2 && SOKUON_FINALS.has(f.slice(-1))) forms.push(`${f.slice(0, -1)}っ`)
    }
    for (const f of forms) if (!out.has(f)) out.set(f, source)
    if (out.size > MAX_CANDIDATES) break
  }
  return [...out]
}

/** Loose variants: strict ones plus shortened kun/nanori readings (心 ここ, 愛 あ), as loose keys. */
function looseVariants(slot: Slot, i: number, n: number): (readonly [string, string])[] {
  const out = new Map<string, string>()
  for (const [r, source] of strictVariants(slot, i, n)) {
    const key = looseKey(r)
    if (key !== '' && !out.has(key)) out.set(key, source)
    if (slot.isKana) continue
    const m = morae(r)
    if (source === 'on') {
      // Two-mora on readings are shortened in modern names too: 楽 らく → ら, 凛 りん → り.
      if (m.length === 2) {
        const k = looseKey(m[0] as string)
        if (k !== '' && !out.has(k)) out.set(k, 'on-short')
      }
      continue
    }
    for (let len = 1; len < m.length && len <= 2; len += 1) {
      const k = looseKey(m.slice(0, len).join(''))
      if (k !== '' && !out.has(k)) out.set(k, `${source}-short`)
    }
    // A leading う is often dropped in names: 馬 うま → ま (拓馬), 梅 うめ → め.
    if (m.length >= 2 && m[0] === 'う') {
      const k = looseKey(m.slice(1).join(''))
      if (k !== '' && !out.has(k)) out.set(k, `${source}-short`)
    }
  }
  return [...out]
}

/**
 * Finds a segmentation of `reading` into one candidate per slot (the slot's strict or loose
 * variants). Returns the segments or undefined.
 */
function compose(slots: readonly Slot[], reading: string, data: NameData, kind: 's' | 'l', n: number): Segment[] | undefined {
  const variants: Variants[] = []
  for (let i = 0; i < slots.length; i += 1) variants.push(memoized(data, kind, slots[i] as Slot, i, n))
  return segment(slots, reading, variants)
}

/** Depth-first search over (slot, offset); reachability is memoized in a flat array. */
function segment(slots: readonly Slot[], reading: string, variants: readonly Variants[]): Segment[] | undefined {
  const dead = new Uint8Array((slots.length + 1) * (reading.length + 1))
  const path: Segment[] = []
  return walk(slots, reading, variants, dead, path, 0, 0) ? path : undefined
}

function walk(slots: readonly Slot[], reading: string, variants: readonly Variants[], dead: Uint8Array, path: Segment[], i: number, j: number): boolean {
  const m = reading.length
  if (i === slots.length) return j === m
  if (dead[i * (m + 1) + j]) return false
  const slot = slots[i] as Slot
  const list = variants[i] ?? []
  const next = reading.charCodeAt(j)
  for (let k = 0; k < list.length; k += 1) {
    const [cand, source] = list[k] as readonly [string, string]
    // First unit compared before startsWith: most candidates differ there.
    if (cand.charCodeAt(0) === next && reading.startsWith(cand, j)) {
      path.push({ char: slot.char, reading: cand, source })
      if (walk(slots, reading, variants, dead, path, i + 1, j + cand.length)) return true
      path.pop()
    }
  }
  dead[i * (m + 1) + j] = 1
  return false
}

/**
 * Foreign composition: each kanji takes one of its Chinese (or Korean) readings, as length keys or
 * loose keys. The per-kanji candidate lists are memoized with the other variants.
 */
function composeForeign(slots: readonly Slot[], key: string, which: 'zh' | 'ko', keep: 'length' | 'loose', data: NameData): Segment[] | undefined {
  for (const s of slots) if (s.isKana || !s.info || s.info[which].length === 0) return undefined
  const variants: Variants[] = []
  for (const slot of slots) variants.push(foreignVariants(slot, which, keep, data))
  return segment(slots, key, variants)
}

function foreignVariants(slot: Slot, which: 'zh' | 'ko', keep: 'length' | 'loose', data: NameData): Variants {
  const key = (which === 'zh' ? 'z' : 'k') + (keep === 'length' ? 'L' : 'l') + slot.memoKey
  let found = data.variantMemo.get(key)
  if (!found) {
    const out: (readonly [string, string])[] = []
    for (const fr of (slot.info as KanjiReadings)[which]) {
      fr.kana.forEach((kana, index) => out.push([keep === 'length' ? (fr.lengthKeys[index] ?? '') : looseKey(kana), `${fr.source}=${kana}`]))
    }
    found = out
    if (data.variantMemo.size < MEMO_LIMIT) data.variantMemo.set(key, found)
  }
  return found
}

/**
 * Share of the kana explained by kanji readings when the other kanji may take 1-4 unexplained kana
 * (0..1). Shortened readings do not count here: they match almost anything.
 */
function coverage(slots: readonly Slot[], key: string, data: NameData, n: number): number {
  const m = key.length
  if (m === 0) return 0
  const variants: string[][] = []
  for (let i = 0; i < slots.length; i += 1) {
    const keys: string[] = []
    for (const [k, source] of memoized(data, 'l', slots[i] as Slot, i, n)) if (!source.endsWith('-short')) keys.push(k)
    variants.push(keys)
  }
  // best[i*(m+1)+j]: most kana explained for slots i.. and key j..; -1 unreachable, -2 not computed.
  const best = new Int16Array((slots.length + 1) * (m + 1)).fill(-2)
  return Math.max(0, explained(variants, key, best, 0, 0)) / m
}

function explained(variants: readonly (readonly string[])[], key: string, best: Int16Array, i: number, j: number): number {
  const m = key.length
  if (i === variants.length) return j === m ? 0 : -1
  const at = i * (m + 1) + j
  const cached = best[at] as number
  if (cached !== -2) return cached
  let result = -1
  const next = key.charCodeAt(j)
  for (const cand of variants[i] ?? []) {
    if ((cand.length === 0 || cand.charCodeAt(0) === next) && key.startsWith(cand, j)) {
      const rest = explained(variants, key, best, i + 1, j + cand.length)
      if (rest >= 0 && rest + cand.length > result) result = rest + cand.length
    }
  }
  for (let len = 1; len <= 4 && j + len <= m; len += 1) {
    const rest = explained(variants, key, best, i + 1, j + len)
    if (rest > result) result = rest
  }
  best[at] = result
  return result
}

/**
 * Analyses one name part (a family name, a given name, or a full name without split) against its
 * kana. `name` and `kana` are normalized form values.
 */
export function analyzePart(name: string, kana: string, role: PartRole, data: NameData): PartAnalysis {
  const compact = withoutSpaces(name)
  // readingForm turns katakana into hiragana itself; only ー needs toHiragana first (expandLongMark).
  const reading = kana.includes('ー') ? readingForm(expandLongMark(toHiragana(kana))) : readingForm(kana)
  const standard = standardForm(compact, data)
  // Entries of the part's own kind first (stable), for evidence; up to 8 distinct readings.
  const own = data.dictionary.lookup(compact)
  const variant = standard !== compact ? data.dictionary.lookup(standard) : NO_ENTRIES
  const preferred = role === 'family' ? 'surname' : role === 'given' ? 'given' : ''
  const dictionary: DictionaryReading[] = []
  let inDictionary = false
  if (preferred !== '') {
    inDictionary = collect(own, true, preferred, reading, dictionary) || inDictionary
    inDictionary = collect(variant, true, preferred, reading, dictionary) || inDictionary
  }
  inDictionary = collect(own, false, preferred, reading, dictionary) || inDictionary
  inDictionary = collect(variant, false, preferred, reading, dictionary) || inDictionary
  // Real name parts and company names are short; longer values are not judged (bounded work).
  const slots = codePointCount(compact) > MAX_NAME_LENGTH || reading.length > MAX_NAME_LENGTH * 2 ? undefined : slotsOf(compact, data)
  if (!slots || slots.length === 0) {
    return part(compact, reading, inDictionary ? 'dictionary' : 'unknown', dictionary, NO_SEGMENTS, 0, inDictionary)
  }
  const n = slots.length
  const strict = compose(slots, reading, data, 's', n)
  if (strict) return part(compact, reading, inDictionary ? 'dictionary' : 'composed', dictionary, strict, 0, inDictionary)
  // Foreign readings with their vowel length (リー, ウー) beat a loose Japanese match (り, う)...
  const lengthForm = lengthKey(toHiragana(kana))
  const foreignStrict = foreign(slots, lengthForm, 'length', kana, data)
  if (foreignStrict) return foreignPart(compact, reading, dictionary, foreignStrict, inDictionary)
  const key = looseKey(reading)
  const loose = compose(slots, key, data, 'l', n)
  if (loose) return part(compact, reading, inDictionary ? 'dictionary' : 'loose', dictionary, loose, 0, inDictionary)
  // ...and loosely matching foreign readings (チエン for チェン, キム) count once no Japanese reading
  // fits, even when ENAMDICT lists them (it records the names of Chinese and Korean residents too).
  const foreignLoose = foreign(slots, key, 'loose', kana, data)
  // A reading ENAMDICT lists needs more: a one-kanji name (崔 チェ, 趙 チョ) or a closed Korean
  // syllable (キム); two-kanji given names loosely matching a foreign reading are Japanese (愛麗 あいり).
  if (foreignLoose && (!inDictionary || slots.length === 1 || (foreignLoose.level === 'korean' && foreignLoose.segments.some((s) => KOREAN_FINALS.has(s.source.slice(-1)))))) {
    return foreignPart(compact, reading, dictionary, foreignLoose, inDictionary)
  }
  if (inDictionary) return part(compact, reading, 'dictionary', dictionary, NO_SEGMENTS, 0, inDictionary)
  // A name written in kana (or kana + kanji) whose kana part does not match is simply unrelated.
  let kanjiSlots = 0
  for (const s of slots) if (!s.isKana) kanjiSlots += 1
  const covered = kanjiSlots === 0 ? 0 : coverage(slots, key, data, n)
  if (covered > 0) return part(compact, reading, 'partial', dictionary, NO_SEGMENTS, covered, false)
  return part(compact, reading, 'none', dictionary, NO_SEGMENTS, 0, false)
}

const NO_ENTRIES: readonly DictionaryReading[] = []
const NO_SEGMENTS: readonly Segment[] = []

/**
 * Appends the entries whose kind is (or, with `wanted` false, is not) the preferred one to `out`,
 * skipping readings already there and keeping at most 8; returns whether one equals `reading`.
 */
function collect(entries: readonly DictionaryReading[], wanted: boolean, preferred: string, reading: string, out: DictionaryReading[]): boolean {
  let found = false
  for (const e of entries) {
    if ((e.kind === preferred) !== wanted) continue
    if (e.reading === reading) found = true
    if (out.length < 8 && !hasReading(out, e.reading)) out.push(e)
  }
  return found
}

function hasReading(entries: readonly DictionaryReading[], reading: string): boolean {
  for (const e of entries) if (e.reading === reading) return true
  return false
}

function codePointCount(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    // A high surrogate and the low surrogate after it are one code point (as `[...value]` counts).
    const prev = i > 0 ? value.charCodeAt(i - 1) : 0
    if (!(code >= 0xdc00 && code <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff)) count += 1
  }
  return count
}

function part(name: string, reading: string, level: ReadingLevel, dictionary: readonly DictionaryReading[], segments: readonly Segment[], coverage: number, inDictionary: boolean): PartAnalysis {
  return { name, reading, level, dictionary, segments, coverage, inDictionary }
}

function foreignPart(name: string, reading: string, dictionary: readonly DictionaryReading[], found: ForeignMatch, inDictionary: boolean): PartAnalysis {
  if (found.alternative === undefined) return { name, reading, level: found.level, dictionary, segments: found.segments, coverage: 0, inDictionary }
  return { name, reading, level: found.level, dictionary, segments: found.segments, coverage: 0, inDictionary, alternative: found.alternative }
}

interface ForeignMatch {
  readonly level: 'chinese' | 'korean'
  readonly segments: Segment[]
  readonly alternative?: Segment[]
}

/**
 * Chinese or Korean composition. Korean transcriptions carry no long vowels, so only the loose
 * pass may call a reading Korean. When both fit (鄭 チョン), the one whose katakana equals the
 * input exactly wins; on a tie, Chinese (Chinese has only -n/-ng codas, so a closed syllable such as
 * ム or ク in an exact Korean match decides for Korean). The other reading is kept as `alternative`.
 */
function foreign(slots: readonly Slot[], key: string, keep: 'length' | 'loose', kana: string, data: NameData): ForeignMatch | undefined {
  const zh = composeForeign(slots, key, 'zh', keep, data)
  if (keep === 'length' && !zh) return undefined
  const ko = composeForeign(slots, keep === 'length' ? looseKey(key) : key, 'ko', 'loose', data)
  if (zh && ko) {
    const katakana = toKatakanaForm(kana)
    const exact = (segments: readonly Segment[]): boolean => segments.map((s) => s.source.slice(s.source.indexOf('=') + 1)).join('') === katakana
    const closed = ko.some((s) => KOREAN_FINALS.has(s.source.slice(-1)))
    const koFirst = (exact(ko) && !exact(zh)) || (closed && exact(ko) === exact(zh))
    return koFirst ? { level: 'korean', segments: ko, alternative: zh } : { level: 'chinese', segments: zh, alternative: ko }
  }
  if (zh) return { level: 'chinese', segments: zh }
  if (ko) return { level: 'korean', segments: ko }
  return undefined
}

const toKatakanaForm = (kana: string): string => toKatakana(kana).replace(/ /g, '')

/** Preference of levels when choosing how to split a full name (most plausible Japanese first). */
const RANK: Readonly<Record<ReadingLevel, number>> = {
  dictionary: 7, composed: 6, loose: 5, chinese: 4, korean: 4, partial: 2, none: 1, unknown: 0,
}

export interface FullAnalysis {
  readonly family: PartAnalysis
  readonly given: PartAnalysis | undefined
}

const score = (a: PartAnalysis): number => RANK[a.level] * 10 + (a.level === 'partial' ? a.coverage * 9 : 0)

/**
 * Analyses a full name and its kana when they are not split into family and given name: uses the
 * spaces where both have them, else tries each split point and keeps the most plausible one.
 */
export function analyzeFull(name: string, kana: string, data: NameData): FullAnalysis {
  const nameParts = normalizeText(name).split(' ')
  const kanaParts = normalizeText(kana).split(' ')
  if (nameParts.length === 2 && kanaParts.length === 2) {
    return {
      family: analyzePart(nameParts[0] as string, kanaParts[0] as string, 'family', data),
      given: analyzePart(nameParts[1] as string, kanaParts[1] as string, 'given', data),
    }
  }
  const n = [...nameParts.join('')]
  const kanaHira = readingForm(expandLongMark(toHiragana(kanaParts.join(''))))
  const whole = analyzePart(n.join(''), kanaHira, 'full', data)
  if (whole.level === 'dictionary' || n.length < 2 || n.length > 8 || kanaHira.length > 20) return { family: whole, given: undefined }
  const nameSplits = nameParts.length === 2 ? [[...(nameParts[0] as string)].length] : range(1, n.length)
  // 1. Family names the dictionary knows whose reading starts the kana (the usual case, cheap).
  let best: FullAnalysis | undefined
  let bestScore = -1
  // At most this many split points are analysed (bounded work on adversarial input).
  let budget = 24
  const consider = (family: PartAnalysis, given: PartAnalysis): void => {
    budget -= 1
    const s = Math.min(score(family), score(given)) * 2 + Math.max(score(family), score(given)) / 10
    if (s > bestScore) {
      best = { family, given }
      bestScore = s
    }
  }
  for (const i of nameSplits) {
    const familyName = n.slice(0, i).join('')
    const standard = standardForm(familyName, data)
    const readings = new Set([...data.dictionary.lookup(familyName), ...(standard !== familyName ? data.dictionary.lookup(standard) : [])].map((e) => e.reading))
    for (const r of readings) {
      if (budget <= 0) break
      if (r.length >= kanaHira.length || !kanaHira.startsWith(r)) continue
      if (kanaParts.length === 2 && [...r].length !== [...(kanaParts[0] as string)].length) continue
      consider(analyzePart(familyName, r, 'family', data), analyzePart(n.slice(i).join(''), kanaHira.slice(r.length), 'given', data))
    }
  }
  if (best !== undefined && bestScore >= RANK.composed * 20) return best
  if (RANK[whole.level] >= RANK.composed) return best ?? { family: whole, given: undefined }
  // 2. Otherwise family names composed from kanji readings: only the kana prefixes they can
  //    produce are tried as split points (a handful, not every pair).
  for (const i of nameSplits) {
    const familyName = n.slice(0, i).join('')
    const slots = slotsOf(familyName, data)
    if (!slots) continue
    for (const j of prefixEnds(slots, kanaHira, data)) {
      if (budget <= 0) break
      if (j >= kanaHira.length || (kanaParts.length === 2 && j !== [...(kanaParts[0] as string)].length)) continue
      consider(analyzePart(familyName, kanaHira.slice(0, j), 'family', data), analyzePart(n.slice(i).join(''), kanaHira.slice(j), 'given', data))
    }
  }
  const wholeScore = score(whole) * 2 + score(whole) / 10
  return best !== undefined && bestScore > wholeScore ? best : { family: whole, given: undefined }
}

/** Lengths of the kana prefixes that the slots can read strictly (forward reachability). */
function prefixEnds(slots: readonly Slot[], reading: string, data: NameData): number[] {
  const n = slots.length
  let reach = new Set([0])
  slots.forEach((slot, i) => {
    const next = new Set<number>()
    // The family name is followed by the given name, so its last kanji is never "last" for sokuon.
    for (const [cand] of memoized(data, 's', slot, i, n + 1)) {
      for (const p of reach) if (reading.startsWith(cand, p)) next.add(p + cand.length)
    }
    reach = next
  })
  return [...reach]
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i += 1) out.push(i)
  return out
}
