/**
 * Input normalization for the phone field, before libphonenumber parses it.
 *
 * Japanese forms receive numbers in many shapes: full-width digits (０９０), katakana long vowel
 * marks or dashes as hyphens (０９０ー１２３４ー５６７８), parentheses around the area code,
 * '+81' with or without the trunk '0', '81' without the plus, `tel:` URIs (RFC 3966), a label
 * (TEL:, 電話:), an extension (内線 12, ext. 12, x12, #12), or two numbers ("03-… / 090-…").
 * The result is a canonical string: an optional '+', digits, and an optional " ext. NNN".
 * Normalizing that string again gives the same string (tested).
 */

/** What the normalizer extracted from the raw field. */
export interface NormalizedPhone {
  /** Canonical text handed to the parser: `+?digits( ext. digits)?`, or '' when there are no digits. */
  readonly text: string
  /** Digits of the main number (without '+' and extension). */
  readonly digits: string
  /** Written in international form (with '+', or rewritten from 81… / 0081… / +81 0…). */
  readonly international: boolean
  readonly extension: string | null
  /** Letters or other text besides the recognized labels and extension markers. */
  readonly hasText: boolean
  /** More than one number was given; the first one was kept. */
  readonly multiple: boolean
}

/** Labels people put before the number; matched at the start only (after NFKC and lower-casing), longest first. */
const LABELS = ['telephone', 'tel', 'phone', 'mobile', 'cell', 'fax', '電話番号', '電話', '携帯電話', '携帯', '自宅', '会社'] as const
/**
 * Extension markers, after NFKC and lower-casing. 'x' and '#' are the ITU-T E.123 / common forms;
 * ';ext=' is RFC 3966; 内線 is the Japanese word for extension.
 */
const EXTENSION_MARKERS = [';ext=', 'extension', 'ext.', 'ext', '内線', '#', 'x'] as const
/** Characters that separate two numbers written in one field. */
const LIST_SEPARATORS = new Set(['/', ',', '、', '|', ';', '・'])
/** Every dash-like character forms use between digit groups (NFKC leaves most of them alone). */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u30fc', '\uff70', '\u2043', '\ufe63', '\u02d7', '\u2500', '\u2501', '\u30fb'])
/** Punctuation that may appear inside a written number without meaning anything. */
const NEUTRAL = new Set([' ', '\t', '\n', '\r', '(', ')', '[', ']', '.', '\u3000', '「', '」', '【', '】', '〔', '〕', ':', '：'])

const isDigit = (c: string): boolean => c >= '0' && c <= '9'

/** Removes one leading label ("tel:", "TEL.", "電話：") so its letters do not count as text. */
function stripLabel(s: string): string {
  let t = s.trimStart()
  for (const label of LABELS) {
    if (t.startsWith(label)) {
      t = t.slice(label.length)
      break
    }
  }
  return t
}

/** Index of the extension marker that follows the main number, or -1. */
function extensionStart(s: string): number {
  let best = -1
  for (const marker of EXTENSION_MARKERS) {
    let from = 0
    for (;;) {
      const at = s.indexOf(marker, from)
      if (at < 0) break
      from = at + 1
      // The marker must follow some digits and be followed by digits (after optional spaces/=/.).
      let i = at + marker.length
      while (i < s.length && (s[i] === ' ' || s[i] === '=' || s[i] === '.' || s[i] === ':')) i += 1
      const before = s.slice(0, at)
      let digitsBefore = 0
      for (const c of before) if (isDigit(c)) digitsBefore += 1
      if (digitsBefore >= 6 && i < s.length && isDigit(s[i] ?? '')) {
        if (best < 0 || at < best) best = at
        break
      }
    }
  }
  return best
}

/**
 * Normalizes a raw phone field. Never throws.
 *
 * @param raw - the field as given
 * @param defaultCallingCode - calling code of the default country ('81' for JP): enables the
 *   '81…' without plus and '+81 0…' rewrites, which are only safe for Japanese numbering
 */
export function normalizePhone(raw: string, defaultCallingCode = '81'): NormalizedPhone {
  const lower = raw.normalize('NFKC').toLowerCase()
  // The usual field (digits with - ( ) . space, maybe a leading +) has no label, no extension marker
  // and no text: the digits, and whether a '+' came before them, are all there is to read.
  const simple = readSimple(lower)
  if (simple !== null) return finish(simple, simple.charCodeAt(0) === PLUS, null, false, false, defaultCallingCode)
  let s = stripLabel(lower)
  let extension: string | null = null
  const ext = extensionStart(s)
  if (ext >= 0) {
    let digits = ''
    for (const c of s.slice(ext)) {
      if (isDigit(c)) digits += c
      else if (digits !== '') break
    }
    extension = digits
    s = s.slice(0, ext)
  }

  let digits = ''
  let plus = false
  let hasText = false
  let multiple = false
  let rest = ''
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i] ?? ''
    if (isDigit(c)) digits += c
    else if (c === '+') {
      if (digits === '') plus = true
    } else if (DASHES.has(c) || NEUTRAL.has(c)) continue
    else {
      if (!LIST_SEPARATORS.has(c)) hasText = true
      // "03-1234-5678 / 090-1234-5678", "03-1234-5678 または 090-…", "090-1234-5678（携帯）": once a
      // complete number (10+ digits with the trunk 0) is followed by a separator or text, stop there.
      if (digits.length >= 10) {
        rest = s.slice(i + 1)
        break
      }
    }
  }
  for (const c of rest) {
    if (isDigit(c)) {
      multiple = true
      break
    }
  }

  return finish(digits, plus, extension, hasText, multiple, defaultCallingCode)
}

const PLUS = 0x2b

/**
 * For text made only of ASCII digits, '-', '(', ')', '.', ' ' and '+': the digits, preceded by '+'
 * when a '+' comes before the first digit; else null. What the general loop of normalizePhone reads
 * from such text (no label or extension marker can occur in it, and every other character is a
 * dash or neutral punctuation).
 */
function readSimple(text: string): string | null {
  let digits = ''
  let plus = false
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) digits += text[i]
    else if (code === PLUS) {
      if (digits === '') plus = true
    } else if (code !== 0x2d && code !== 0x20 && code !== 0x28 && code !== 0x29 && code !== 0x2e) return null
  }
  return plus ? `+${digits}` : digits
}

/** The international rewrites and the canonical text, from what was read. */
function finish(
  read: string,
  plus: boolean,
  extension: string | null,
  hasText: boolean,
  multiple: boolean,
  defaultCallingCode: string,
): NormalizedPhone {
  let digits = plus && read.charCodeAt(0) === PLUS ? read.slice(1) : read
  let international = plus
  if (defaultCallingCode === '81' && digits !== '') {
    if (!plus && digits.startsWith('0081') && (digits.length === 13 || digits.length === 14)) {
      digits = digits.slice(2)
      international = true
    } else if (!plus && digits.startsWith('81') && (digits.length === 11 || digits.length === 12)) {
      // Japanese national numbers start with the trunk 0, so 81 + 9 or 10 digits is +81 without its plus.
      international = true
    }
    // "+81 (0)3-…" / "+81 090-…": Japanese significant numbers never start with 0 (ITU-T E.164 national
    // significant number excludes the trunk prefix), so the 0 after 81 is the trunk prefix.
    if (international && digits.startsWith('810')) digits = `81${digits.slice(3)}`
  }
  const text = digits === '' ? '' : `${international ? '+' : ''}${digits}${extension ? ` ext. ${extension}` : ''}`
  return { text, digits, international, extension, hasText, multiple }
}
