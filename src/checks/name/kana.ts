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
  return value.normalize('NFKC').replace(SPACES, ' ').trim()
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
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    if (code === 0x20) continue
    if (isHiragana(code)) hira += 1
    else if (isKatakana(code) || isKanaMark(code)) kata += 1
    else if (isKanji(code)) kanji += 1
    else if (isLatin(code)) latin += 1
    else if (isHangul(code)) hangul += 1
    else if (isDigit(code)) digits += 1
    else if (latin > 0 && (ch === "'" || ch === '-' || ch === '.')) latin += 0
    else other += 1
  }
  const kinds = [hira + kata > 0, kanji > 0, latin > 0, hangul > 0, digits > 0, other > 0].filter(Boolean).length
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
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    if (code !== 0x20 && !isHiragana(code) && !isKatakana(code) && !isKanaMark(code)) return false
  }
  return true
}

/** Katakana → hiragana (ヴ → ゔ; ヷ-ヺ and marks unchanged). */
export function toHiragana(value: string): string {
  let out = ''
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : ch
  }
  return out
}

/** Hiragana → katakana (the normalized form reported in facts). */
export function toKatakana(value: string): string {
  let out = ''
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : ch
  }
  return out
}

/**
 * Strict comparison form of a reading: hiragana, no spaces or dots; ぢ → じ and づ → ず (the
 * pairs are pronounced alike and spelled either way in names); ゐ ゑ → い え (old spellings).
 */
export function readingForm(kana: string): string {
  let out = ''
  for (const ch of toHiragana(kana)) {
    if (ch === ' ' || ch === '・') continue
    out += READING_FORM[ch] ?? ch
  }
  return out
}
const READING_FORM: Readonly<Record<string, string>> = { ぢ: 'じ', づ: 'ず', ゐ: 'い', ゑ: 'え' }

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
 * Loose phonetic key, for comparing kana with foreign-reading approximations and romaji: hiragana,
 * small kana enlarged, voicing dropped (ジャン = チャン), っ and ー dropped, and long vowels collapsed
 * (おう おお → お, えい → え, いい → い). Idempotent.
 */
export function looseKey(kana: string): string {
  const h = readingForm(kana)
  let out = ''
  let lastVowel = ''
  for (const raw of h) {
    if (raw === 'っ' || raw === 'ー' || raw === 'ッ') continue
    const ch = UNVOICED[SMALL_TO_LARGE[raw] ?? raw] ?? SMALL_TO_LARGE[raw] ?? raw
    const v = VOWEL_KANA[ch]
    if (v !== undefined && lastVowel !== '' && (v === lastVowel || (lastVowel === 'o' && v === 'u') || (lastVowel === 'e' && v === 'i'))) continue
    // A small vowel after a consonant mora replaces its vowel (チェ = ちえ → keep both letters, but
    // track the new vowel for collapsing).
    lastVowel = v ?? VOWEL_OF[ch] ?? ''
    out += ch
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
  for (const raw of h) {
    if (raw === 'っ' || raw === 'ッ') continue
    if (raw === 'ー') {
      out += VOWEL_LETTER[lastVowel] ?? ''
      continue
    }
    const ch = UNVOICED[SMALL_TO_LARGE[raw] ?? raw] ?? SMALL_TO_LARGE[raw] ?? raw
    lastVowel = VOWEL_KANA[ch] ?? VOWEL_OF[ch] ?? ''
    out += ch
  }
  return out
}
const VOWEL_LETTER: Readonly<Record<string, string>> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お' }
