/**
 * Host-supplied BIN (IIN) table: ranges of leading digits with the issuing country, card type and
 * prepaid/virtual flags. No npm package ships such data, so the check uses none by default; hosts
 * pass their acquirer's or a vendor's table as a CSV file or as rows (see docs/card.md).
 *
 * The CSV header names follow binlist/data's `ranges.csv` (`iin_start,iin_end,...,type,prepaid,
 * country,bank_name`), so that file loads as is; `bin_start`/`start`, `bin_end`/`end`, `virtual`
 * and `issuer` are accepted too. Unknown columns are ignored.
 */
import { readFileSync } from 'node:fs'
import { ScreenerConfigError } from '../../errors/config.js'

/** Card type as the table states it. */
export type BinCardType = 'credit' | 'debit' | 'prepaid' | 'charge'

/** One row of a BIN table as a host may pass it in code. */
export interface BinTableRow {
  /** First digits of the range (1–8 digits; 6 or 8 for real BINs). */
  readonly start: string
  /** Last prefix of the range, same number of digits as `start`. Default: `start`. */
  readonly end?: string
  /** ISO 3166-1 alpha-2 country of the issuer. */
  readonly country?: string
  /** `credit`, `debit`, `prepaid` or `charge` (case-insensitive; others are ignored). */
  readonly type?: string
  readonly prepaid?: boolean
  readonly virtual?: boolean
  readonly issuer?: string
}

/** What the table says about a card. */
export interface BinRecord {
  /** The matched range, as `start-end` prefixes (at most 8 digits: not private). */
  readonly range: string
  readonly country: string | null
  readonly type: BinCardType | null
  readonly prepaid: boolean | null
  readonly virtual: boolean | null
  readonly issuer: string | null
}

interface LengthGroup {
  readonly length: number
  readonly starts: Uint32Array
  readonly ends: Uint32Array
  readonly records: readonly BinRecord[]
}

/** A compiled table: one sorted, non-overlapping range list per prefix length, longest first. */
export interface BinTable {
  readonly groups: readonly LengthGroup[]
  readonly size: number
}

/** PCI DSS allows the first eight digits to be shown; longer prefixes would be part of the PAN. */
const MAX_PREFIX = 8
const PREFIX = /^\d{1,8}$/
const COUNTRY = /^[A-Z]{2}$/
const TYPES: ReadonlySet<string> = new Set(['credit', 'debit', 'prepaid', 'charge'])
const TRUE = new Set(['true', 'yes', 'y', '1', 't'])
const FALSE = new Set(['false', 'no', 'n', '0', 'f', ''])

function fail(row: number, what: string): never {
  // Row numbers only: values are never echoed (a mistaken file could hold card numbers).
  throw new ScreenerConfigError(`binTable row ${row}: ${what}`)
}

function flag(value: unknown, row: number, column: string): boolean | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value
  const text = String(value).trim().toLowerCase()
  if (text === '') return null
  if (TRUE.has(text)) return true
  if (FALSE.has(text)) return false
  return fail(row, `${column} must be true/false, yes/no or 1/0`)
}

/** Compiles rows into a table. Throws `ScreenerConfigError` for malformed or overlapping rows. */
export function compileBinTable(rows: readonly BinTableRow[]): BinTable {
  const byLength = new Map<number, { start: number; end: number; record: BinRecord; row: number }[]>()
  rows.forEach((raw, index) => {
    const row = index + 1
    const start = String(raw.start ?? '').trim()
    const end = raw.end === undefined || String(raw.end).trim() === '' ? start : String(raw.end).trim()
    if (!PREFIX.test(start)) fail(row, `start must be 1 to ${MAX_PREFIX} digits`)
    if (!PREFIX.test(end) || end.length !== start.length) fail(row, 'end must have as many digits as start')
    if (end < start) fail(row, 'end is before start')
    const countryText = raw.country === undefined ? '' : String(raw.country).trim().toUpperCase()
    if (countryText !== '' && !COUNTRY.test(countryText)) fail(row, 'country must be an ISO 3166-1 alpha-2 code')
    const typeText = raw.type === undefined ? '' : String(raw.type).trim().toLowerCase()
    const type = TYPES.has(typeText) ? (typeText as BinCardType) : null
    const prepaidFlag = flag(raw.prepaid, row, 'prepaid')
    const record: BinRecord = {
      range: start === end ? start : `${start}-${end}`,
      country: countryText === '' ? null : countryText,
      type,
      prepaid: type === 'prepaid' ? true : prepaidFlag,
      virtual: flag(raw.virtual, row, 'virtual'),
      issuer: raw.issuer === undefined || String(raw.issuer).trim() === '' ? null : String(raw.issuer).trim().slice(0, 200),
    }
    const list = byLength.get(start.length) ?? []
    list.push({ start: Number(start), end: Number(end), record, row })
    byLength.set(start.length, list)
  })
  const groups: LengthGroup[] = []
  for (const [length, list] of byLength) {
    list.sort((a, b) => a.start - b.start || a.end - b.end)
    for (let i = 1; i < list.length; i += 1) {
      if (list[i]!.start <= list[i - 1]!.end) fail(list[i]!.row, `range overlaps row ${list[i - 1]!.row}`)
    }
    groups.push({
      length,
      starts: Uint32Array.from(list, (r) => r.start),
      ends: Uint32Array.from(list, (r) => r.end),
      records: list.map((r) => r.record),
    })
  }
  groups.sort((a, b) => b.length - a.length)
  return { groups, size: rows.length }
}

/** Column aliases, lower-case header → row field. */
const COLUMNS: Readonly<Record<string, keyof BinTableRow>> = {
  iin_start: 'start', bin_start: 'start', start: 'start', bin: 'start', iin: 'start',
  iin_end: 'end', bin_end: 'end', end: 'end',
  country: 'country', country_code: 'country',
  type: 'type', card_type: 'type',
  prepaid: 'prepaid',
  virtual: 'virtual',
  issuer: 'issuer', bank_name: 'issuer', bank: 'issuer',
}

/**
 * Parses CSV text (header line required; `#` comment lines and blank lines allowed). csv-parse is
 * loaded here, on first use, so screeners without a BIN file do not pay its ~50 ms load.
 */
export async function parseBinCsv(text: string): Promise<BinTableRow[]> {
  const { parse } = await import('csv-parse/sync')
  let records: Record<string, string>[]
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => COLUMNS[h.trim().toLowerCase()] ?? `_${h}`),
      comment: '#',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[]
  } catch (error) {
    // csv-parse messages quote lines; report only the line number.
    const line = (error as { lines?: number }).lines
    throw new ScreenerConfigError(`binTable: CSV is malformed${line === undefined ? '' : ` near line ${line}`}`)
  }
  if (records.length > 0 && !Object.hasOwn(records[0]!, 'start')) {
    throw new ScreenerConfigError('binTable: CSV needs an iin_start (or bin_start / start) column')
  }
  return records.map((r) => ({
    start: r.start ?? '',
    ...(r.end === undefined ? {} : { end: r.end }),
    ...(r.country === undefined ? {} : { country: r.country }),
    ...(r.type === undefined ? {} : { type: r.type }),
    ...(r.prepaid === undefined ? {} : { prepaid: r.prepaid as unknown as boolean }),
    ...(r.virtual === undefined ? {} : { virtual: r.virtual as unknown as boolean }),
    ...(r.issuer === undefined ? {} : { issuer: r.issuer }),
  }))
}

/** Loads a table from a CSV path or rows. */
export async function loadBinTable(source: string | readonly BinTableRow[]): Promise<BinTable> {
  if (typeof source !== 'string') return compileBinTable(source)
  let text: string
  try {
    text = readFileSync(source, 'utf8')
  } catch (error) {
    throw new ScreenerConfigError(`binTable: cannot read ${source} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return compileBinTable(await parseBinCsv(text))
}

/** The most specific range holding the number's leading digits, or null. */
export function lookupBin(digits: string, table: BinTable): BinRecord | null {
  for (const group of table.groups) {
    if (digits.length < group.length) continue
    const prefix = Number(digits.slice(0, group.length))
    const { starts, ends } = group
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (starts[mid]! <= prefix) lo = mid + 1
      else hi = mid - 1
    }
    // hi: last range starting at or before the prefix.
    if (hi >= 0 && prefix <= ends[hi]!) return group.records[hi]!
  }
  return null
}
