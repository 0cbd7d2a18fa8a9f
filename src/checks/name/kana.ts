/**
 * Kana and script helpers of the name check. Pure functions over strings; every regex is a single
 * character class or a linear scan (no nested quantifiers).
 */

/** Script class of a value, for evidence (`kana_not_kana`) and facts. */
export type ScriptClass =
  | 'empty'
  | 'hiragana'
  | 'katakana'
  | 'kana'
  | 'kanji'
  | 'kanji_kana'
  | 'latin'
  | 'hangul'
  | 'digits'
  | 'symbols'
  | 'mixed'

const SPACES = /[\s\u3000]+/gu

/**
 * Normalizes a form value: NFKC (half-width kana and full-width Latin to their usual forms), one
 * ASCII space between words, trimmed. Idempotent.
 */
export function normalizeText(value: string): string {
  return isNormalText(value) ? value : value.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/**
 * Invisible format characters (zero-width space/joiners, directional marks, word joiner, BOM, soft
 * hyphen): pasted or injected into a name they would turn real kana into "not kana" or hide a
 * placeholder, so they are removed before anything else looks at the value.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g

/**
 * Whether a value is already normalized: only characters NFKC leaves alone and that compose with
 * nothing (printable ASCII, hiragana, katakana, ー, 々, CJK unified ideographs), and single inner
 * spaces. Most form values are; they skip the NFKC pass.
 */
function isNormalText(value: string): boolean {
  const last = value.length - 1
  for (let i = 0; i <= last; i += 1) {
    const code = value.charCodeAt(i)
    if (code === 0x20) {
      if (i === 0 || i === last || value.charCodeAt(i + 1) === 0x20) return false
    } else if (
      !((code > 0x20 && code < 0x7f) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || code === 0x3005 || (code >= 0x4e00 && code <= 0x9fff))
    ) {
      return false
    }
  }
  return true
}

/** The value without its spaces, as `value.replace(/ /g, '')` (no regex, and no copy without spaces). */
export function withoutSpaces(value: string): string {
  let at = value.indexOf(' ')
  if (at === -1) return value
  let out = ''
  let from = 0
  while (at !== -1) {
    out += value.slice(from, at)
    from = at + 1
    at = value.indexOf(' ', from)
  }
  return out + value.slice(from)
}

export const isHiragana = (code: number): boolean => (code >= 0x3041 && code <= 0x3096) || code === 0x309d || code === 0x309e
export const isKatakana = (code: number): boolean => (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fd || code === 0x30fe
/** Prolonged sound mark ー and middle dot ・ (both appear in kana fields). */
const isKanaMark = (code: number): boolean => code === 0x30fc || code === 0x30fb
export const isKanji = (code: number): boolean =>
  code === 0x3005 || // 々
  code === 0x3006 || // 〆
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x20000 && code <= 0x3ffff)
const isHangul = (code: number): boolean =>
  (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)
const isLatin = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/** Classifies the characters of a normalized value (spaces ignored; `'` `-` `.` allowed with Latin). */
export function classifyScript(value: string): ScriptClass {
  let hira = 0
  let kata = 0
  let kanji = 0
  let latin = 0
  let hangul = 0
  let digits = 0
  let other = 0
  for (let i = 0; i < value.length; i += 1) {
    // Code points, as the string iterator yields them (a lone surrogate is one).
    let code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const low = value.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i += 1
      }
    }
    if (code === 0x20) continue
    if (isHiragana(code)) hira += 1
    else if (isKatakana(code) || isKanaMark(code)) kata += 1
    else if (isKanji(code)) kanji += 1
    else if (isLatin(code)) latin += 1
    else if (isHangul(code)) hangul += 1
    else if (isDigit(code)) digits += 1
    else if (latin > 0 && (code === 0x27 || code === 0x2d || code === 0x2e)) latin += 0
    else other += 1
  }
  const kinds =
    (hira + kata > 0 ? 1 : 0) + (kanji > 0 ? 1 : 0) + (latin > 0 ? 1 : 0) + (hangul > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (other > 0 ? 1 : 0)
  if (kinds === 0) return 'empty'
  if (kinds === 1) {
    if (hira > 0 && kata === 0) return 'hiragana'
    if (kata > 0 && hira === 0) return 'katakana'
    if (hira + kata > 0) return 'kana'
    if (kanji > 0) return 'kanji'
    if (latin > 0) return 'latin'
    if (hangul > 0) return 'hangul'
    if (digits > 0) return 'digits'
    return 'symbols'
  }
  if (kinds === 2 && kanji > 0 && hira + kata > 0) return 'kanji_kana'
  return 'mixed'
}

/** Whether a normalized kana-field value holds only kana (hiragana, katakana, ー, ・, spaces). */
export function isKanaOnly(value: string): boolean {
  if (value === '') return false
  // Kana are single UTF-16 units; a surrogate (half of any other character) is not kana.
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code !== 0x20 && !isHiragana(code) && !isKatakana(code) && !isKanaMark(code)) return false
  }
  return true
}

/** Katakana → hiragana (ヴ → ゔ; ヷ-ヺ and marks unchanged). */
export function toHiragana(value: string): string {
  // Katakana are single UTF-16 units; values without any are returned as they are.
  let i = 0
  while (i < value.length) {
    const code = value.charCodeAt(i)
    if (code >= 0x30a1 && code <= 0x30f6) break
    i += 1
  }
  if (i === value.length) return value
  let out = value.slice(0, i)
  for (; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    out += code >= 0x30a1 && code <= 0x30f6 ? (HIRAGANA[code - 0x30a1] as string) : (value[i] as string)
  }
  return out
}
/** ぁ..ゖ, the hiragana of ァ..ヶ, as one-character strings. */
const HIRAGANA: readonly string[] = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x3041 + i))

/** Hiragana → katakana (the normalized form reported in facts). */
export function toKatakana(value: string): string {
  // Hiragana are single UTF-16 units; values without any are returned as they are.
  let i = 0
  while (i < value.length) {
    const code = value.charCodeAt(i)
    if (code >= 0x3041 && code <= 0x3096) break
    i += 1
  }
  if (i === value.length) return value
  let out = value.slice(0, i)
  for (; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    out += code >= 0x3041 && code <= 0x3096 ? (KATAKANA[code - 0x3041] as string) : (value[i] as string)
  }
  return out
}
/** ァ..ヶ, the katakana of ぁ..ゖ, as one-character strings (made once, not per character). */
const KATAKANA: readonly string[] = Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i))

/**
 * Strict comparison form of a reading: hiragana, no spaces or dots; ぢ → じ and づ → ず (the
 * pairs are pronounced alike and spelled either way in names); ゐ ゑ → い え (old spellings).
 */
export function readingForm(kana: string): string {
  let out = ''
  for (let i = 0; i < kana.length; i += 1) {
    let code = kana.charCodeAt(i)
    // toHiragana, one UTF-16 unit at a time (katakana are single units).
    if (code >= 0x30a1 && code <= 0x30f6) code -= 0x60
    if (code === 0x20 || code === 0x30fb) continue
    if (code === 0x3062) out += 'じ'
    else if (code === 0x3065) out += 'ず'
    else if (code === 0x3090) out += 'い'
    else if (code === 0x3091) out += 'え'
    else out += code === kana.charCodeAt(i) ? (kana[i] as string) : String.fromCharCode(code)
  }
  return out
}

const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
}
const UNVOICED: Readonly<Record<string, string>> = {
  が: 'か', ぎ: 'き', ぐ: 'く', げ: 'け', ご: 'こ', ざ: 'さ', じ: 'し', ず: 'す', ぜ: 'せ', ぞ: 'そ',
  だ: 'た', ぢ: 'ち', づ: 'つ', で: 'て', ど: 'と', ば: 'は', び: 'ひ', ぶ: 'ふ', べ: 'へ', ぼ: 'ほ',
  ぱ: 'は', ぴ: 'ひ', ぷ: 'ふ', ぺ: 'へ', ぽ: 'ほ', ゔ: 'ふ', を: 'お',
}
/** The vowel of each plain hiragana mora (for long-vowel collapsing). */
const VOWEL_OF: Readonly<Record<string, string>> = (() => {
  const rows = [
    'あかさたなはまやらわがざだばぱ',
    'いきしちにひみりぎじぢびぴ',
    'うくすつぬふむゆるぐずづぶぷゔ',
    'えけせてねへめれげぜでべぺ',
    'おこそとのほもよろをごぞどぼぽ',
  ]
  const vowels = 'aiueo'
  const table: Record<string, string> = {}
  rows.forEach((row, i) => {
    for (const ch of row) table[ch] = vowels[i] as string
  })
  return table
})()
const VOWEL_KANA: Readonly<Record<string, string>> = { あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o' }

/**
 * The tables above per UTF-16 unit from U+3000 to U+30FF (every key is a hiragana there), so the
 * key functions index arrays instead of looking up one-character strings: the loose character
 * (small kana enlarged, voicing dropped), its vowel kana (あいうえお → a i u e o) and its vowel.
 */
const TABLE_START = 0x3000
const TABLE_SIZE = 0x100
const LOOSE_CHAR: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, i) => {
  const raw = String.fromCharCode(TABLE_START + i)
  return UNVOICED[SMALL_TO_LARGE[raw] ?? raw] ?? SMALL_TO_LARGE[raw] ?? raw
})
const LOOSE_VOWEL_KANA: readonly (string | undefined)[] = LOOSE_CHAR.map((ch) => VOWEL_KANA[ch])
const LOOSE_VOWEL: readonly string[] = LOOSE_CHAR.map((ch) => VOWEL_KANA[ch] ?? VOWEL_OF[ch] ?? '')

/**
 * Loose phonetic key, for comparing kana with foreign-reading approximations and romaji: hiragana,
 * small kana enlarged, voicing dropped (ジャン = チャン), っ and ー dropped, and long vowels collapsed
 * (おう おお → お, えい → え, いい → い). Idempotent.
 */
export function looseKey(kana: string): string {
  const h = readingForm(kana)
  let out = ''
  let lastVowel = ''
  for (let i = 0; i < h.length; i += 1) {
    const code = h.charCodeAt(i)
    // っ ー ッ are dropped.
    if (code === 0x3063 || code === 0x30fc || code === 0x30c3) continue
    const at = code - TABLE_START
    const inTable = at >= 0 && at < TABLE_SIZE
    const v = inTable ? LOOSE_VOWEL_KANA[at] : undefined
    if (v !== undefined && lastVowel !== '' && (v === lastVowel || (lastVowel === 'o' && v === 'u') || (lastVowel === 'e' && v === 'i'))) continue
    // A small vowel after a consonant mora replaces its vowel (チェ = ちえ → keep both letters, but
    // track the new vowel for collapsing).
    lastVowel = inTable ? (LOOSE_VOWEL[at] as string) : ''
    out += inTable ? (LOOSE_CHAR[at] as string) : (h[i] as string)
  }
  return out
}

/**
 * Like {@link looseKey} but keeps vowel length (ー expanded to its vowel, doubled vowels kept):
 * リー (りい) differs from the Japanese reading り. Used to spot foreign readings before the loose
 * Japanese comparison would accept them. Idempotent.
 */
export function lengthKey(kana: string): string {
  const h = readingForm(kana)
  let out = ''
  let lastVowel = ''
  for (let i = 0; i < h.length; i += 1) {
    const code = h.charCodeAt(i)
    if (code === 0x3063 || code === 0x30c3) continue
    if (code === 0x30fc) {
      out += VOWEL_LETTER[lastVowel] ?? ''
      continue
    }
    const at = code - TABLE_START
    const inTable = at >= 0 && at < TABLE_SIZE
    lastVowel = inTable ? (LOOSE_VOWEL[at] as string) : ''
    out += inTable ? (LOOSE_CHAR[at] as string) : (h[i] as string)
  }
  return out
}
const VOWEL_LETTER: Readonly<Record<string, string>> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お' }
