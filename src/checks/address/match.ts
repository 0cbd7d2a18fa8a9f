/**
 * Matching a written Japanese address against the postal index: prefecture → municipality → town →
 * street number, and the postal code's records against each of them.
 *
 * Pure and total: every function returns a description of what was found; nothing throws on content.
 */
import { nfkc, normalizeAddressText, readPostalCode, readStreetNumber, splitLeadingPostalCode, type StreetNumberReading } from './normalize.js'
import { pairKey, type PostalIndex } from './postal-index.js'
import type { PrefectureCode } from './prefectures.generated.js'

/** How far the written address is confirmed by the data, from nothing to a well-formed street number. */
export const ADDRESS_LEVELS = ['none', 'postal_code', 'prefecture', 'city', 'town', 'street_number'] as const
export type AddressLevel = (typeof ADDRESS_LEVELS)[number]

export type PostalCodeStatus = 'absent' | 'malformed' | 'unassigned' | 'valid'

/** How the postal code's records relate to the written address. */
export type PostalAgreement =
  | 'not_checked'
  | 'prefecture_mismatch'
  | 'city_mismatch'
  | 'town_mismatch'
  | 'prefecture'
  | 'city'
  | 'town'

/** The address fields the check reads (a subset of the input schema). */
export interface AddressFields {
  readonly postalCode?: string | undefined
  readonly prefecture?: string | undefined
  readonly city?: string | undefined
  readonly street?: string | undefined
  readonly building?: string | undefined
  readonly full?: string | undefined
  readonly country?: string | undefined
}

/** Everything the matcher established. */
export interface AddressMatch {
  /** Normalized text that was parsed (prefecture + city + street, or the one-line address). */
  readonly text: string
  /** The same text as written (NFKC, spaces collapsed), for evidence. */
  readonly display: string
  readonly postalCode: string | null
  readonly postalCodeWritten: string | null
  readonly postalStatus: PostalCodeStatus
  /** Record indices of the postal code. */
  readonly postalRecords: readonly number[]
  readonly postalAgreement: PostalAgreement
  /** Prefecture found in the text, or null. */
  readonly textPrefecture: PrefectureCode | null
  /** A prefecture field that names no prefecture. */
  readonly unknownPrefecture: string | null
  /** The prefecture of the address (text, else the postal code, else the municipality). */
  readonly prefecture: PrefectureCode | null
  readonly prefectureSource: 'text' | 'postal_code' | 'city' | null
  /** Municipality candidates (city indices) after narrowing. */
  readonly cities: readonly number[]
  /** The municipality text as matched (normalized), or null. */
  readonly cityText: string | null
  /** A municipality name found only in other prefectures. */
  readonly cityInOtherPrefecture: { readonly text: string; readonly cities: readonly number[] } | null
  /** Text after the prefecture where no municipality was found. */
  readonly unknownCity: string | null
  /** Matched town (normalized) and how. */
  readonly town: string | null
  readonly townRecords: readonly number[]
  readonly townMatchedBy: 'postal_code' | 'name' | 'kyoto_street' | 'business' | null
  /** A town name that exists only in other municipalities. */
  readonly townInOtherCity: { readonly text: string; readonly cities: readonly number[] } | null
  /** Leading text after the municipality that matches no town anywhere. */
  readonly unknownTown: string | null
  /** Text after the municipality (normalized), before town matching. */
  readonly afterCity: string
  /** Text after the town (or municipality) (normalized). */
  readonly remainder: string
  readonly street: StreetNumberReading
  readonly level: AddressLevel
  /** Latin-only text (romanized or foreign address). */
  readonly latin: boolean
  /** Prefecture named in romaji in latin text. */
  readonly romajiPrefecture: PrefectureCode | null
}

const OAZA_RE = /^(?:大字|字)(?=.)/u
/** Kyoto street-name addressing: the town follows 〇〇通〇〇上る / 下る / 東入る / 西入る. */
const KYOTO_MARK_RE = /(?:通|上る|下る|入る|上ル|下ル|入ル|上がる|下がる|入)/gu
const JAPANESE_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const ROMAJI_WORD_RE = /[a-z]+/gu
/** A Japanese postal code inside romanized text. */
const LATIN_POSTAL_RE = /(?<!\d)(\d{3})-(\d{4})(?!\d)/u

const intersects = (a: readonly number[], b: ReadonlySet<number>): boolean => a.some((x) => b.has(x))
const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''
/** The first element of a non-empty set. */
function firstOf<T>(set: ReadonlySet<T>): T {
  for (const value of set) return value
  throw new Error('empty set')
}

/**
 * Prefecture names at the start of `text`: the full name (東京都) and the short one (東京), longest
 * first. The caller tries each, then none, and keeps the first under which a municipality is found
 * (大阪狭山市 is not 大阪 + 狭山市; 京都市 is not 京都 + 市).
 */
function prefectureReadings(index: PostalIndex, text: string): { code: PrefectureCode; length: number; full: boolean }[] {
  const out: { code: PrefectureCode; length: number; full: boolean }[] = []
  // Only the lengths of names that start like `text` (all names are 2 characters or more).
  const lengths = text.length >= 2 ? index.prefectureNameLengths.byPair.get(pairKey(text)) : undefined
  if (lengths === undefined) return out
  for (const length of lengths) {
    if (length > text.length) continue
    const code = index.prefectureByName.get(text.slice(0, length))
    if (code === undefined) continue
    out.push({ code, length, full: length === index.prefectureNorm.get(code)!.length })
  }
  return out
}

/**
 * Length of the full name of prefecture `code` at the start of `text`, or 0: the reading of
 * prefectureReadings(index, text) with `full` and that code, without building the list.
 */
function fullPrefectureLength(index: PostalIndex, text: string, code: PrefectureCode | null): number {
  if (code === null) return 0
  const norm = index.prefectureNorm.get(code)
  return norm !== undefined && norm.length >= 2 && text.startsWith(norm) && index.prefectureByName.get(norm) === code ? norm.length : 0
}

/** Longest municipality alias at the start of `text`, as candidates restricted to `prefecture` if given. */
function matchCity(
  index: PostalIndex,
  text: string,
  prefecture: PrefectureCode | null,
): { cities: number[]; length: number; elsewhere: boolean } | null {
  let otherCities: number[] | null = null
  let otherLength = 0
  // Longest first, only the lengths an alias starting like `text` has, then a one-character alias.
  const lengths = text.length >= 2 ? index.cityAliasLengths.byPair.get(pairKey(text)) : undefined
  const count = lengths === undefined ? 0 : lengths.length
  const single = text.length >= 1 && index.cityAliasLengths.singles.has(text.charCodeAt(0))
  for (let k = 0; k <= count; k += 1) {
    const length = k < count ? lengths![k]! : single ? 1 : 0
    if (length === 0 || length > text.length) continue
    const found = index.cityByAlias.get(text.slice(0, length))
    if (found === undefined) continue
    let inPrefecture: number[]
    if (prefecture === null) inPrefecture = found.slice()
    else {
      inPrefecture = []
      for (const i of found) if (index.cities[i]!.prefectureCode === prefecture) inPrefecture.push(i)
    }
    if (inPrefecture.length > 0) return { cities: inPrefecture, length, elsewhere: false }
    // A 1-character alias elsewhere is too weak to say "this city is in another prefecture".
    if (otherCities === null && length >= 2) {
      otherCities = found.slice()
      otherLength = length
    }
  }
  return otherCities === null ? null : { cities: otherCities, length: otherLength, elsewhere: true }
}

/** Longest town at the start of `text` among records of the given cities (or of any city when null). */
function matchTown(index: PostalIndex, text: string, cities: ReadonlySet<number> | null, minLength: number): { town: string; records: number[] } | null {
  // Longest first, only the lengths a town name starting like `text` has, then a one-character name.
  const lengths = text.length >= 2 ? index.townNameLengths.byPair.get(pairKey(text)) : undefined
  const count = lengths === undefined ? 0 : lengths.length
  const single = minLength <= 1 && text.length >= 1 && index.townNameLengths.singles.has(text.charCodeAt(0))
  for (let k = 0; k <= count; k += 1) {
    const length = k < count ? lengths![k]! : single ? 1 : 0
    if (length === 0 || length > text.length || length < minLength) continue
    const key = text.slice(0, length)
    const inCities = index.townRecordsIn(key, cities)
    if (inCities !== undefined && inCities.length > 0) return { town: key, records: inCities }
  }
  return null
}

function cityIndicesOf(index: PostalIndex, records: readonly number[]): number[] {
  const out: number[] = []
  if (records.length > 16) return [...new Set(records.map((r) => index.cityOf(r)))]
  for (const r of records) {
    const city = index.cityOf(r)
    if (!out.includes(city)) out.push(city)
  }
  return out
}

/** Normalizes the declared country to ISO alpha-2 where it is recognizable. */
export function readCountry(value: string | undefined): { declared: string | null; code: string | null } {
  if (value === undefined) return { declared: null, code: null }
  const text = value.normalize('NFKC').trim()
  if (text === '') return { declared: null, code: null }
  const lower = text.toLowerCase().replace(/[\s.]/gu, '')
  if (['jp', 'jpn', 'japan', 'nippon', 'nihon', '日本', '日本国', 'にほん', 'にっぽん'].includes(lower)) return { declared: text, code: 'JP' }
  if (/^[a-z]{2}$/u.test(lower)) return { declared: text, code: lower.toUpperCase() }
  const named: Readonly<Record<string, string>> = {
    usa: 'US', unitedstates: 'US', unitedstatesofamerica: 'US', america: 'US', アメリカ: 'US', 米国: 'US',
    china: 'CN', 中国: 'CN', chn: 'CN', korea: 'KR', southkorea: 'KR', 韓国: 'KR', kor: 'KR',
    taiwan: 'TW', 台湾: 'TW', twn: 'TW', unitedkingdom: 'GB', uk: 'GB', gbr: 'GB', イギリス: 'GB',
    vietnam: 'VN', ベトナム: 'VN', vnm: 'VN', philippines: 'PH', フィリピン: 'PH', phl: 'PH',
    india: 'IN', インド: 'IN', ind: 'IN', russia: 'RU', ロシア: 'RU', rus: 'RU', singapore: 'SG', シンガポール: 'SG',
    hongkong: 'HK', 香港: 'HK', thailand: 'TH', タイ: 'TH', germany: 'DE', ドイツ: 'DE', france: 'FR', フランス: 'FR',
    canada: 'CA', カナダ: 'CA', australia: 'AU', オーストラリア: 'AU', indonesia: 'ID', インドネシア: 'ID', brazil: 'BR', ブラジル: 'BR',
  }
  return { declared: text, code: named[lower] ?? null }
}

/** Matches an address against the index. */
export function matchAddress(index: PostalIndex, fields: AddressFields): AddressMatch {
  const split = present(fields.prefecture) || present(fields.city) || present(fields.street)
  let raw = fields.full ?? ''
  if (split) {
    // The present fields joined by a space.
    raw = ''
    for (const value of [fields.prefecture, fields.city, fields.street]) {
      if (!present(value)) continue
      raw = raw === '' ? value : `${raw} ${value}`
    }
  }
  const display = nfkc(raw).replace(/\s+/gu, ' ').trim()

  // Postal code: the field, else one written at the start of the one-line address.
  let postalCodeWritten: string | null = fields.postalCode !== undefined && fields.postalCode.trim() !== '' ? fields.postalCode : null
  let postalCode: string | null = null
  let postalStatus: PostalCodeStatus = 'absent'
  // Read before normalization: 〒514-2306 三重県 must not become 514-23063重県.
  const lead = splitLeadingPostalCode(display)
  const text = normalizeAddressText(lead.postalCode !== null || display.startsWith('〒') ? lead.rest : raw)
  if (postalCodeWritten === null && lead.postalCode !== null) postalCodeWritten = lead.postalCode
  const latin = text !== '' && !JAPANESE_RE.test(text)
  if (postalCodeWritten === null && latin) {
    // Romanized addresses put the postal code last: "..., Tokyo 100-0005".
    const inside = LATIN_POSTAL_RE.exec(display)
    if (inside !== null) postalCodeWritten = `${inside[1]}${inside[2]}`
  }
  if (postalCodeWritten !== null) {
    const reading = readPostalCode(postalCodeWritten)
    postalCode = reading.code
    postalStatus = reading.status
  }
  const postalRecords = postalCode === null ? [] : index.recordsOf(postalCode)
  if (postalStatus === 'valid' && postalRecords.length === 0) postalStatus = 'unassigned'
  const postalPrefectures = new Set<PrefectureCode>()
  const postalCities = new Set<number>()
  for (const r of postalRecords) {
    const city = index.cityOf(r)
    postalPrefectures.add(index.cities[city]!.prefectureCode)
    postalCities.add(city)
  }

  let romajiPrefecture: PrefectureCode | null = null
  if (latin) {
    for (const word of display.toLowerCase().matchAll(ROMAJI_WORD_RE)) {
      const code = index.prefectureByRomaji.get(word[0].replace(/(?:ken|fu|to)$/u, '')) ?? index.prefectureByRomaji.get(word[0])
      if (code !== undefined) romajiPrefecture = code
    }
  }

  // A separate prefecture field is read on its own: it is a prefecture name or it is not.
  let start = text
  let fieldPrefecture: PrefectureCode | null = null
  let unknownPrefecture: string | null = null
  if (split && fields.prefecture !== undefined && fields.prefecture.trim() !== '' && !latin) {
    const written = normalizeAddressText(fields.prefecture)
    fieldPrefecture = index.prefectureByName.get(written) ?? index.prefectureByRomaji.get(written.toLowerCase()) ?? null
    if (fieldPrefecture === null) {
      const lead = prefectureReadings(index, written)[0]
      // 東京都千代田区 in the prefecture field: the rest of the text is read as usual below.
      if (lead === undefined || !lead.full) unknownPrefecture = written
    }
    if (fieldPrefecture !== null || unknownPrefecture !== null) start = normalizeAddressText(`${fields.city ?? ''}${fields.street ?? ''}`)
  }

  // Prefecture, then municipality: each reading of the prefecture, then none; the first under which
  // a municipality of that prefecture follows wins, else the longest reading.
  let rest = start
  let textPrefecture: PrefectureCode | null = null
  const readings = latin ? [] : prefectureReadings(index, start)
  const firstReading = readings[0]
  let chosenCode: PrefectureCode | null = firstReading === undefined ? null : firstReading.code
  let chosenLength = firstReading === undefined ? 0 : firstReading.length
  // Each reading, then none (k === readings.length).
  for (let k = 0; k <= readings.length; k += 1) {
    const reading = k < readings.length ? readings[k]! : null
    let after = reading === null ? start : start.slice(reading.length)
    // The prefecture pasted twice (the field, and again in the city field): only the full name.
    const again = reading === null ? 0 : fullPrefectureLength(index, after, reading.code)
    if (again > 0) after = after.slice(again)
    const found = after === '' ? null : matchCity(index, after, reading === null ? fieldPrefecture : reading.code)
    if (found !== null && !found.elsewhere) {
      chosenCode = reading === null ? null : reading.code
      chosenLength = start.length - after.length
      break
    }
    if (k === 0 && reading !== null && again > 0) {
      chosenCode = reading.code
      chosenLength = start.length - after.length
    }
  }
  if (chosenCode !== null) {
    textPrefecture = chosenCode
    rest = start.slice(chosenLength)
  } else textPrefecture = fieldPrefecture

  // Municipality.
  const scope: PrefectureCode | null = textPrefecture ?? (postalPrefectures.size === 1 ? firstOf(postalPrefectures) : null)
  let cities: number[] = []
  let cityText: string | null = null
  let cityInOtherPrefecture: AddressMatch['cityInOtherPrefecture'] = null
  let unknownCity: string | null = null
  if (!latin && rest !== '') {
    let city = matchCity(index, rest, scope)
    // The postal code's prefecture is only a hint: the text may name a municipality elsewhere.
    if (city !== null && city.elsewhere && textPrefecture === null) city = { cities: city.cities, length: city.length, elsewhere: false }
    if (city !== null && !city.elsewhere) {
      cities = city.cities
      cityText = rest.slice(0, city.length)
      rest = rest.slice(city.length)
    } else if (city !== null) {
      cityInOtherPrefecture = { text: rest.slice(0, city.length), cities: city.cities }
      cityText = rest.slice(0, city.length)
      rest = rest.slice(city.length)
    }
  }
  // The whole address pasted again into the street field (東京都千代田区 + 東京都千代田区霞が関...).
  if (cities.length > 0 && cityText !== null) {
    const again = fullPrefectureLength(index, rest, textPrefecture)
    const tail = again === 0 ? rest : rest.slice(again)
    if (tail.startsWith(cityText) && matchTown(index, tail, new Set(cities), cityText.length) === null) rest = tail.slice(cityText.length)
    else if (again !== 0 && matchCity(index, tail, textPrefecture)?.elsewhere === false) rest = tail
  }
  const afterCity = rest

  // Town: first the postal code's own towns (exact, Kyoto street names, business codes), then any town
  // of the municipality, then the same after a Kyoto street-name prefix, then anywhere (wrong city).
  let town: string | null = null
  let townRecords: number[] = []
  let townMatchedBy: AddressMatch['townMatchedBy'] = null
  let townInOtherCity: AddressMatch['townInOtherCity'] = null
  let unknownTown: string | null = null
  // Without a municipality in the text, the postal code's municipalities (in the written prefecture).
  const cityScope =
    cities.length > 0
      ? new Set(cities)
      : cityInOtherPrefecture === null
        ? new Set([...postalCities].filter((c) => textPrefecture === null || index.cities[c]!.prefectureCode === textPrefecture))
        : null
  const body = rest.replace(OAZA_RE, '')
  if (!latin && body !== '' && cityScope !== null && cityScope.size > 0) {
    let best: { town: string; at: number; records: number[]; by: 'postal_code' | 'kyoto_street' | 'business'; score: number } | null = null
    for (const r of postalRecords) {
      const rec = index.record(r)
      if (!cityScope.has(rec.city.index)) continue
      // Business rows may keep the 字 (字上砂川町) that the written text may drop, and may carry the
      // place name in the street part (町域 '' + 宮本塩浜1578-8; 寺町通御池上る + 上本能寺前町488番地).
      const townNorm = rec.townNorm.replace(OAZA_RE, '')
      const streetName = rec.streetNorm === null ? '' : nameBeforeNumber(rec.streetNorm.replace(OAZA_RE, ''))
      const keys = streetName === '' ? [townNorm] : [townNorm + streetName, townNorm + beforeFirstDigit(streetName), streetName, townNorm]
      for (const key of keys) {
        if (key === '') continue
        const at = body.indexOf(key)
        if (at < 0) continue
        // Kyoto: the town follows a street-name phrase (堀川通二条城前二条油小路町).
        const kyoto = at > 0 && KYOTO_MARK_ANY_RE.test(body.slice(0, at))
        if (at !== 0 && !kyoto) continue
        const by = rec.kind === 'business' ? 'business' : at === 0 ? 'postal_code' : 'kyoto_street'
        // Prefer the reading that leaves a street number after the town, then the longest town.
        const score = (DIGIT_RE.test(body.slice(at + key.length)) ? 1000 : 0) + key.length
        if (best === null || score > best.score) best = { town: key, at, records: [r], by, score }
        else if (key === best.town) best.records.push(r)
      }
    }
    if (best !== null) {
      town = best.town
      townRecords = best.records
      townMatchedBy = best.by
      rest = body.slice(best.at + best.town.length)
    } else {
      let found = matchTown(index, body, cityScope, 1)
      let at = 0
      if (found !== null) townMatchedBy = 'name'
      else {
        for (const mark of body.slice(0, 40).matchAll(KYOTO_MARK_RE)) {
          const start = mark.index + mark[0].length
          const tail = body.slice(start).replace(OAZA_RE, '')
          found = matchTown(index, tail, cityScope, 2)
          if (found !== null) {
            at = body.length - tail.length
            townMatchedBy = 'kyoto_street'
            break
          }
        }
      }
      if (found !== null) {
        town = found.town
        townRecords = found.records
        rest = body.slice(at + found.town.length)
      } else if ([...cityScope].some((c) => index.cities[c]!.namedTowns)) {
        // Town names may start with a numeral (三本木 → 3本木): skip it to find the name part.
        // A body that starts with the street number (1011番地, 3-2) names no town at all.
        const digits = LEADING_DIGITS_RE.exec(body)?.[0] ?? ''
        const lead = STARTS_WITH_NUMBER_RE.test(body) ? '' : (LEADING_NAME_RE.exec(body.slice(digits.length))?.[0] ?? '')
        const elsewhere = matchTown(index, body, null, 2)
        // A town of this city starts with the whole name written (紫野 → 紫野上柏野町): incomplete, not elsewhere.
        const written = body.slice(0, digits.length + lead.length)
        const partial = lead !== '' && [...cityScope].some((c) => index.cityHasTownStartingWith(c, written))
        if (partial) {
          // No signal: the level stays at the municipality.
        } else if (elsewhere !== null && elsewhere.town.length >= 2 && !STARTS_WITH_NUMBER_RE.test(elsewhere.town)) {
          townInOtherCity = { text: elsewhere.town, cities: cityIndicesOf(index, elsewhere.records) }
        } else if (lead.length >= 2) unknownTown = lead
      }
    }
  }
  if (town !== null) cities = cityIndicesOf(index, townRecords)
  if (town === null) rest = body
  const namedSomething = textPrefecture !== null || (split && fields.city !== undefined && fields.city.trim() !== '')
  if (cities.length === 0 && cityInOtherPrefecture === null && !latin && afterCity !== '' && namedSomething) {
    unknownCity = MUNICIPALITY_RE.exec(afterCity)?.[0] ?? afterCity.slice(0, 10)
  }

  // The postal code against the text, from the prefecture down.
  let postalAgreement: PostalAgreement = 'not_checked'
  if (postalRecords.length > 0) {
    if (textPrefecture !== null && !postalPrefectures.has(textPrefecture)) postalAgreement = 'prefecture_mismatch'
    else if (cityInOtherPrefecture !== null && textPrefecture === null && !intersects(cityInOtherPrefecture.cities, postalCities)) postalAgreement = 'prefecture_mismatch'
    else if (cities.length > 0 && !intersects(cities, postalCities)) {
      const prefs = new Set(cities.map((c) => index.cities[c]!.prefectureCode))
      postalAgreement = [...prefs].some((p) => postalPrefectures.has(p)) ? 'city_mismatch' : 'prefecture_mismatch'
    } else if (town !== null && cities.length > 0) {
      const agrees =
        townMatchedBy !== 'name' ||
        postalRecords.some((r) => {
          const rec = index.record(r)
          return cities.includes(rec.city.index) && rec.townNorm !== '' && (rec.townNorm === town || rec.townNorm.startsWith(town!) || town!.startsWith(rec.townNorm))
        })
      postalAgreement = agrees ? 'town' : 'town_mismatch'
    } else if (cities.length > 0) postalAgreement = 'city'
    else if (textPrefecture !== null) postalAgreement = 'prefecture'
    else if (latin && romajiPrefecture !== null) postalAgreement = postalPrefectures.has(romajiPrefecture) ? 'prefecture' : 'prefecture_mismatch'
  }
  if (postalAgreement === 'town' || postalAgreement === 'city') cities = cities.filter((c) => postalCities.has(c))

  // The prefecture of the address.
  let prefecture: PrefectureCode | null = textPrefecture
  let prefectureSource: AddressMatch['prefectureSource'] = textPrefecture === null ? null : 'text'
  if (prefecture === null && cities.length > 0) {
    // The municipalities' prefecture, when they are all in one.
    const first = index.cities[cities[0]!]!.prefectureCode
    if (cities.every((c) => index.cities[c]!.prefectureCode === first)) {
      prefecture = first
      prefectureSource = 'city'
    }
  }
  if (prefecture === null && postalPrefectures.size === 1 && cityInOtherPrefecture === null) {
    prefecture = firstOf(postalPrefectures)
    prefectureSource = 'postal_code'
  }
  if (prefecture === null && latin && romajiPrefecture !== null) {
    prefecture = romajiPrefecture
    prefectureSource = 'text'
  }

  const street = readStreetNumber(rest)

  const consistent = !postalAgreement.endsWith('_mismatch')
  let level: AddressLevel = 'none'
  if (postalRecords.length > 0) level = 'postal_code'
  if (prefecture !== null && consistent && unknownPrefecture === null && cityInOtherPrefecture === null) {
    level = 'prefecture'
    if (cities.length > 0) {
      level = 'city'
      if (town !== null) {
        level = 'town'
        if (street.value !== null && street.problem === null) level = 'street_number'
      }
    }
  }

  return {
    text,
    display,
    postalCode,
    postalCodeWritten,
    postalStatus,
    postalRecords,
    postalAgreement,
    textPrefecture,
    unknownPrefecture,
    prefecture,
    prefectureSource,
    cities,
    cityText,
    cityInOtherPrefecture,
    unknownCity,
    town,
    townRecords,
    townMatchedBy,
    townInOtherCity,
    unknownTown,
    afterCity,
    remainder: rest,
    street,
    level,
    latin,
    romajiPrefecture,
  }
}

/** Text before a town in Kyoto street-name style holds one of these marks. */
const KYOTO_MARK_ANY_RE = /通|上る|下る|入る|上ル|下ル|入ル|上が|下が|入/u
const LEADING_DIGITS_RE = /^\d+/u
/** Text that starts with a street number: digits, then 番/丁/号/地割/a separator, or nothing. */
const STARTS_WITH_NUMBER_RE = /^\d+(?:$|[-_番丁号地])/u
const HAN_RE = /\p{Script=Han}/u
const DIGIT_RE = /\d/u
/** The text before its first ASCII digit. */
const beforeFirstDigit = (text: string): string => {
  const at = text.search(/\d/u)
  return at < 0 ? text : text.slice(0, at)
}
const NUMBER_SUFFIX = new Set([...'丁番号地'])

/**
 * The name part of a business row's street: everything before its street number, i.e. before the
 * first digit run that is not part of a name (10文字原1番1号 → 10文字原; 上本能寺前町488番地 →
 * 上本能寺前町; 3丁目3-2ビル → '').
 */
export function nameBeforeNumber(street: string): string {
  let i = 0
  while (i < street.length) {
    const code = street.charCodeAt(i)
    if (code < 0x30 || code > 0x39) {
      i += 1
      continue
    }
    let j = i
    while (j < street.length && street.charCodeAt(j) >= 0x30 && street.charCodeAt(j) <= 0x39) j += 1
    const next = street[j]
    if (next === undefined || NUMBER_SUFFIX.has(next) || !HAN_RE.test(next)) return street.slice(0, i)
    i = j
  }
  return street
}
/** A municipality-looking leading part: up to the first 市/区/町/村 (at most 10 characters). */
const MUNICIPALITY_RE = /^[^市区町村]{0,9}[市区町村]/u
/** Leading name part (kanji and kana) of the text after the municipality, before any number. */
const LEADING_NAME_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/u
