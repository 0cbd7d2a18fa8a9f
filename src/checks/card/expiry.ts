/**
 * Card expiry: parsing what forms and gateways send, and its status relative to the reference time.
 */

/** Expiry status reported in facts. */
export type ExpiryStatus = 'absent' | 'malformed' | 'expired' | 'valid' | 'too_far'

/** Why an expiry could not be read. */
export type ExpiryFault = 'missing_month' | 'missing_year' | 'month_not_a_number' | 'month_out_of_range' | 'year_not_a_number' | 'year_out_of_range'

export type ParsedExpiry =
  | { readonly ok: true; readonly year: number; readonly month: number }
  | { readonly ok: false; readonly fault: ExpiryFault }
  | null

/**
 * The longest validity we accept as plausible, in months after the reference month. Japanese
 * issuers print 5 years on credit cards; some debit and virtual prepaid cards run up to 10, and
 * networks reject longer validities. 10 years plus one month of slack for month-boundary effects.
 */
export const MAX_VALIDITY_MONTHS = 10 * 12 + 1

/** Full-width digits and slashes from a Japanese IME become ASCII; whitespace is trimmed. */
function clean(value: string | number): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : 'x'
  let out = ''
  for (const ch of value.trim()) {
    const code = ch.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48)
    else if (ch === '\uff0f') out += '/'
    else out += ch
  }
  return out
}

const DIGITS = /^\d{1,4}$/

function parseMonth(text: string): number | ExpiryFault {
  if (!DIGITS.test(text) || text.length > 2) return 'month_not_a_number'
  const month = Number(text)
  return month >= 1 && month <= 12 ? month : 'month_out_of_range'
}

function parseYear(text: string): number | ExpiryFault {
  if (!DIGITS.test(text) || text.length === 1 || text.length === 3) return 'year_not_a_number'
  const year = Number(text)
  // Two-digit years are 20YY: cards issued since 2000 only.
  if (text.length === 2) return 2000 + year
  return year >= 1900 && year <= 2199 ? year : 'year_out_of_range'
}

/**
 * Reads `expMonth` / `expYear`. Accepts numbers or strings, 1–2 digit months, 2 or 4 digit years,
 * and a combined `MM/YY` or `MM/YYYY` in `expMonth` when `expYear` is absent (forms often send
 * one field). Returns null when neither is given.
 */
export function parseExpiry(expMonth: string | number | undefined, expYear: string | number | undefined): ParsedExpiry {
  const m = expMonth === undefined ? '' : clean(expMonth)
  const y = expYear === undefined ? '' : clean(expYear)
  if (m === '' && y === '') return null
  let monthText = m
  let yearText = y
  if (y === '' && m.length <= 7) {
    const slash = m.indexOf('/')
    if (slash > 0) {
      monthText = m.slice(0, slash).trim()
      yearText = m.slice(slash + 1).trim()
    }
  }
  if (monthText === '') return { ok: false, fault: 'missing_month' }
  if (yearText === '') return { ok: false, fault: 'missing_year' }
  const month = parseMonth(monthText)
  if (typeof month === 'string') return { ok: false, fault: month }
  const year = parseYear(yearText)
  if (typeof year === 'string') return { ok: false, fault: year }
  return { ok: true, year, month }
}

/**
 * Months from the reference month to the expiry month (0: expires at the end of this month).
 * A card is valid through the last day of its expiry month. The month is taken in UTC, which is
 * lenient by up to nine hours against Japan time on the first of a month.
 */
export function monthsUntil(year: number, month: number, now: Date): number {
  return (year - now.getUTCFullYear()) * 12 + (month - (now.getUTCMonth() + 1))
}

/** Status of a parsed expiry relative to `now`. */
export function expiryStatus(parsed: ParsedExpiry, now: Date): ExpiryStatus {
  if (parsed === null) return 'absent'
  if (!parsed.ok) return 'malformed'
  const months = monthsUntil(parsed.year, parsed.month, now)
  if (months < 0) return 'expired'
  return months > MAX_VALIDITY_MONTHS ? 'too_far' : 'valid'
}

/** `YYYY-MM`, for evidence. */
export function formatMonth(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`
}
