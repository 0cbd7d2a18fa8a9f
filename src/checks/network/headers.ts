/**
 * Request headers as the check sees them: names lower-cased (RFC 9110 §5.1: case-insensitive),
 * repeated fields joined with ", " (§5.3), values cut to a bounded length, and the names of values
 * that were cut or carried control characters recorded for signals.
 */

export interface NormalizedHeaders {
  readonly values: ReadonlyMap<string, string>
  /** Names whose value was longer than the limit (cut). Cookie is exempt: it is never read. */
  readonly oversized: readonly string[]
  /** Names whose value had control characters (RFC 9110 §5.5 allows only HTAB among CTLs). */
  readonly controlChars: readonly string[]
  /** Number of distinct header names. */
  readonly count: number
}

/** Headers whose size says nothing (session state) and that the check never reads. */
const NOT_READ = new Set(['cookie', 'authorization', 'proxy-authorization'])

/** Headers holding proxy chains, whose right end is the trusted one. */
const CHAINS = new Set(['x-forwarded-for', 'forwarded'])

/** CTLs other than HTAB (a single character class: linear time). */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/

function hasControl(value: string): boolean {
  return CONTROL.test(value)
}

/** Normalizes the schema's `{ [name]: string | string[] }` headers. Never throws on content. */
export function normalizeHeaders(headers: { readonly [name: string]: string | readonly string[] } | undefined, maxLength: number): NormalizedHeaders {
  const values = new Map<string, string>()
  const oversized: string[] = []
  const controlChars: string[] = []
  if (headers === undefined) return { values, oversized, controlChars, count: 0 }
  for (const rawName of Object.keys(headers)) {
    const name = rawName.toLowerCase()
    if (NOT_READ.has(name)) continue
    const raw = headers[rawName]
    let value = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join(', ') : ''
    const previous = values.get(name)
    if (previous !== undefined) value = `${previous}, ${value}`
    if (value.length > maxLength) {
      // Proxy chains are read from the right (the trusted end): keep the right-most entries whole.
      if (CHAINS.has(name)) {
        const tail = value.slice(value.length - maxLength)
        const comma = tail.indexOf(',')
        value = comma < 0 ? tail : tail.slice(comma + 1)
      } else {
        value = value.slice(0, maxLength)
      }
      if (!oversized.includes(name)) oversized.push(name)
    }
    if (hasControl(value) && !controlChars.includes(name)) controlChars.push(name)
    values.set(name, value)
  }
  return { values, oversized, controlChars, count: values.size }
}

/** One member of a structured-field list like sec-ch-ua: `"Brand";v="123"`. */
export interface Brand {
  readonly brand: string
  readonly version: number | null
}

/**
 * Parses sec-ch-ua (RFC 8941 list of strings with a `v` parameter). Lenient: malformed members are
 * skipped. GREASE brands ("Not A(Brand", "Not?A_Brand") are dropped.
 */
export function parseSecChUa(value: string): Brand[] {
  const out: Brand[] = []
  for (const member of value.split(',')) {
    const open = member.indexOf('"')
    const close = open < 0 ? -1 : member.indexOf('"', open + 1)
    if (close < 0) continue
    const brand = member.slice(open + 1, close)
    if (brand.startsWith('Not') && (brand.includes('Brand') || brand.includes('brand'))) continue
    const v = member.indexOf('v="', close)
    let version: number | null = null
    if (v >= 0) {
      const n = Number.parseInt(member.slice(v + 3), 10)
      version = Number.isFinite(n) ? n : null
    }
    out.push({ brand, version })
  }
  return out
}

/** Unquotes an sf-string header value like sec-ch-ua-platform `"Windows"`. */
export function unquote(value: string): string {
  const trimmed = value.trim()
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed
}

/** Primary language subtags of an Accept-Language value, in order (`ja-JP,en;q=0.8` → ja, en). */
export function languages(value: string): string[] {
  const out: string[] = []
  for (const part of value.split(',')) {
    const semi = part.indexOf(';')
    const tag = (semi < 0 ? part : part.slice(0, semi)).trim().toLowerCase()
    if (tag === '' || tag === '*') continue
    const dash = tag.indexOf('-')
    const primary = dash < 0 ? tag : tag.slice(0, dash)
    if (!out.includes(primary)) out.push(primary)
    if (out.length >= 10) break
  }
  return out
}
