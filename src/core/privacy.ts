/**
 * Card numbers typed into the wrong field. A full PAN may only ever be read by the card check,
 * which masks it itself; anywhere else (a name, an address line, a header, the id) it would be
 * echoed in evidence, facts or errors. So before any check runs, every input string outside `card`
 * has its card-number-like digit runs masked. PCI DSS 3.4: never store or display a full PAN.
 */

const isDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
const digitValue = (code: number): number => (code <= 57 ? code - 48 : code - 0xff10)
/** Separators allowed between digit groups of a written card number (ASCII and full-width). */
const isSeparator = (code: number): boolean => code === 32 || code === 45 || code === 0x3000 || code === 0xff0d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212

/** PANs have 12 to 19 digits (ISO/IEC 7812-1). */
const MIN_PAN = 12
const MAX_PAN = 19

function digitCount(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i += 1) if (isDigit(text.charCodeAt(i))) count += 1
  return count
}

/** Luhn over the digits of text[start, end), separators skipped (ISO/IEC 7812-1 check digit). */
function luhnValidRun(text: string, start: number, end: number): boolean {
  let sum = 0
  let position = 0
  for (let k = end - 1; k >= start; k -= 1) {
    const code = text.charCodeAt(k)
    if (!isDigit(code)) continue
    let d = digitValue(code)
    if (position % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    position += 1
  }
  return sum % 10 === 0
}

/**
 * Masks card-number-like runs: digits separated by at most single spaces or hyphens, either 12–19
 * digits long and Luhn-valid (a PAN), or longer than 19 (which may contain one). Every digit of such
 * a run but the last four becomes `*`. Strings with fewer than 12 digits are returned as they are.
 */
export function maskPanRuns(text: string): string {
  if (digitCount(text) < MIN_PAN) return text
  // One pass over char codes, no allocation per run; the string is only rebuilt around masked runs.
  let out = ''
  let copiedTo = 0
  let i = 0
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i += 1
      continue
    }
    // A run: digits, with single separators between digits.
    const start = i
    let end = i
    let count = 0
    while (end < text.length) {
      const code = text.charCodeAt(end)
      if (isDigit(code)) {
        count += 1
        end += 1
      } else if (isSeparator(code) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) end += 1
      else break
    }
    if (count > MAX_PAN || (count >= MIN_PAN && luhnValidRun(text, start, end))) {
      // Keep the last four digits; every digit before them becomes '*', separators stay.
      let keepFrom = end
      for (let kept = 0; kept < 4; keepFrom -= 1) if (isDigit(text.charCodeAt(keepFrom - 1))) kept += 1
      out += text.slice(copiedTo, start) + text.slice(start, keepFrom).replace(/[0-9０-９]/g, '*') + text.slice(keepFrom, end)
      copiedTo = end
    }
    i = end
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo)
}

/**
 * Whether a string has a run of 12 or more digits (with single separators between them): the only
 * strings {@link maskPanRuns} can change. A browser's User-Agent has 25 digits but no such run, so
 * ordinary inputs are never copied.
 */
// Twelve digits with at most one separator between neighbours. Digit and separator classes are
// disjoint, so a match attempt never backtracks; irregexp runs it far faster than a JS loop.
const LONG_RUN = /[0-9\uff10-\uff19](?:[ \-\u3000\uff0d\u2010-\u2015\u2212]?[0-9\uff10-\uff19]){11}/
function hasLongRun(text: string): boolean {
  return LONG_RUN.test(text)
}

/** Whether any string (or key) in the value has a card-number-length digit run. */
function mayHoldPan(value: unknown): boolean {
  if (typeof value === 'string') return hasLongRun(value)
  if (Array.isArray(value)) return value.some(mayHoldPan)
  if (typeof value === 'object' && value !== null) {
    for (const key in value) if (hasLongRun(key) || mayHoldPan((value as Record<string, unknown>)[key])) return true
  }
  return false
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskPanRuns(value)
  if (Array.isArray(value)) return value.map(maskValue)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[maskPanRuns(key)] = maskValue(inner)
    return out
  }
  return value
}

/**
 * The input with card-number-like runs masked in every string outside `card` (keys included, for
 * header names). Returns the same object when nothing needs masking, so the usual input costs one
 * digit count per string and no copy.
 */
export function maskStrayPans<T extends Record<string, unknown>>(input: T): T {
  let changed: Record<string, unknown> | undefined
  for (const key in input) {
    const value = input[key]
    if (key === 'card' || !mayHoldPan(value)) continue
    changed ??= { ...input }
    changed[key] = maskValue(value)
  }
  return (changed ?? input) as T
}
