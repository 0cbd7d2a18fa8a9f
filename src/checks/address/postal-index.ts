/**
 * The postal index: data/address/postal-index.bin.gz decoded into typed arrays and lookup maps.
 *
 * Built once per screener by `prepare` (about 100 ms, about 30 MB); read-only afterwards, so several
 * screeners may share one. Lookups are a binary search (postal code) or a few Map probes (names).
 */
import { endianness } from 'node:os'
import { gunzipSync } from 'node:zlib'
import { ScreenerConfigError } from '../../errors/config.js'
import { NORMALIZER_VERSION, normalizeAddressText } from './normalize.js'
import { PREFECTURES, type PrefectureCode } from './prefectures.generated.js'

/** Format of data/address/postal-index.bin.gz, as written by scripts/build-address-data.ts. */
export interface PostalIndexFile {
  readonly formatVersion: number
  readonly normalizerVersion: number
  readonly sources: readonly string[]
  readonly prefectures: readonly (readonly [string, string, string, string])[]
  /** [JIS code, name, kana, normalized name or '' when unchanged] */
  readonly cities: readonly (readonly [string, string, string, string])[]
  /** [prefecture code, former name, normalized or '', current JIS codes...] */
  readonly formerNames: readonly (readonly string[])[]
  readonly towns: readonly string[]
  readonly townNorms: readonly string[]
  readonly streets: readonly string[]
  readonly streetNorms: readonly string[]
  /** Per city (by index), its KEN_ALL town indices sorted by normalized name (UTF-16 order)... */
  readonly cityTowns: Uint32Array
  /** ...from cityTownStarts[city] to cityTownStarts[city + 1] (cities + 1 entries). */
  readonly cityTownStarts: Uint32Array
  /** [zip5, city index, town index] */
  readonly buildings: readonly (readonly [number, number, number])[]
  /** Records sorted by zip, column by column: zip minus the previous record's zip... */
  readonly zipDeltas: Uint32Array
  /** ...city index, town index, street index (0: none). */
  readonly recordCities: Uint32Array
  readonly recordTowns: Uint32Array
  readonly recordStreets: Uint32Array
}

export const POSTAL_INDEX_FORMAT = 1

/** One prefecture, from the generated table. */
export type Prefecture = (typeof PREFECTURES)[number]

/** A municipality (市区町村; a ward of a designated city counts as one, as in KEN_ALL). */
export interface City {
  readonly index: number
  /** JIS X 0402 code, 5 digits (without check digit). */
  readonly code: string
  readonly prefectureCode: PrefectureCode
  readonly name: string
  readonly kana: string
  readonly norm: string
  /** Whether KEN_ALL lists named towns for it (some villages have only the catch-all code). */
  readonly namedTowns: boolean
}

/** One postal record: a (postal code, municipality, town) row, with the street for business codes. */
export interface PostalRecord {
  readonly postalCode: string
  readonly city: City
  /** Town (町域) as in the data; '' for the catch-all 以下に掲載がない場合 code. */
  readonly town: string
  readonly townNorm: string
  /** Street part of a business code (事業所個別郵便番号), else null. */
  readonly street: string | null
  readonly streetNorm: string | null
  readonly kind: 'ken_all' | 'business' | 'building'
}

/**
 * For probing a Map of names at the start of a text, longest first, without trying every length:
 * the distinct lengths (descending) of the names that start with a given pair of code units, and the
 * code units that are names of one character. Only lengths that can hit are tried, in the same order.
 */
export interface PrefixLengths {
  /** Lengths >= 2, longest first, of the names starting with the first two code units (key: pairKey). */
  readonly byPair: ReadonlyMap<number, readonly number[]>
  /** First code units of the one-character names. */
  readonly singles: ReadonlySet<number>
}

/** Key of the first two code units of `text` (at least two long) in PrefixLengths.byPair. */
export const pairKey = (text: string): number => text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)

/** Builds the PrefixLengths of a set of names. */
export function prefixLengths(names: Iterable<string>): PrefixLengths {
  // Lengths 2..31 as the bits of an int per pair (no list per pair while counting), longer ones listed.
  const masks = new Map<number, number>()
  const longer = new Map<number, number[]>()
  const singles = new Set<number>()
  for (const name of names) {
    if (name.length === 0) continue
    if (name.length === 1) {
      singles.add(name.charCodeAt(0))
      continue
    }
    const key = pairKey(name)
    if (name.length <= 31) masks.set(key, (masks.get(key) ?? 0) | (1 << name.length))
    else {
      const list = longer.get(key)
      if (list === undefined) longer.set(key, [name.length])
      else if (!list.includes(name.length)) list.push(name.length)
    }
  }
  const byPair = new Map<number, number[]>()
  for (const [key, mask] of masks) {
    const list: number[] = []
    for (let length = 31; length >= 2; length -= 1) if ((mask & (1 << length)) !== 0) list.push(length)
    byPair.set(key, list)
  }
  for (const [key, list] of longer) byPair.set(key, [...list.sort((a, b) => b - a), ...(byPair.get(key) ?? [])])
  return { byPair, singles }
}

/** The prepared index. */
export interface PostalIndex {
  readonly sources: readonly string[]
  readonly cities: readonly City[]
  readonly prefectureByCode: ReadonlyMap<string, Prefecture>
  /** Normalized prefecture names (東京都, 東京) → code. */
  readonly prefectureByName: ReadonlyMap<string, PrefectureCode>
  /** Normalized full name per code (千葉県 → 1000葉県). */
  readonly prefectureNorm: ReadonlyMap<string, string>
  readonly maxPrefectureLength: number
  /** Lengths of the keys of prefectureByName, for probing at the start of a text. */
  readonly prefectureNameLengths: PrefixLengths
  /** Lower-case romaji (tokyo, osaka) → code. */
  readonly prefectureByRomaji: ReadonlyMap<string, PrefectureCode>
  /** Normalized municipality names and aliases → city indices. */
  readonly cityByAlias: ReadonlyMap<string, readonly number[]>
  readonly maxCityAliasLength: number
  /** Lengths of the keys of cityByAlias, for probing at the start of a text. */
  readonly cityAliasLengths: PrefixLengths
  /** Indices of the KEN_ALL records of a normalized town name, or undefined. */
  townRecords(name: string): number[] | undefined
  /**
   * The same, restricted to records of the given cities (all when null): undefined for an unknown
   * name, else the records in the cities (possibly none).
   */
  townRecordsIn(name: string, cities: ReadonlySet<number> | null): number[] | undefined
  readonly maxTownLength: number
  /** Lengths of the normalized town names, for probing at the start of a text. */
  readonly townNameLengths: PrefixLengths
  readonly recordCount: number
  /** Whether a KEN_ALL town of the city starts with `prefix` (紫野 in 京都市北区: 紫野上柏野町...). */
  cityHasTownStartingWith(city: number, prefix: string): boolean
  /** Indices of the records of a postal code (empty if unassigned). */
  recordsOf(postalCode: string): number[]
  record(index: number): PostalRecord
  /** City index of a record, without building the record object (hot paths). */
  cityOf(index: number): number
  /** Whether a postal code exists (KEN_ALL, business or building-floor code). */
  has(postalCode: string): boolean
}

/** Decodes and indexes the gzipped index file. Throws ScreenerConfigError if the file is unusable. */
export function loadPostalIndex(bytes: Uint8Array): PostalIndex {
  let file: PostalIndexFile
  try {
    file = readContainer(gunzipSync(bytes))
  } catch (error) {
    throw new ScreenerConfigError(`address: cannot read postal-index.bin.gz (${(error as Error).message})`)
  }
  if (file.formatVersion !== POSTAL_INDEX_FORMAT) {
    throw new ScreenerConfigError(`address: postal index format ${file.formatVersion}, expected ${POSTAL_INDEX_FORMAT}`)
  }
  if (file.normalizerVersion !== NORMALIZER_VERSION) {
    throw new ScreenerConfigError(
      `address: postal index built with normalizer ${file.normalizerVersion}, this code has ${NORMALIZER_VERSION}; run npm run data:address`,
    )
  }
  return buildIndex(file)
}

type NumericTable = 'zipDeltas' | 'recordCities' | 'recordTowns' | 'recordStreets' | 'cityTowns' | 'cityTownStarts'

/**
 * Reads the container written by scripts/build-address-data.ts: magic `SSAI`, uint32 LE JSON length,
 * the JSON header, padding to 4 bytes, then uint32 LE arrays laid out as the header's `arrays` says.
 */
export function readContainer(raw: Uint8Array): PostalIndexFile {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  if (bytes.toString('latin1', 0, 4) !== 'SSAI') throw new Error('not a postal index (bad magic)')
  if (endianness() !== 'LE') throw new Error('big-endian platforms are not supported')
  const length = bytes.readUInt32LE(4)
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + length)) as Omit<PostalIndexFile, NumericTable> & {
    readonly arrays: readonly [string, number, number][]
  }
  const base = 8 + length + ((4 - (length % 4)) % 4)
  // One aligned copy of the numeric part; the arrays are views into it.
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + base, bytes.byteOffset + bytes.length))
  const arrays: Record<string, Uint32Array> = {}
  for (const [name, offset, count] of header.arrays) arrays[name] = words.subarray(offset, offset + count)
  const table = (name: NumericTable): Uint32Array => {
    const array = arrays[name]
    if (array === undefined) throw new Error(`postal index lacks ${name}`)
    return array
  }
  return {
    ...header,
    zipDeltas: table('zipDeltas'),
    recordCities: table('recordCities'),
    recordTowns: table('recordTowns'),
    recordStreets: table('recordStreets'),
    cityTowns: table('cityTowns'),
    cityTownStarts: table('cityTownStarts'),
  }
}

/** Builds the lookup structures from a decoded index file (exported for tests with small fixtures). */
export function buildIndex(file: PostalIndexFile): PostalIndex {
  const prefectureByCode = new Map<string, Prefecture>(PREFECTURES.map((p) => [p.code, p]))
  const prefectureByName = new Map<string, PrefectureCode>()
  const prefectureByRomaji = new Map<string, PrefectureCode>()
  const prefectureNorm = new Map<string, string>()
  for (const p of PREFECTURES) {
    prefectureNorm.set(p.code, normalizeAddressText(p.name))
    prefectureByName.set(normalizeAddressText(p.name), p.code)
    // 東京, 大阪, 京都, 神奈川: the name without 都/府/県 (北海道 keeps its 道).
    if (p.name !== '北海道') prefectureByName.set(normalizeAddressText(p.name.slice(0, -1)), p.code)
    prefectureByRomaji.set(p.romaji, p.code)
  }

  const cities: { -readonly [K in keyof City]: City[K] }[] = file.cities.map(([code, name, kana, norm], index) => ({
    index,
    code,
    prefectureCode: code.slice(0, 2) as PrefectureCode,
    name,
    kana,
    norm: norm === '' ? name : norm,
    namedTowns: false,
  }))
  const cityIndexByCode = new Map(cities.map((c) => [c.code, c.index]))
  const cityByAlias = new Map<string, number[]>()
  const addAlias = (alias: string, index: number) => {
    if (alias === '') return
    const list = cityByAlias.get(alias)
    if (list === undefined) cityByAlias.set(alias, [index])
    else if (!list.includes(index)) list.push(index)
  }
  for (const city of cities) {
    addAlias(city.norm, city.index)
    const local = Number(city.code.slice(2))
    // Towns and villages of a 郡 (JIS codes 300 and up): written with or without the 郡.
    const gun = city.norm.indexOf('郡')
    if (local >= 300 && gun > 0) addAlias(city.norm.slice(gun + 1), city.index)
    // Wards of a designated city (JIS 1xx, name 〇〇市〇〇区): the city alone, or the ward alone.
    const shi = city.norm.indexOf('市')
    if (local > 100 && local < 200 && shi > 0 && city.norm.endsWith('区')) {
      addAlias(city.norm.slice(0, shi + 1), city.index)
      addAlias(city.norm.slice(shi + 1), city.index)
    }
  }
  for (const [, name, norm, ...codes] of file.formerNames) {
    for (const code of codes) {
      const index = cityIndexByCode.get(code)
      if (index !== undefined && name !== undefined) addAlias(norm === '' || norm === undefined ? name : norm, index)
    }
  }
  let maxCityAliasLength = 0
  for (const alias of cityByAlias.keys()) maxCityAliasLength = Math.max(maxCityAliasLength, alias.length)

  const count = file.zipDeltas.length
  const zips = new Int32Array(count)
  const recCity = Uint16Array.from(file.recordCities)
  const recTown = file.recordTowns
  const recStreet = file.recordStreets
  const townNorm = (t: number) => file.townNorms[t] || file.towns[t] || ''
  // Normalized town name → id (several spellings of a town share one), then the KEN_ALL records of
  // each id in one typed array (counting sort): no per-town arrays, little garbage.
  const normId = new Map<string, number>()
  const townNormId = new Int32Array(file.towns.length).fill(-1)
  let maxTownLength = 0
  for (let t = 1; t < file.towns.length; t += 1) {
    const key = townNorm(t)
    if (key === '') continue
    let id = normId.get(key)
    if (id === undefined) {
      id = normId.size
      normId.set(key, id)
      if (key.length > maxTownLength) maxTownLength = key.length
    }
    townNormId[t] = id
  }
  const starts = new Uint32Array(normId.size + 1)
  let zip = 0
  for (let i = 0; i < count; i += 1) {
    zip += file.zipDeltas[i]!
    zips[i] = zip
    const city = recCity[i]!
    const town = recTown[i]!
    const street = recStreet[i]!
    if (street === 0 && townNormId[town]! >= 0) {
      starts[townNormId[town]! + 1]! += 1
      cities[city]!.namedTowns = true
    }
  }
  for (let id = 0; id < normId.size; id += 1) starts[id + 1]! += starts[id]!
  const byTown = new Uint32Array(starts[normId.size]!)
  const fill = starts.slice(0, normId.size)
  for (let i = 0; i < count; i += 1) {
    const id = townNormId[recTown[i]!]!
    if (recStreet[i] === 0 && id >= 0) byTown[fill[id]!++] = i
  }
  const townRecords = (name: string): number[] | undefined => {
    const id = normId.get(name)
    return id === undefined ? undefined : Array.from(byTown.subarray(starts[id]!, starts[id + 1]!))
  }
  const townRecordsIn = (name: string, cities: ReadonlySet<number> | null): number[] | undefined => {
    const id = normId.get(name)
    if (id === undefined) return undefined
    const out: number[] = []
    for (let k = starts[id]!, end = starts[id + 1]!; k < end; k += 1) {
      const r = byTown[k]!
      if (cities === null || cities.has(recCity[r]!)) out.push(r)
    }
    return out
  }

  // Per city, its towns sorted by normalized name (sorted at build time), for prefix queries.
  const { cityTowns, cityTownStarts } = file
  const cityHasTownStartingWith = (city: number, prefix: string): boolean => {
    if (city < 0 || city >= cities.length) return false
    const end = cityTownStarts[city + 1]!
    let lo = cityTownStarts[city]!
    let hi = end
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (townNorm(cityTowns[mid]!) < prefix) lo = mid + 1
      else hi = mid
    }
    return lo < end && townNorm(cityTowns[lo]!).startsWith(prefix)
  }
  const buildings = new Map<number, readonly [number, number]>(file.buildings.map(([zip5, city, town]) => [zip5, [city, town]]))

  const pad = (n: number) => String(n).padStart(7, '0')
  const lowerBound = (target: number): number => {
    let lo = 0
    let hi = count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (zips[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  /** Building-floor records are virtual: index count + zip (never stored). */
  const recordsOf = (postalCode: string): number[] => {
    const target = Number(postalCode)
    const out: number[] = []
    for (let i = lowerBound(target); i < count && zips[i] === target; i += 1) out.push(i)
    if (out.length === 0 && buildings.has(Math.floor(target / 100))) out.push(count + target)
    return out
  }
  const record = (index: number): PostalRecord => {
    if (index >= count) {
      const target = index - count
      const [city, town] = buildings.get(Math.floor(target / 100))!
      const name = file.towns[town] ?? ''
      return { postalCode: pad(target), city: cities[city]!, town: name, townNorm: townNorm(town), street: null, streetNorm: null, kind: 'building' }
    }
    const street = recStreet[index]!
    const town = recTown[index]!
    return {
      postalCode: pad(zips[index]!),
      city: cities[recCity[index]!]!,
      town: file.towns[town] ?? '',
      townNorm: townNorm(town),
      street: street === 0 ? null : (file.streets[street] ?? null),
      streetNorm: street === 0 ? null : file.streetNorms[street] || file.streets[street] || null,
      kind: street === 0 ? 'ken_all' : 'business',
    }
  }
  return {
    sources: file.sources,
    cities,
    prefectureByCode,
    prefectureByName,
    prefectureNorm,
    maxPrefectureLength: Math.max(...[...prefectureByName.keys()].map((k) => k.length)),
    prefectureNameLengths: prefixLengths(prefectureByName.keys()),
    prefectureByRomaji,
    cityByAlias,
    maxCityAliasLength,
    cityAliasLengths: prefixLengths(cityByAlias.keys()),
    townRecords,
    townRecordsIn,
    maxTownLength,
    townNameLengths: prefixLengths(normId.keys()),
    recordCount: count,
    cityHasTownStartingWith,
    recordsOf,
    record,
    cityOf: (index) => (index >= count ? buildings.get(Math.floor((index - count) / 100))![0] : recCity[index]!),
    has: (postalCode) => recordsOf(postalCode).length > 0,
  }
}
