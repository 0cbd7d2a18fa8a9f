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

/** Dash-like characters other than the katakana prolonged sound mark (which is a letter in names). */
const DASHES = '‐‑‒–—―−─━﹣'
/**
 * Variant spellings folded to one form, character by character: ヶ/ヵ/ケ/が/ガ (霞が関, 霞ヶ関,
 * 霞ケ関), の/ノ/之 (一の瀬, 一ノ瀬; 梅之木), つ/ツ (一つ橋, 一ツ橋). A rule that looked at the
 * neighbouring characters would treat a name differently alone (the data) and inside a longer text
 * (the input: 県つがる市 vs つがる市); a per-character map is consistent under concatenation.
 */
const VARIANT: Readonly<Record<string, string>> = { ヶ: 'ケ', ヵ: 'ケ', が: 'ケ', ガ: 'ケ', の: 'ノ', 之: 'ノ', つ: 'ツ' }
/**
 * A run of kanji numerals. 万 is left alone (no address number reaches it; common in names), and so
 * is a run of 百/千 alone (千代田, 百合ケ丘): nobody writes a street number as 千 without a digit.
 */
const KANJI_NUMERALS = '〇一二三四五六七八九十百千'
/** A hyphen-like mark between two numbers: 1-2, 1ー2, 1の2, 1ノ2, 1−2. */
const NUMBER_JOINERS = '-ーノ'

/**
 * Whitespace of every kind (NFKC has already turned U+3000 into U+0020): the characters of `\s` in
 * a Unicode-mode regular expression (ECMA-262 WhiteSpace and LineTerminator), and list punctuation.
 */
const REMOVED = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff、，,'

/** What the single pass does with a character (by UTF-16 code unit). */
const KEEP = 0
const DROP = 1
const MAP = 2
const NUMERAL = 3
const JOINER = 4

/**
 * The per-character rules as one table lookup: every character the rules touch is in the BMP, so a
 * code unit decides. Built once from the tables above (ITAIJI, VARIANT, the dash, space and numeral
 * classes), so the single pass and the tables cannot drift apart; never written afterwards.
 */
const ACTION = new Uint8Array(0x10000)
const MAPPED = new Map<number, string>()
for (const ch of REMOVED) ACTION[ch.charCodeAt(0)] = DROP
for (const ch of DASHES) {
  ACTION[ch.charCodeAt(0)] = MAP
  MAPPED.set(ch.charCodeAt(0), '-')
}
for (const [from, to] of Object.entries(ITAIJI)) {
  ACTION[from.charCodeAt(0)] = MAP
  MAPPED.set(from.charCodeAt(0), to)
}
for (const [from, to] of Object.entries(VARIANT)) {
  ACTION[from.charCodeAt(0)] = MAP
  MAPPED.set(from.charCodeAt(0), to)
}
for (const ch of KANJI_NUMERALS) ACTION[ch.charCodeAt(0)] = NUMERAL
for (const ch of NUMBER_JOINERS) ACTION[ch.charCodeAt(0)] = JOINER

/**
 * Characters that NFKC leaves alone, in any text made only of them: each is its own NFKC form, none
 * is a combining mark (or ゛゜), and none is the second part of any canonical composition, so no two
 * of them compose. Checked for every code point of these ranges against String.prototype.normalize
 * and the Unicode decompositions (ASCII, Japanese punctuation 、。〃々〆〇「」『』, kana without
 * ゟ/ヿ and the sound marks, CJK ideographs and extension A).
 */
const NFKC_INERT_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0x3001, 0x3003],
  [0x3005, 0x3007],
  [0x300c, 0x300f],
  [0x3041, 0x3096],
  [0x309d, 0x309e],
  [0x30a1, 0x30fa],
  [0x30fc, 0x30fe],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
]
const NFKC_INERT = new Uint8Array(0x10000)
for (const [from, to] of NFKC_INERT_RANGES) NFKC_INERT.fill(1, from, to + 1)

/** Whether NFKC leaves `text` unchanged because every character is NFKC-inert (a quick scan). */
function nfkcInert(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (NFKC_INERT[text.charCodeAt(i)] === 0) return false
  return true
}

/** `text.normalize('NFKC')`, without calling ICU for the common text that NFKC cannot change. */
export function nfkc(text: string): string {
  return nfkcInert(text) ? text : text.normalize('NFKC')
}
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
/** DIGIT and UNIT by code unit, for the single pass. */
const NUMERAL_DIGIT = new Map<number, number>(Object.entries(DIGIT).map(([ch, v]) => [ch.charCodeAt(0), v]))
const NUMERAL_UNIT = new Map<number, number>(Object.entries(UNIT).map(([ch, v]) => [ch.charCodeAt(0), v]))
const HYAKU = 0x767e // 百
const SEN = 0x5343 // 千

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
  // Text that NFKC leaves alone has no combining marks, and the rules add none: one round, no NFKC.
  if (nfkcInert(input)) return applyRules(input)
  // Removing spaces can join a combining mark to its base (NFKC then composes it), and NFKC can
  // produce spaces (゛ → space + combining mark): repeat to the fixed point, which comes in one or
  // two rounds for any text; the cap keeps the work linear.
  let text = normalizeOnce(input)
  // Only text with combining marks (or ゛゜, which NFKC turns into one) can change again.
  if (!(mayHaveMark(text) && MARK_RE.test(text)) && !(mayHaveMark(input) && MARK_RE.test(input))) return text
  for (let round = 0; round < 3; round += 1) {
    const next = normalizeOnce(text)
    if (next === text) break
    text = next
  }
  return text
}

const MARK_RE = /[\p{M}゛゜]/u

/**
 * False when no character of `text` can match MARK_RE: Latin below the combining diacritics, CJK
 * punctuation, kana (but for U+3099..U+309C), CJK ideographs, half- and full-width forms. A quick
 * scan that spares the Unicode-property regular expression for ordinary text.
 */
function mayHaveMark(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (c < 0x300 || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c < 0x302a) || (c >= 0x3030 && c <= 0x3098) || (c >= 0x309d && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef)) continue
    return true
  }
  return false
}

/**
 * One round of the rules, in one pass over the code units of the NFKC text, then a second pass for
 * the number joins only when a joiner follows a digit. Equivalent to, in this order:
 *
 *   .replace(/[\s、，,]+/gu, '')                       spaces and list commas removed
 *   .replace(/[‐‑‒–—―−─━﹣]/gu, '-')                   dashes
 *   .replace(ITAIJI_RE, ...).replace(VARIANT_RE, ...)   per-character folds
 *   .replace(/[〇一二三四五六七八九十百千]+/gu, ...)    kanji numeral runs (not 百/千 alone) as digits,
 *                                                       after a digit with a `_` separator
 *                                                       (銀座4-1-2 三越 must not read 4-1-23越)
 *   .replace(/(?<=\d)[-ーノ]+(?=\d)/gu, '-')           joins between numbers
 */
function normalizeOnce(input: string): string {
  return applyRules(input.normalize('NFKC'))
}

/** The rules after NFKC (see normalizeOnce), on text `s` that is already in NFKC. */
function applyRules(s: string): string {
  const length = s.length
  let out = ''
  // s[start, i) is copied unchanged when the next change comes.
  let start = 0
  // Code unit of the last character kept (after the removals), -1 at the start.
  let last = -1
  let joins = false
  let i = 0
  while (i < length) {
    const code = s.charCodeAt(i)
    const action = code < 0x2c ? (code === 0x20 || (code >= 0x09 && code <= 0x0d) ? DROP : KEEP) : code < 0x80 ? (code === 0x2c ? DROP : code === 0x2d ? JOINER : KEEP) : ACTION[code]!
    if (action === KEEP) {
      last = code
      i += 1
      continue
    }
    if (action === JOINER) {
      if (isDigit(last)) joins = true
      last = code
      i += 1
      continue
    }
    if (action === DROP) {
      out += s.slice(start, i)
      i += 1
      start = i
      continue
    }
    if (action === MAP) {
      out += s.slice(start, i)
      const mapped = MAPPED.get(code)!
      out += mapped
      const mappedCode = mapped.charCodeAt(0)
      if (isJoiner(mappedCode) && isDigit(last)) joins = true
      last = mappedCode
      i += 1
      start = i
      continue
    }
    // A run of kanji numerals, across removed spaces: both readings of kanjiNumeralValue at once.
    out += s.slice(start, i)
    let hasUnit = false
    let unitsOnly = true
    let positional = 0
    let total = 0
    let pending = 0
    let run = ''
    while (i < length) {
      const c = s.charCodeAt(i)
      const a = c < 0x80 ? (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2c ? DROP : KEEP) : ACTION[c]!
      if (a === DROP) {
        i += 1
        continue
      }
      if (a !== NUMERAL) break
      if (c !== HYAKU && c !== SEN) unitsOnly = false
      const unit = NUMERAL_UNIT.get(c)
      if (unit === undefined) {
        const digit = NUMERAL_DIGIT.get(c) ?? 0
        positional = positional * 10 + digit
        pending = pending * 10 + digit
      } else {
        hasUnit = true
        total += (pending === 0 ? 1 : pending) * unit
        pending = 0
      }
      if (unitsOnly) run += s[i]
      i += 1
    }
    start = i
    let replacement: string
    if (unitsOnly) replacement = run
    else {
      const value = String(hasUnit ? total + pending : positional)
      replacement = isDigit(last) ? `_${value}` : value
    }
    out += replacement
    last = replacement.charCodeAt(replacement.length - 1)
  }
  const text = start === 0 ? s : out + s.slice(start)
  return joins ? joinNumbers(text) : text
}

/** `(?<=\d)[-ーノ]+(?=\d)` → `-`: every maximal run of joiners between two ASCII digits. */
function joinNumbers(text: string): string {
  let out = ''
  let start = 0
  let i = 0
  while (i < text.length) {
    if (!isJoiner(text.charCodeAt(i))) {
      i += 1
      continue
    }
    let j = i + 1
    while (j < text.length && isJoiner(text.charCodeAt(j))) j += 1
    if (i > 0 && isDigit(text.charCodeAt(i - 1)) && j < text.length && isDigit(text.charCodeAt(j)) && !(j === i + 1 && text.charCodeAt(i) === 0x2d)) {
      out += `${text.slice(start, i)}-`
      start = j
    }
    i = j
  }
  return start === 0 ? text : out + text.slice(start)
}

const isJoiner = (code: number): boolean => code === 0x2d || code === 0x30fc || code === 0x30ce

/** Postal code digits: 7 digits, from `〒100-0001`, `１００－０００１`, `100 0001`... */
const POSTAL_STRIP_RE = /[〒\s\-ー−‐－]/gu

/** Result of reading a postal code field. */
export type PostalCodeReading =
  | { readonly status: 'valid'; readonly code: string }
  | { readonly status: 'malformed'; readonly code: null }

/** Reads a postal code written in any of the usual ways; `malformed` if it is not 7 digits. */
export function readPostalCode(input: string): PostalCodeReading {
  const compact = nfkc(input).replace(POSTAL_STRIP_RE, '')
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
  // The parts of `1-2-3` without splitting: the first part and how many there are.
  const dash = value.indexOf('-')
  const first = dash < 0 ? value : value.slice(0, dash)
  let parts = 1
  for (let i = dash; i >= 0; i = value.indexOf('-', i + 1)) parts += 1
  let problem: StreetNumberReading['problem'] = null
  if (/^0+$/u.test(first)) problem = 'zero'
  else if (first.startsWith('0')) problem = 'leading_zero'
  else if (first.length >= 6) problem = 'too_long'
  else if (parts > 5) problem = 'too_many_parts'
  return { value, before, after, problem }
}
