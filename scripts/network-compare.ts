/**
 * Measures how the embedded country table agrees with GeoLite2 Country (MaxMind, via
 * @ip-location-db/geolite2-country; used here for measurement only, never shipped: its EULA forbids
 * redistribution). Samples addresses uniformly over the routed IPv4 space (ranges with an ASN) and
 * over the ranges of Japanese ISPs' ASNs.
 *
 * Run: node --import tsx scripts/network-compare.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { networkCheck } from '../src/checks/network/index.js'
import { lookupTable } from '../src/checks/network/ip-table.js'
import { fetchPackage } from './lib/npm-source.js'

const VERSION = '2.3.2026061719'
const geolite = fetchPackage('@ip-location-db/geolite2-country', VERSION)
const rows = readFileSync(join(geolite.dir, 'geolite2-country-ipv4-num.csv'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(','))
const starts = Float64Array.from(rows.map((r) => Number(r[0])))
const ends = Float64Array.from(rows.map((r) => Number(r[1])))
const countries = rows.map((r) => r[2]!)
function geoliteCountry(ip: number): string | null {
  let lo = 0
  let hi = starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! <= ip) lo = mid + 1
    else hi = mid - 1
  }
  return hi >= 0 && ends[hi]! >= ip ? countries[hi]! : null
}

const data = await networkCheck.prepare({})
let seed = 42
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const JP_ASNS = new Set([4713, 2516, 17676, 2527, 2518, 17506, 9824, 2497, 17511, 9605, 10013, 4725, 18126, 4685, 138384])
let sampled = 0
let agree = 0
let jpSampled = 0
let jpAgree = 0
let jpOurs = 0
while (sampled < 50000 || jpSampled < 5000) {
  const ip = Math.floor(random() * 2 ** 32)
  const ours = lookupTable(data.tables, { version: 4, v4: ip, text: '' })
  if (ours.asn === null) continue
  const theirs = geoliteCountry(ip)
  if (theirs === null) continue
  if (sampled < 50000) {
    sampled += 1
    if (ours.country === theirs) agree += 1
  }
  if (JP_ASNS.has(ours.asn) && jpSampled < 5000) {
    jpSampled += 1
    if (ours.country === theirs) jpAgree += 1
    if (ours.country === 'JP') jpOurs += 1
  }
}
console.log(`routed IPv4, uniform: ${sampled} sampled, country agrees with GeoLite2 ${((100 * agree) / sampled).toFixed(1)}%`)
console.log(`Japanese ISP ASNs: ${jpSampled} sampled, agrees ${((100 * jpAgree) / jpSampled).toFixed(1)}%, embedded says JP ${((100 * jpOurs) / jpSampled).toFixed(1)}%`)
