/**
 * The embedded IP → country + ASN range table (data/network/, format in
 * scripts/build-network-data.ts) and operator-supplied address lists.
 */
import { gunzipSync } from 'node:zlib'
import type { ParsedIp } from './ip.js'
import { parseIp } from './ip.js'

/** Decoded range table of one address family. */
export interface RangeTable {
  /** IPv4: range starts. IPv6: interleaved (high, low) words of the upper 64 bits. */
  readonly starts: Uint32Array
  /** `countryIndex << 24 | asnIndex` per range. */
  readonly values: Uint32Array
  readonly count: number
}

export interface IpTables {
  readonly v4: RangeTable
  readonly v6: RangeTable
  readonly countries: readonly string[]
  /** Sorted ASNs; asnIndex i (1-based) is `asns[i - 1]`. */
  readonly asns: Uint32Array
  readonly orgs: OrgNames
}

/** What the table knows about one address. */
export interface IpRecord {
  readonly country: string | null
  readonly asn: number | null
  readonly org: string | null
}

/** Decodes ipv4.bin.gz. */
export function decodeV4(gz: Buffer): RangeTable {
  const raw = gunzipSync(gz)
  const count = raw.readUInt32LE(0)
  const words = new Uint32Array(raw.buffer.slice(raw.byteOffset + 4, raw.byteOffset + 4 + count * 8))
  const starts = words.subarray(0, count)
  let previous = 0
  for (let i = 0; i < count; i += 1) {
    previous = (previous + starts[i]!) >>> 0
    starts[i] = previous
  }
  return { starts, values: words.subarray(count, count * 2), count }
}

/** Decodes ipv6.bin.gz. */
export function decodeV6(gz: Buffer): RangeTable {
  const raw = gunzipSync(gz)
  const count = raw.readUInt32LE(0)
  const words = new Uint32Array(raw.buffer.slice(raw.byteOffset + 4, raw.byteOffset + 4 + count * 12))
  return { starts: words.subarray(0, count * 2), values: words.subarray(count * 2, count * 3), count }
}

/**
 * Decodes asn.tsv.gz: ASNs into a typed array, organization names kept inside the one decoded
 * string as (start, end) offsets and sliced only when a lookup needs one (no 91k strings on the
 * heap at start-up).
 */
export function decodeAsns(gz: Buffer): { asns: Uint32Array; orgs: OrgNames } {
  const text = gunzipSync(gz).toString('utf8')
  let lines = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1
  const asns = new Uint32Array(lines)
  const starts = new Uint32Array(lines)
  const ends = new Uint32Array(lines)
  let at = 0
  for (let row = 0; row < lines; row += 1) {
    const tab = text.indexOf('\t', at)
    const newline = text.indexOf('\n', at)
    let asn = 0
    for (let i = at; i < tab; i += 1) asn = asn * 10 + (text.charCodeAt(i) - 48)
    asns[row] = asn
    starts[row] = tab + 1
    ends[row] = newline
    at = newline + 1
  }
  return { asns, orgs: { text, starts, ends } }
}

/** Organization names of the ASN table: row i is `text.slice(starts[i], ends[i])`. */
export interface OrgNames {
  readonly text: string
  readonly starts: Uint32Array
  readonly ends: Uint32Array
}

function orgAt(orgs: OrgNames, row: number): string | null {
  const start = orgs.starts[row]
  const end = orgs.ends[row]
  if (start === undefined || end === undefined || end <= start) return null
  return orgs.text.slice(start, end)
}

/** Index of the last range whose start is <= the address, or -1. */
function findV4(table: RangeTable, v4: number): number {
  let lo = 0
  let hi = table.count - 1
  const starts = table.starts
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! <= v4) lo = mid + 1
    else hi = mid - 1
  }
  return hi
}

function findV6(table: RangeTable, high: number, low: number): number {
  let lo = 0
  let hi = table.count - 1
  const starts = table.starts
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const h = starts[mid * 2]!
    if (h < high || (h === high && starts[mid * 2 + 1]! <= low)) lo = mid + 1
    else hi = mid - 1
  }
  return hi
}

/** Country and ASN of a global address from the embedded table. */
export function lookupTable(tables: IpTables, ip: ParsedIp): IpRecord {
  const table = ip.version === 4 ? tables.v4 : tables.v6
  const index = ip.version === 4 ? findV4(table, ip.v4) : findV6(table, ip.words[0], ip.words[1])
  if (index < 0) return { country: null, asn: null, org: null }
  const value = table.values[index]!
  const countryIndex = value >>> 24
  const asnIndex = value & 0xffffff
  return {
    country: countryIndex === 0 ? null : (tables.countries[countryIndex - 1] ?? null),
    asn: asnIndex === 0 ? null : (tables.asns[asnIndex - 1] ?? null),
    org: asnIndex === 0 ? null : orgAt(tables.orgs, asnIndex - 1),
  }
}

/** Organization of an ASN from the embedded table (for ASNs found by an operator's MMDB without a name). */
export function orgOfAsn(tables: IpTables, asn: number): string | null {
  let lo = 0
  let hi = tables.asns.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const value = tables.asns[mid]!
    if (value === asn) return orgAt(tables.orgs, mid)
    if (value < asn) lo = mid + 1
    else hi = mid - 1
  }
  return null
}

/**
 * A set of addresses and CIDR blocks (operator VPN / proxy / Tor lists). IPv4 as numbers, IPv6 as
 * 128-bit BigInts (lists are small; a lookup costs one BigInt conversion and a binary search).
 */
export interface AddressSet {
  readonly v4: { readonly starts: Float64Array; readonly ends: Float64Array }
  readonly v6: { readonly starts: readonly bigint[]; readonly ends: readonly bigint[] }
  readonly size: number
}

/** One rejected list line, reported by `prepare` as a configuration error. */
export interface ListProblem {
  readonly line: number
  readonly text: string
}

/**
 * Parses list entries: one address or CIDR block per entry (`203.0.113.7`, `198.51.100.0/24`,
 * `2001:db8::/32`); text after `#` is a comment; blank entries are skipped.
 */
export function buildAddressSet(entries: readonly string[]): { set: AddressSet; problems: ListProblem[] } {
  const v4: [number, number][] = []
  const v6: [bigint, bigint][] = []
  const problems: ListProblem[] = []
  entries.forEach((entry, index) => {
    const hash = entry.indexOf('#')
    const text = (hash >= 0 ? entry.slice(0, hash) : entry).trim()
    if (text === '') return
    const slash = text.indexOf('/')
    const ip = parseIp(slash >= 0 ? text.slice(0, slash) : text)
    const bitsText = slash >= 0 ? text.slice(slash + 1) : ''
    const maxBits = ip?.version === 4 ? 32 : 128
    const bits = slash >= 0 ? (/^\d{1,3}$/.test(bitsText) ? Number(bitsText) : -1) : maxBits
    if (ip === null || bits < 0 || bits > maxBits) {
      problems.push({ line: index + 1, text: text.slice(0, 80) })
      return
    }
    if (ip.version === 4) {
      const size = 2 ** (32 - bits)
      const start = Math.floor(ip.v4 / size) * size
      v4.push([start, start + size - 1])
    } else {
      const value = toBigInt(ip.words)
      const size = 1n << BigInt(128 - bits)
      const start = (value / size) * size
      v6.push([start, start + size - 1n])
    }
  })
  v4.sort((a, b) => a[0] - b[0])
  v6.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const merged4: [number, number][] = []
  for (const range of v4) {
    const last = merged4[merged4.length - 1]
    if (last !== undefined && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1])
    else merged4.push([range[0], range[1]])
  }
  const merged6: [bigint, bigint][] = []
  for (const range of v6) {
    const last = merged6[merged6.length - 1]
    if (last !== undefined && range[0] <= last[1] + 1n) last[1] = range[1] > last[1] ? range[1] : last[1]
    else merged6.push([range[0], range[1]])
  }
  return {
    set: {
      v4: { starts: Float64Array.from(merged4.map((r) => r[0])), ends: Float64Array.from(merged4.map((r) => r[1])) },
      v6: { starts: merged6.map((r) => r[0]), ends: merged6.map((r) => r[1]) },
      size: merged4.length + merged6.length,
    },
    problems,
  }
}

export function toBigInt(words: readonly [number, number, number, number]): bigint {
  return (BigInt(words[0]) << 96n) | (BigInt(words[1]) << 64n) | (BigInt(words[2]) << 32n) | BigInt(words[3])
}

/** Whether a set contains the address. */
export function setHas(set: AddressSet, ip: ParsedIp): boolean {
  if (set.size === 0) return false
  if (ip.version === 4) {
    const { starts, ends } = set.v4
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (starts[mid]! <= ip.v4) lo = mid + 1
      else hi = mid - 1
    }
    return hi >= 0 && ends[hi]! >= ip.v4
  }
  const { starts, ends } = set.v6
  if (starts.length === 0) return false
  const value = toBigInt(ip.words)
  let lo = 0
  let hi = starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! <= value) lo = mid + 1
    else hi = mid - 1
  }
  return hi >= 0 && ends[hi]! >= value
}
