import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import type { Readable } from 'node:stream'
import { parse as parseCsvLine } from 'csv-parse/sync'

/**
 * One record of a batch input. Every physical input line yields exactly one item (an empty or
 * broken line yields an error item), so a batch job can emit one output line per input line.
 */
export type RecordItem =
  | { readonly line: number; readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly line: number; readonly ok: false; readonly error: RecordErrorCode; readonly message: string }

/** Why a line is not a record. */
export type RecordErrorCode = 'empty_line' | 'invalid_json' | 'not_an_object' | 'invalid_csv_row'

export type RecordFormat = 'jsonl' | 'csv'

/** Guesses the format from a file name (`.csv` → csv, else jsonl). */
export function formatFromPath(path: string): RecordFormat {
  return /\.csv$/i.test(path) ? 'csv' : 'jsonl'
}

/** Opens a path, or standard input for `-`. */
export function openInput(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path)
}

/** The input cannot be read as the given format at all (e.g. a CSV header that does not parse). */
export class InputFormatError extends Error {
  override readonly name = 'InputFormatError'
}

/** One physical line of a batch input, numbered from 1, with a UTF-8 BOM removed from line 1. */
export interface RawLine {
  readonly line: number
  readonly text: string
}

/**
 * Splits a stream into numbered lines; streaming, memory does not grow with the file. Only LF ends a
 * line (one CR before it is dropped): a lone CR is legal JSON whitespace inside a line, and counting
 * it as a line end, as readline does, would break the one-output-per-input-line promise.
 */
export async function* readLines(input: Readable): AsyncGenerator<RawLine> {
  const decoder = new StringDecoder('utf8')
  let line = 0
  let pending = ''
  const emit = (raw: string): RawLine => {
    line += 1
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    return { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text }
  }
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)
    let start = 0
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      yield emit(pending.slice(start, nl))
      start = nl + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.end()
  // A last line without a final newline still counts (a truncated file); a final newline adds none.
  if (pending !== '') yield emit(pending)
}

/**
 * The data lines of an input. For CSV the first line is the header: it is consumed here and exposed
 * as `header` (set once the first line has been read), so each data line can be parsed on its own.
 */
export function dataLines(input: Readable, format: RecordFormat): { readonly lines: AsyncGenerator<RawLine>; header(): string[] | undefined } {
  let header: string[] | undefined
  const source = readLines(input)
  const lines = (async function* () {
    for await (const raw of source) {
      if (format === 'csv' && header === undefined) {
        header = parseCsvHeader(raw.text)
        continue
      }
      yield raw
    }
  })()
  return { lines, header: () => header }
}

/** Parses a CSV header line into column names (input paths). */
export function parseCsvHeader(text: string): string[] {
  try {
    return parseCsvRow(text)
  } catch (error) {
    throw new InputFormatError(`CSV header on line 1 cannot be parsed: ${(error as Error).message}`)
  }
}

/**
 * Turns one data line into a record item. `header` is the CSV header (undefined for JSONL).
 * Pure and cheap to ship to a worker thread: only the text travels, parsing happens here.
 */
export function parseRecord(raw: RawLine, header: readonly string[] | undefined): RecordItem {
  if (raw.text.trim() === '') return { line: raw.line, ok: false, error: 'empty_line', message: 'empty line' }
  return header === undefined ? jsonItem(raw.text, raw.line) : csvItem(raw.text, header, raw.line)
}

/**
 * Reads JSONL or CSV records line by line (streaming: memory does not grow with the file).
 *
 * - A UTF-8 BOM is removed; CRLF and LF both end lines.
 * - JSONL: each line must be a JSON object.
 * - CSV: the first line is the header; column names are input paths (`name.family`,
 *   `address.postalCode`, `headers.user-agent`) and are unflattened into objects; empty cells are
 *   omitted. A quoted cell may not span lines (one record per line, so line numbers stay exact).
 */
export async function* readRecords(input: Readable, format: RecordFormat): AsyncGenerator<RecordItem> {
  const { lines, header } = dataLines(input, format)
  for await (const raw of lines) yield parseRecord(raw, header())
}

function jsonItem(text: string, line: number): RecordItem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The parser's message can quote the line (and so a card number): report only the kind of fault.
    return { line, ok: false, error: 'invalid_json', message: 'invalid JSON' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, ok: false, error: 'not_an_object', message: 'not a JSON object' }
  }
  return { line, ok: true, value: value as Record<string, unknown> }
}

function parseCsvRow(text: string): string[] {
  const rows = parseCsvLine(text, { relax_column_count: true }) as string[][]
  return rows[0] ?? []
}

function csvItem(text: string, header: readonly string[], line: number): RecordItem {
  let cells: string[]
  try {
    cells = parseCsvRow(text)
  } catch {
    return { line, ok: false, error: 'invalid_csv_row', message: 'invalid CSV row' }
  }
  if (cells.length > header.length) return { line, ok: false, error: 'invalid_csv_row', message: `CSV row has ${cells.length} cells, header has ${header.length}` }
  const value: Record<string, unknown> = {}
  header.forEach((column, index) => {
    const cell = cells[index]
    if (cell !== undefined && cell !== '') setPath(value, column, cell)
  })
  return { line, ok: true, value }
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Sets `a.b.c` in a nested object. Header names after `headers.` are kept whole (`headers.user-agent`). */
function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const parts = path.startsWith('headers.') ? ['headers', path.slice('headers.'.length)] : path.split('.')
  // A header such as `__proto__.x` must not reach Object.prototype.
  if (parts.some((part) => UNSAFE_KEYS.has(part))) return
  let node = target
  for (const part of parts.slice(0, -1)) {
    const next = node[part]
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> = {}
      node[part] = created
      node = created
    }
  }
  const last = parts[parts.length - 1]
  if (last !== undefined) node[last] = coerceCell(path, value)
}

/** CSV cells are text; the few numeric fields of the schema are converted back. */
function coerceCell(path: string, value: string): unknown {
  if (path === 'client.captchaScore') {
    const number = Number(value)
    return Number.isFinite(number) ? number : value
  }
  return value
}
