/**
 * Normalization of Japanese address text for matching against the postal tables.
 *
 * The same function is applied to the reference data at build time (scripts/build-address-data.ts
 * stores the normalized keys) and to the input at run time, so every rewrite only has to be
 * consistent, not linguistically exact: `千代田` becomes `1000代田` on both sides. Display values
 * in facts always come from the data's original spelling.
 *
 * Every regular expression here is linear-time: character classes, single quantifiers, and no
 * alternation whose branches can match the same text in more than one way (see the ReDoS test).
 */

/**
 * Version of the normalization rules. Stored in the generated index: when the rules change, the
 * index must be regenerated (`npm run data:address`), and `prepare` refuses a stale index.
 */
export const NORMALIZER_VERSION = 4

/**
 * Old and variant kanji (itaiji) that appear in place names, mapped to the form KEN_ALL uses most.
 * Only characters NFKC leaves alone are listed (NFKC already folds the CJK compatibility block).
 */
export const ITAIJI: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  邊: '辺',
  邉: '辺',
  澤: '沢',
  濵: '浜',
  濱: '浜',
  嶋: '島',
  嶌: '島',
  冨: '富',
  龍: '竜',
  舘: '館',
  櫻: '桜',
  廣: '広',
  德: '徳',
  槇: '槙',
  檜: '桧',
  曾: '曽',
  增: '増',
  靜: '静',
  眞: '真',
  國: '国',
  豐: '豊',
  關: '関',
  齋: '斎',
  齊: '斉',
  條: '条',
  惠: '恵',
  鐵: '鉄',
  渕: '淵',
  藪: '薮',
  壽: '寿',
  萬: '万',
  驛: '駅',
  與: '与',
  淺: '浅',
  瀧: '滝',
  峯: '峰',
  埜: '野',
}

const ITAIJI_RE = new RegExp(`[${Object.keys(ITAIJI).join('')}]`, 'gu')

/** Whitespace of every kind (NFKC has already turned U+3000 into U+0020) and list punctuation. */
const SPACE_RE = /[\s、，,]+/gu
/** Dash-like characters other than the katakana prolonged sound mark (which is a letter in names). */
const DASH_RE = /[‐‑‒–—―−─━﹣]/gu
/**
 * Variant spellings folded to one form, character by character: ヶ/ヵ/ケ/が/ガ (霞が関, 霞ヶ関,
 * 霞ケ関), の/ノ/之 (一の瀬, 一ノ瀬; 梅之木), つ/ツ (一つ橋, 一ツ橋). A rule that looked at the
 * neighbouring characters would treat a name differently alone (the data) and inside a longer text
 * (the input: 県つがる市 vs つがる市); a per-character map is consistent under concatenation.
 */
const VARIANT: Readonly<Record<string, string>> = { ヶ: 'ケ', ヵ: 'ケ', が: 'ケ', ガ: 'ケ', の: 'ノ', 之: 'ノ', つ: 'ツ' }
const VARIANT_RE = /[ヶヵがガの之つ]/gu
/**
 * A run of kanji numerals. 万 is left alone (no address number reaches it; common in names), and so
 * is a run of 百/千 alone (千代田, 百合ケ丘): nobody writes a street number as 千 without a digit.
 */
const KANJI_NUMERAL_RE = /[〇一二三四五六七八九十百千]+/gu
const UNITS_ONLY_RE = /^[百千]+$/u
/** A hyphen-like mark between two numbers: 1-2, 1ー2, 1の2, 1ノ2, 1−2. */
const NUMBER_JOIN_RE = /(?<=\d)[-ーノ]+(?=\d)/gu

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/**
 * Value of a run of kanji numerals: positional (二〇三 = 203) or with units (二十三 = 23, 百二 = 102).
 */
export function kanjiNumeralValue(run: string): number {
  let hasUnit = false
  for (const ch of run) if (UNIT[ch] !== undefined) hasUnit = true
  if (!hasUnit) {
    let value = 0
    for (const ch of run) value = value * 10 + (DIGIT[ch] ?? 0)
    return value
  }
  let total = 0
  let pending = 0
  for (const ch of run) {
    const unit = UNIT[ch]
    if (unit === undefined) {
      pending = pending * 10 + (DIGIT[ch] ?? 0)
    } else {
      total += (pending === 0 ? 1 : pending) * unit
      pending = 0
    }
  }
  return total + pending
}

/**
 * Normalizes address text for matching. Idempotent, total (never throws) and linear in the input.
 *
 * NFKC (full-width digits and letters, half-width kana), no spaces or list commas, itaiji folded,
 * ケ/ノ/ツ variants unified, kanji numerals as digits, and hyphen-like joins between
 * numbers written `-`.
 */
export function normalizeAddressText(input: string): string {
  // Removing spaces can join a combining mark to its base (NFKC then composes it), and NFKC can
  // produce spaces (゛ → space + combining mark): repeat to the fixed point, which comes in one or
  // two rounds for any text; the cap keeps the work linear.
  let text = normalizeOnce(input)
  // Only text with combining marks (or ゛゜, which NFKC turns into one) can change again.
  if (!MARK_RE.test(text) && !MARK_RE.test(input)) return text
  for (let round = 0; round < 3; round += 1) {
    const next = normalizeOnce(text)
    if (next === text) break
    text = next
  }
  return text
}

const MARK_RE = /[\p{M}゛゜]/u

function normalizeOnce(input: string): string {
  return (
    input
      .normalize('NFKC')
      .replace(SPACE_RE, '')
      .replace(DASH_RE, '-')
      .replace(ITAIJI_RE, (ch) => ITAIJI[ch] ?? ch)
      .replace(VARIANT_RE, (ch) => VARIANT[ch] ?? ch)
      // A numeral run right after a digit starts a new word (銀座4-1-2 三越 must not read 4-1-23越):
      // keep a separator that the street-number reader stops at.
      .replace(KANJI_NUMERAL_RE, (run, offset: number, whole: string) => {
        if (UNITS_ONLY_RE.test(run)) return run
        return offset > 0 && isDigit(whole.charCodeAt(offset - 1)) ? `_${kanjiNumeralValue(run)}` : String(kanjiNumeralValue(run))
      })
      .replace(NUMBER_JOIN_RE, '-')
  )
}

/** Postal code digits: 7 digits, from `〒100-0001`, `１００－０００１`, `100 0001`... */
const POSTAL_STRIP_RE = /[〒\s\-ー−‐－]/gu

/** Result of reading a postal code field. */
export type PostalCodeReading =
  | { readonly status: 'valid'; readonly code: string }
  | { readonly status: 'malformed'; readonly code: null }

/** Reads a postal code written in any of the usual ways; `malformed` if it is not 7 digits. */
export function readPostalCode(input: string): PostalCodeReading {
  const compact = input.normalize('NFKC').replace(POSTAL_STRIP_RE, '')
  return /^\d{7}$/u.test(compact) ? { status: 'valid', code: compact } : { status: 'malformed', code: null }
}

/** A postal code written at the start of a one-line address: `〒100-0001 東京都...` (after NFKC). */
const LEADING_POSTAL_RE = /^〒?\s*(\d{3})[\s\-ー−‐]*(\d{4})(?!\d)/u

/**
 * Splits a leading postal code from one-line address text (NFKC applied, not yet normalized: the
 * kanji numerals of the next word would otherwise run into the code).
 */
export function splitLeadingPostalCode(text: string): { readonly postalCode: string | null; readonly rest: string } {
  const match = LEADING_POSTAL_RE.exec(text)
  if (!match) return { postalCode: null, rest: text.replace(/^〒/u, '') }
  return { postalCode: `${match[1]}${match[2]}`, rest: text.slice(match[0].length) }
}

/** Joins 丁目/番地/番/号/の between numbers into hyphens: 3丁目1番3号 → 3-1-3. */
const STREET_JOIN_RE = /(?<=\d)(?:丁目|番地|番|号|地割|-)+ノ?(?=\d)/gu
/** 番地/番/号 right after the last number. */
const STREET_TAIL_RE = /^(?:番地|番|号)/u
/** The first street number: digits joined by hyphens. */
const STREET_NUMBER_RE = /\d+(?:-\d+)*/u

/** What the text after the town says about the street number (番地). */
export interface StreetNumberReading {
  /** The number as `1-2-3`, or null. */
  readonly value: string | null
  /** Text before the number (a 字 name, 甲/乙, a Kyoto direction), normalized. */
  readonly before: string
  /** Text after the number (usually the building), normalized. */
  readonly after: string
  /** Why the number cannot be a street number, or null. */
  readonly problem: 'leading_zero' | 'zero' | 'too_long' | 'too_many_parts' | 'latin_only' | null
}

/** Markers of places without a number that are nevertheless real (番外地, 無番地). */
const NO_NUMBER_MARK_RE = /番外地|無番地|番地なし/u
/** Letters and symbols only, no Japanese script (typed garbage in the street field). */
const LATIN_ONLY_RE = /^[\x21-\x7e]+$/u

/** Reads the street number from the normalized text that follows the town. */
export function readStreetNumber(normalizedRest: string): StreetNumberReading {
  const joined = normalizedRest.replace(STREET_JOIN_RE, '-')
  const match = STREET_NUMBER_RE.exec(joined)
  if (!match) {
    if (NO_NUMBER_MARK_RE.test(joined)) return { value: '無番地', before: joined, after: '', problem: null }
    const problem = LATIN_ONLY_RE.test(joined) ? 'latin_only' : null
    return { value: null, before: joined, after: '', problem }
  }
  const value = match[0]
  const before = joined.slice(0, match.index)
  const after = joined.slice(match.index + value.length).replace(STREET_TAIL_RE, '')
  const parts = value.split('-')
  const first = parts[0] ?? ''
  let problem: StreetNumberReading['problem'] = null
  if (/^0+$/u.test(first)) problem = 'zero'
  else if (first.startsWith('0')) problem = 'leading_zero'
  else if (first.length >= 6) problem = 'too_long'
  else if (parts.length > 5) problem = 'too_many_parts'
  return { value, before, after, problem }
}
