/**
 * Generates data/network/: a merged IP range table (country + ASN) for IPv4 and IPv6 and an ASN →
 * organization table, from pinned @ip-location-db packages.
 *
 * Run: `npm run data:network` (fetches the packages with `npm pack` into .cache/, ~120 MB unpacked).
 *
 * Output format (formatVersion 1), all little-endian, each file gzip-compressed:
 * - `ipv4.bin.gz`: u32 count N, then N u32 range starts as deltas from the previous start (the
 *   first from 0), then N u32 values. A range runs from its start to the next range's start.
 * - `ipv6.bin.gz`: u32 count N, then N pairs (u32 high, u32 low) of the upper 64 bits of each
 *   range start, delta-free (two words are cheap enough), then N u32 values. Ranges narrower than
 *   a /64 are folded into their /64 (the last row wins): the table resolves IPv6 at /64 granularity,
 *   which is the smallest block assigned to one customer line in practice (RFC 6177).
 * - value: `countryIndex << 24 | asnIndex`; countryIndex 0 = unknown, else 1 + position in
 *   `meta.json` `countries`; asnIndex 0 = no ASN, else 1 + row of `asn.tsv.gz`.
 * - `asn.tsv.gz`: one line per ASN, sorted by ASN: `asn<TAB>organization`.
 * - `meta.json`: format version, counts, the country code list, the source package versions.
 *
 * Country: @ip-location-db/geo-whois-asn-country (GeoFeed > RIR whois > ASN), with
 * @ip-location-db/asn-country filling its gaps. Both say CC0-1.0 in package.json but CC BY 4.0 (NRO)
 * in their README and NRO_LICENSE; we follow CC BY 4.0. Its IPv6 part has a known bug (the package's
 * README warns the npm data "contains bugs"): APNIC blocks such as 2001:200::/32 (WIDE, Japan)
 * come out as AU. Where geo-whois says AU for IPv6 and asn-country names another country, the
 * asn-country value is used (measured: JP ISP ranges resolved to JP went from 66/79 to 76/79).
 * ASN: @ip-location-db/asn (CC BY 4.0: RouteViews, NRO, DB-IP; attribution required).
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { gzipSync } from 'node:zlib'
import { DATA_DIR, fetchPackage, writeSources, type FetchedPackage, type SourceRecord } from './lib/npm-source.js'

const VERSION = '2.3.2026061719'
const FORMAT_VERSION = 1
const OUT = join(DATA_DIR, 'network')

interface Row {
  readonly start: bigint
  /** Exclusive end. */
  readonly end: bigint
  readonly value: string
}


/** Reads a `-num.csv` file: start,end(inclusive),value[,org]. `shift` folds IPv6 to its upper 64 bits. */
async function readRanges(path: string, shift: bigint, pick: (fields: string[]) => string): Promise<Row[]> {
  const rows: Row[] = []
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line === '') continue
    const fields = splitCsv(line)
    const start = BigInt(fields[0]!) >> shift
    const end = (BigInt(fields[1]!) >> shift) + 1n
    rows.push({ start, end, value: pick(fields) })
  }
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  return rows
}

/** Minimal CSV split: fields may be double-quoted with "" escapes (organization names). */
function splitCsv(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = ''
      i += 1
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i += 1
          break
        }
        value += line[i]
        i += 1
      }
      out.push(value)
      i += 1 // the comma
    } else {
      const comma = line.indexOf(',', i)
      const end = comma === -1 ? line.length : comma
      out.push(line.slice(i, end))
      i = end + 1
    }
  }
  return out
}

/** Walks a sorted range list and answers "value at point p" for non-decreasing p. */
function cursor(rows: readonly Row[]): (point: bigint) => string | undefined {
  let i = 0
  return (point) => {
    while (i < rows.length && rows[i]!.end <= point) i += 1
    // Overlaps (after /64 folding) are resolved in favour of the latest-starting row.
    let j = i
    let found: string | undefined
    while (j < rows.length && rows[j]!.start <= point) {
      if (rows[j]!.end > point) found = rows[j]!.value
      j += 1
    }
    return found
  }
}

interface Merged {
  readonly starts: bigint[]
  readonly values: { country: string; asn: number }[]
}

/** Splits the union of all boundaries into elementary ranges, assigns both values, merges equal neighbours. */
function merge(
  geo: readonly Row[],
  asnCountry: readonly Row[],
  asn: readonly Row[],
  fixApnicAu: boolean,
): Merged {
  const points = new Set<bigint>([0n])
  for (const list of [geo, asnCountry, asn]) {
    for (const row of list) {
      points.add(row.start)
      points.add(row.end)
    }
  }
  const sorted = [...points].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const g = cursor(geo)
  const a = cursor(asnCountry)
  const n = cursor(asn)
  const starts: bigint[] = []
  const values: { country: string; asn: number }[] = []
  for (const point of sorted) {
    const geoCountry = g(point)
    const fallback = a(point)
    let country = geoCountry ?? fallback ?? ''
    if (fixApnicAu && geoCountry === 'AU' && fallback !== undefined && fallback !== 'AU') country = fallback
    const asnValue = Number(n(point) ?? 0)
    const last = values[values.length - 1]
    if (last !== undefined && last.country === country && last.asn === asnValue) continue
    starts.push(point)
    values.push({ country, asn: asnValue })
  }
  return { starts, values }
}

async function main(): Promise<void> {
  const geoPkg = fetchPackage('@ip-location-db/geo-whois-asn-country', VERSION)
  const asnCountryPkg = fetchPackage('@ip-location-db/asn-country', VERSION)
  const asnPkg = fetchPackage('@ip-location-db/asn', VERSION)
  mkdirSync(OUT, { recursive: true })

  const orgs = new Map<number, string>()
  const pickAsn = (fields: string[]): string => {
    const asn = Number(fields[2])
    const org = (fields[3] ?? '').replace(/[\t\r\n]/g, ' ').trim()
    if (!orgs.has(asn) && org !== '') orgs.set(asn, org)
    return String(asn)
  }
  const pickCountry = (fields: string[]): string => fields[2] ?? ''

  const tables: Record<'ipv4' | 'ipv6', Merged> = { ipv4: { starts: [], values: [] }, ipv6: { starts: [], values: [] } }
  for (const family of ['ipv4', 'ipv6'] as const) {
    const shift = family === 'ipv6' ? 64n : 0n
    const geo = await readRanges(join(geoPkg.dir, `geo-whois-asn-country-${family}-num.csv`), shift, pickCountry)
    const asnCountry = await readRanges(join(asnCountryPkg.dir, `asn-country-${family}-num.csv`), shift, pickCountry)
    const asn = await readRanges(join(asnPkg.dir, `asn-${family}-num.csv`), shift, pickAsn)
    tables[family] = merge(geo, asnCountry, asn, family === 'ipv6')
    console.log(`${family}: geo ${geo.length}, asn-country ${asnCountry.length}, asn ${asn.length} rows -> ${tables[family].starts.length} merged ranges`)
  }

  const countries = [...new Set([...tables.ipv4.values, ...tables.ipv6.values].map((v) => v.country).filter((c) => c !== ''))].sort()
  const countryIndex = new Map(countries.map((c, i) => [c, i + 1]))
  const asnList = [...new Set([...tables.ipv4.values, ...tables.ipv6.values].map((v) => v.asn).filter((a) => a !== 0)), ...orgs.keys()]
  const asns = [...new Set(asnList)].sort((x, y) => x - y)
  const asnIndex = new Map(asns.map((a, i) => [a, i + 1]))
  if (asns.length >= 1 << 24) throw new Error('too many ASNs for a 24-bit index')

  const pack = (v: { country: string; asn: number }): number =>
    (((countryIndex.get(v.country) ?? 0) << 24) | (asnIndex.get(v.asn) ?? 0)) >>> 0

  // IPv4: delta-coded starts compress well under gzip.
  const v4 = tables.ipv4
  const buf4 = Buffer.alloc(4 + v4.starts.length * 8)
  buf4.writeUInt32LE(v4.starts.length, 0)
  let previous = 0n
  v4.starts.forEach((start, i) => {
    buf4.writeUInt32LE(Number(start - previous), 4 + i * 4)
    previous = start
    buf4.writeUInt32LE(pack(v4.values[i]!), 4 + v4.starts.length * 4 + i * 4)
  })
  const v6 = tables.ipv6
  const buf6 = Buffer.alloc(4 + v6.starts.length * 12)
  buf6.writeUInt32LE(v6.starts.length, 0)
  v6.starts.forEach((start, i) => {
    buf6.writeUInt32LE(Number(start >> 32n), 4 + i * 8)
    buf6.writeUInt32LE(Number(start & 0xffffffffn), 8 + i * 8)
    buf6.writeUInt32LE(pack(v6.values[i]!), 4 + v6.starts.length * 8 + i * 4)
  })
  writeFileSync(join(OUT, 'ipv4.bin.gz'), gzipSync(buf4, { level: 9 }))
  writeFileSync(join(OUT, 'ipv6.bin.gz'), gzipSync(buf6, { level: 9 }))
  const tsv = asns.map((a) => `${a}\t${orgs.get(a) ?? ''}`).join('\n') + '\n'
  writeFileSync(join(OUT, 'asn.tsv.gz'), gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 }))
  const meta = {
    formatVersion: FORMAT_VERSION,
    dataVersion: `ip-location-db@${VERSION}`,
    ipv4Ranges: v4.starts.length,
    ipv6Ranges: v6.starts.length,
    asns: asns.length,
    countries,
  }
  writeFileSync(join(OUT, 'meta.json'), `${JSON.stringify(meta)}\n`)

  const record = (pkg: FetchedPackage, files: string[], license?: string): SourceRecord => ({
    ...pkg.record,
    ...(license === undefined ? {} : { license }),
    files,
  })
  writeSources('network', {
    formatVersion: FORMAT_VERSION,
    sources: [
      // package.json says CC0-1.0 but the README and NRO_LICENSE say the data is CC BY 4.0 by the
      // NRO: the stricter statement is recorded and followed.
      record(geoPkg, ['geo-whois-asn-country-ipv4-num.csv', 'geo-whois-asn-country-ipv6-num.csv'], 'CC-BY-4.0'),
      record(asnCountryPkg, ['asn-country-ipv4-num.csv', 'asn-country-ipv6-num.csv'], 'CC-BY-4.0'),
      record(asnPkg, ['asn-ipv4-num.csv', 'asn-ipv6-num.csv'], 'CC-BY-4.0'),
    ],
    outputs: ['ipv4.bin.gz', 'ipv6.bin.gz', 'asn.tsv.gz', 'meta.json'],
    notes: [
      'ASN numbers and organization names (asn.tsv.gz and the ASN column of ipv4/ipv6.bin.gz) are derived from @ip-location-db/asn, licensed CC BY 4.0 by RouteViews (routeviews.org), the NRO (nro.net) and DB-IP (db-ip.com: "IP Geolocation by DB-IP", https://db-ip.com). Attribution is required when the data or results derived from it are shown or redistributed; see docs/network.md.',
      'Country data comes from @ip-location-db/geo-whois-asn-country and @ip-location-db/asn-country. Their package.json says CC0-1.0, but their README and NRO_LICENSE state CC BY 4.0 by the Number Resource Organization (nro.net); we follow the stricter statement and attribute the NRO.',
      'Upstream warns that the npm-published ip-location-db data contains bugs and that npm updates are deprecated. Known bug handled here: IPv6 APNIC blocks labelled AU; where geo-whois says AU and asn-country disagrees, asn-country wins.',
      'IPv6 is resolved at /64 granularity: ranges smaller than a /64 are folded into their /64 (the last-starting row wins).',
      'Operators can replace the embedded tables with their own GeoLite2/GeoIP2 country and ASN MMDB files (options countryMmdb / asnMmdb).',
    ],
  })
  console.log(`countries ${countries.length}, asns ${asns.length}`)
}

await main()
