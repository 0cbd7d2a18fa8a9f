import { defineCheck } from '../../core/check.js'
import type { CheckContext } from '../../core/check.js'
import { readDataBytes } from '../../core/data-files.js'
import { finding } from '../../core/finding.js'
import type { EvidenceValue, Facts, Finding } from '../../core/types.js'
import type { ValidSignup } from '../../core/schema.js'
import { ADDRESS_CODES, type AddressCode } from './codes.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { matchAddress, readCountry, type AddressLevel, type AddressMatch } from './match.js'
import { nfkc, normalizeAddressText } from './normalize.js'
import { loadPostalIndex, type PostalIndex } from './postal-index.js'
import { ADDRESS_WEIGHTS } from './weights.js'

export { ADDRESS_CODES, type AddressCode } from './codes.js'
export { ADDRESS_LEVELS, type AddressLevel } from './match.js'
export { PREFECTURES, type PrefectureCode, type PrefectureName } from './prefectures.generated.js'

/** Options of the address check. */
export interface AddressOptions {
  /**
   * A replacement postal index (the bytes of a postal-index.bin.gz built by
   * scripts/build-address-data.ts, e.g. from a newer KEN_ALL). Default: the embedded one.
   */
  readonly postalIndex?: Uint8Array
}

/** Prepared data of the address check. */
export interface AddressData {
  readonly index: PostalIndex
  readonly version: string
}

/** Post-office boxes and hold-at-office addresses (私書箱, 局留め, 郵便局気付, P.O. Box). */
const PO_BOX_RE = /私書箱|局留|局止|留置|郵便局気付|p\.?o\.?box|postofficebox/iu
/** Separate address fields compared for pasted duplicates. */
const DUPLICATE_FIELDS = ['prefecture', 'city', 'street', 'building'] as const
const MAX_ECHO = 60
/** A latin-script address: at least two words and a number somewhere. */
const looksLikeLatinAddress = (text: string): boolean => /\d/u.test(text) && (text.match(/[a-z]{2,}/giu)?.length ?? 0) >= 2

/** Two fields with the same text of 3 characters or more. */
const sameText = (x: string | null, y: string | null): boolean => x !== null && x.length >= 3 && x === y
/** A field as compared for duplicates: NFKC, without whitespace. */
const compact = (text: string): string => nfkc(text).replace(/\s+/gu, '')
const clip = (text: string): string => (text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text)
const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''

/** The fields the address text was read from: the one-line field, else the separate fields given. */
function textFieldsOf(address: NonNullable<ValidSignup['address']>): string[] {
  const prefecture = present(address.prefecture)
  const city = present(address.city)
  const street = present(address.street)
  if (present(address.full) && !prefecture && !city && !street) return ['address.full']
  const fields: string[] = []
  if (prefecture) fields.push('address.prefecture')
  if (city) fields.push('address.city')
  if (street) fields.push('address.street')
  return fields
}

/** A business code whose own address in the table has no number (本願寺門前町): nothing is missing. */
function businessWithoutNumber(index: PostalIndex, m: AddressMatch): boolean {
  if (m.townMatchedBy !== 'business') return false
  return m.townRecords.some((r) => {
    const street = index.record(r).streetNorm
    return street !== null && !/\d/u.test(street)
  })
}

/** Cities of the given prefecture first (the likely intended one), then the rest. */
function sameFirst(cities: readonly number[], prefecture: string | null, index: PostalIndex): number[] {
  const near = cities.filter((c) => index.cities[c]!.prefectureCode === prefecture)
  return [...near, ...cities.filter((c) => index.cities[c]!.prefectureCode !== prefecture)]
}

function prefectureName(index: PostalIndex, code: string | null): string | null {
  return code === null ? null : (index.prefectureByCode.get(code)?.name ?? null)
}

/** Reads the phone check's fixed-line area facts defensively (the phone check may be absent or skipped). */
function phoneArea(context: CheckContext): { name: string; prefectureCodes: string[] } | null {
  const area = context.facts.phone?.['area']
  if (area === null || area === undefined || typeof area !== 'object' || Array.isArray(area)) return null
  const record = area as { readonly [key: string]: EvidenceValue }
  const codes = record['prefectureCodes']
  if (!Array.isArray(codes)) return null
  const prefectureCodes = codes.filter((c): c is string => typeof c === 'string' && /^\d{2}$/u.test(c))
  if (prefectureCodes.length === 0) return null
  return { name: typeof record['name'] === 'string' ? record['name'] : '', prefectureCodes }
}

function factsOf(index: PostalIndex, m: AddressMatch | null, country: string | null, level: AddressLevel, building: string | null): Facts {
  if (m === null) {
    return { country, prefectureCode: null, prefecture: null, level, cityCode: null, city: null, town: null, postalCode: null, postalCodeStatus: 'absent', postalRecords: [] }
  }
  const city = m.cities.length === 1 ? index.cities[m.cities[0]!]! : null
  const townRecord = m.townRecords.length > 0 ? index.record(m.townRecords[0]!) : null
  const postalRecords = m.postalRecords.slice(0, 8).map((r) => {
    const rec = index.record(r)
    return {
      postalCode: rec.postalCode,
      prefectureCode: rec.city.prefectureCode,
      prefecture: prefectureName(index, rec.city.prefectureCode),
      cityCode: rec.city.code,
      city: rec.city.name,
      town: rec.town,
      street: rec.street,
      kind: rec.kind,
    }
  })
  return {
    country,
    prefectureCode: m.prefecture,
    prefecture: prefectureName(index, m.prefecture),
    prefectureSource: m.prefectureSource,
    level,
    cityCode: city?.code ?? null,
    city: city?.name ?? null,
    cityCandidates: m.cities.length > 1 ? m.cities.slice(0, 8).map((c) => index.cities[c]!.code) : [],
    town: townRecord?.town ?? null,
    townMatchedBy: m.townMatchedBy,
    streetNumber: m.street.value,
    normalized: {
      prefecture: prefectureName(index, m.prefecture),
      city: city?.name ?? m.cityText,
      town: townRecord?.town ?? null,
      remainder: clip(m.remainder),
      building,
    },
    postalCode: m.postalCode,
    postalCodeStatus: m.postalStatus,
    postalAgreement: m.postalAgreement,
    postalRecordCount: m.postalRecords.length,
    postalRecords,
  }
}

function runAddress(input: ValidSignup, data: AddressData, context: CheckContext): { findings: Finding<AddressCode>[]; facts: Facts } {
  const { index } = data
  const address = input.address ?? {}
  const findings: Finding<AddressCode>[] = []
  const serviceCountry = context.serviceCountry.toUpperCase()
  const building = present(address.building) ? normalizeAddressText(address.building) : null

  // Pasted duplicates: compared on the normalized text of the separate fields. The lists are built
  // only when two fields agree (rare).
  const p = present(address.prefecture) ? compact(address.prefecture) : null
  const c = present(address.city) ? compact(address.city) : null
  const st = present(address.street) ? compact(address.street) : null
  const b = present(address.building) ? compact(address.building) : null
  if (sameText(p, c) || sameText(p, st) || sameText(p, b) || sameText(c, st) || sameText(c, b) || sameText(st, b)) {
    const values: { field: (typeof DUPLICATE_FIELDS)[number]; text: string }[] = []
    const texts = [p, c, st, b]
    DUPLICATE_FIELDS.forEach((field, k) => {
      const text = texts[k]
      if (text !== null && text !== undefined) values.push({ field, text })
    })
    for (let i = 0; i < values.length; i += 1) {
      const same = values.filter((v) => v.text === values[i]!.text && v.text.length >= 3)
      if (same.length >= 2) {
        findings.push(finding('address.same_text_in_fields', same.map((v) => `address.${v.field}`), { fields: same.map((v) => v.field), value: clip(values[i]!.text) }))
        break
      }
    }
  }

  const declared = readCountry(address.country)
  if (declared.code !== null && declared.code !== 'JP') {
    if (declared.code !== serviceCountry) {
      findings.push(finding('address.foreign_address', ['address.country'], { country: declared.code, serviceCountry, reason: 'declared' }))
    }
    return { findings, facts: factsOf(index, null, declared.code, 'none', building) }
  }

  const m = matchAddress(index, address)
  const textFields = textFieldsOf(address)
  const postalField = present(address.postalCode) ? ['address.postalCode'] : textFields

  const japanese = m.prefecture !== null || m.postalRecords.length > 0 || (m.text !== '' && !m.latin)
  const country = declared.code ?? (japanese ? 'JP' : null)
  if (country === null && m.latin) {
    // Latin text with no Japanese prefecture and no Japanese postal code: a foreign address when it
    // looks like one (words and a number), else garbage.
    if (!looksLikeLatinAddress(m.display)) findings.push(finding('address.unrecognized_address', textFields, { address: clip(m.display) }))
    else if (serviceCountry === 'JP') findings.push(finding('address.foreign_address', textFields, { country: 'unknown', serviceCountry, reason: 'latin_text' }))
    return { findings, facts: factsOf(index, m, null, m.level, building) }
  }
  if (country === 'JP' && serviceCountry !== 'JP') {
    findings.push(finding('address.foreign_address', textFields, { country: 'JP', serviceCountry, reason: declared.code === null ? 'inferred' : 'declared' }))
  }

  if (m.postalStatus === 'malformed') findings.push(finding('address.postal_code_malformed', postalField, { postalCode: clip(m.postalCodeWritten ?? '') }))
  if (m.postalStatus === 'unassigned') findings.push(finding('address.postal_code_unassigned', postalField, { postalCode: m.postalCode }))

  const recs = m.postalAgreement.endsWith('_mismatch') ? m.postalRecords.map((r) => index.record(r)) : []
  const uniq = (items: string[]) => [...new Set(items)].slice(0, 5)
  if (m.postalAgreement === 'prefecture_mismatch') {
    const written = m.textPrefecture ?? m.cities[0] ?? m.cityInOtherPrefecture?.cities[0]
    const writtenPrefecture =
      (m.textPrefecture ?? m.romajiPrefecture) !== null
        ? prefectureName(index, m.textPrefecture ?? m.romajiPrefecture)
        : typeof written === 'number'
          ? prefectureName(index, index.cities[written]!.prefectureCode)
          : null
    findings.push(
      finding('address.postal_code_prefecture_mismatch', [...postalField, ...textFields.filter((f) => !postalField.includes(f))], {
        postalCode: m.postalCode,
        postalPrefectures: uniq(recs.map((r) => prefectureName(index, r.city.prefectureCode) ?? '')),
        writtenPrefecture,
      }),
    )
  } else if (m.postalAgreement === 'city_mismatch') {
    findings.push(
      finding('address.postal_code_city_mismatch', [...postalField, ...textFields.filter((f) => !postalField.includes(f))], {
        postalCode: m.postalCode,
        postalCities: uniq(recs.map((r) => r.city.name)),
        writtenCity: m.cities.length > 0 ? index.cities[m.cities[0]!]!.name : m.cityText,
      }),
    )
  } else if (m.postalAgreement === 'town_mismatch') {
    findings.push(
      finding('address.postal_code_town_mismatch', [...postalField, ...textFields.filter((f) => !postalField.includes(f))], {
        postalCode: m.postalCode,
        postalTowns: uniq(recs.map((r) => r.town || '（以下に掲載がない場合）')),
        writtenTown: m.townRecords.length > 0 ? index.record(m.townRecords[0]!).town : m.town,
      }),
    )
  }

  const prefectureText = prefectureName(index, m.textPrefecture) ?? prefectureName(index, m.prefecture) ?? ''
  if (m.unknownPrefecture !== null) findings.push(finding('address.unknown_prefecture', ['address.prefecture'], { prefecture: clip(m.unknownPrefecture) }))
  if (m.cityInOtherPrefecture !== null && m.textPrefecture !== null) {
    findings.push(
      finding('address.city_not_in_prefecture', textFields, {
        city: index.cities[m.cityInOtherPrefecture.cities[0]!]?.name ?? m.cityInOtherPrefecture.text,
        prefecture: prefectureText,
        foundIn: uniq(m.cityInOtherPrefecture.cities.map((c) => `${prefectureName(index, index.cities[c]!.prefectureCode) ?? ''}${index.cities[c]!.name}`)),
      }),
    )
  }
  if (m.unknownCity !== null) findings.push(finding('address.unknown_city', textFields, { city: clip(m.unknownCity), prefecture: prefectureText }))
  const cityName = m.cities.length > 0 ? index.cities[m.cities[0]!]!.name : (m.cityText ?? '')
  if (m.townInOtherCity !== null) {
    findings.push(
      finding('address.town_not_in_city', textFields, {
        town: m.townInOtherCity.text,
        city: cityName,
        foundIn: uniq(sameFirst(m.townInOtherCity.cities, m.prefecture, index).map((c) => `${prefectureName(index, index.cities[c]!.prefectureCode) ?? ''}${index.cities[c]!.name}`)),
      }),
    )
  }
  if (m.unknownTown !== null) findings.push(finding('address.unknown_town', textFields, { town: clip(m.unknownTown), city: cityName }))

  const located = m.cities.length > 0 || m.cityInOtherPrefecture !== null || m.unknownCity !== null
  const cityOnly = (located || m.textPrefecture !== null) && m.afterCity === '' && building === null && m.unknownCity === null
  if (cityOnly) {
    findings.push(finding('address.city_only', textFields, { address: clip(m.display) }))
  } else if (located && m.unknownCity === null) {
    if (m.street.problem !== null) {
      findings.push(finding('address.street_number_malformed', textFields, { streetNumber: clip(m.street.value ?? m.remainder), problem: m.street.problem }))
    } else if (m.street.value === null && !businessWithoutNumber(index, m)) {
      findings.push(finding('address.street_number_missing', textFields, { afterTown: clip(m.remainder) }))
    }
  }

  const poBox = PO_BOX_RE.exec(`${m.text}${building ?? ''}`)
  if (poBox !== null) findings.push(finding('address.po_box', textFields, { marker: poBox[0] }))

  if (m.prefecture === null && m.cities.length === 0 && m.postalRecords.length === 0 && m.cityInOtherPrefecture === null && m.unknownPrefecture === null && m.text !== '') {
    findings.push(finding('address.unrecognized_address', textFields, { address: clip(m.display) }))
  }

  const area = phoneArea(context)
  if (area !== null && m.prefecture !== null && m.level !== 'none' && m.level !== 'postal_code') {
    const evidence = {
      phoneArea: area.name,
      phonePrefectures: area.prefectureCodes.map((c) => prefectureName(index, c) ?? c),
      addressPrefecture: prefectureName(index, m.prefecture),
    }
    if (area.prefectureCodes.includes(m.prefecture)) findings.push(finding('address.phone_area_consistent', ['phone', ...textFields], evidence))
    else findings.push(finding('address.phone_area_mismatch', ['phone', ...textFields], evidence))
  }

  return { findings, facts: factsOf(index, m, country, m.level, building) }
}

/**
 * The address check: does this Japanese address exist, and do its postal code, prefecture,
 * municipality, town and street number hang together? See docs/address.md.
 */
export const addressCheck = defineCheck<'address', AddressCode, AddressData, AddressOptions>({
  name: 'address',
  codes: ADDRESS_CODES,
  weights: ADDRESS_WEIGHTS,
  messages: { ja, en },
  prepare(options) {
    const bytes = options.postalIndex ?? readDataBytes('address', 'postal-index.bin.gz')
    const index = loadPostalIndex(bytes)
    return { index, version: options.postalIndex === undefined ? index.sources.join(',') : `custom(${index.sources.join(',')})` }
  },
  dataVersion: (data) => data.version,
  applies: (input) => {
    const a = input.address
    return a !== undefined && [a.postalCode, a.prefecture, a.city, a.street, a.building, a.full, a.country].some(present)
  },
  run: runAddress,
})
