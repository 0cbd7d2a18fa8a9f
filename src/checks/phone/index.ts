import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
  type NumberType,
  type PhoneNumber,
} from 'libphonenumber-js/core'
import { defineCheck } from '../../core/check.js'
import { readDataJson } from '../../core/data-files.js'
import { finding } from '../../core/finding.js'
import type { Evidence, Facts, Finding } from '../../core/types.js'
import { ScreenerConfigError } from '../../errors/config.js'
import { buildAreaTable, lookupArea, type AreaTable, type JpAreasFile, type PhoneArea } from './areas.js'
import { PHONE_CODES, type PhoneCode } from './codes.js'
import { compilePlans, formatNumber, numberType, type CompiledPlan, type CompiledPlans } from './compiled.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { normalizePhone, type NormalizedPhone } from './normalize.js'
import { LISTED_PLACEHOLDERS, placeholderPattern, weakPattern } from './placeholder.js'
import { PHONE_WEIGHTS } from './weights.js'

export { PHONE_CODES, type PhoneCode } from './codes.js'
export { normalizePhone, type NormalizedPhone } from './normalize.js'
export type { JpAreasFile, PhoneArea } from './areas.js'

/** libphonenumber's number types (the `type` fact), null when unknown. */
export type PhoneType = Exclude<NumberType, undefined>

/** Options of the phone check. */
export interface PhoneOptions {
  /** Country assumed for numbers written without a country code. Default 'JP'. */
  readonly defaultCountry?: CountryCode
  /**
   * Countries whose numbers are not reported as foreign. Default: the screener's service country
   * (`context.serviceCountry`, 'JP' unless configured).
   */
  readonly domesticCountries?: Iterable<string>
  /** More numbers to treat as placeholders (any format, parsed with `defaultCountry`); e.g. your own support line. */
  readonly placeholderNumbers?: Iterable<string>
  /**
   * When an organization name is given, toll-free (0120/0800) and Navi Dial (0570) numbers are a
   * company's normal contact and are not flagged. Set false to flag them for organizations too.
   * Default true.
   */
  readonly allowBusinessNumbersForOrganizations?: boolean
  /** Replacement area table (the layout of data/phone/jp-areas.json). */
  readonly areas?: JpAreasFile
}

/** Prepared data of the phone check. */
export interface PhoneData {
  readonly metadata: MetadataJson
  readonly defaultCountry: CountryCode
  readonly defaultCallingCode: string
  readonly domesticCountries: ReadonlySet<string> | null
  readonly placeholders: ReadonlySet<string>
  readonly allowBusinessNumbersForOrganizations: boolean
  readonly areas: AreaTable
  /** libphonenumber-js's type and format rules per country, with their RegExps built once. */
  readonly plans: CompiledPlans
  readonly version: string
}

interface SourcesFile {
  readonly generatedAt: string
  readonly sources: readonly { readonly package: string; readonly version: string }[]
}

/** The libphonenumber-js version whose max metadata is used (kept in step with package.json). */
const LIBPHONENUMBER_VERSION = '1.13.16'
/** Longest raw value echoed in evidence (the schema allows 256 characters of garbage). */
const MAX_ECHO = 40

async function prepare(options: PhoneOptions): Promise<PhoneData> {
  // The max metadata (~157 kB JSON) is loaded here, not at import, so a screener without the phone
  // check never pays for it (STYLE: data is injected and bound at the entry point).
  const [{ default: metadata }, areasFile, sources] = await Promise.all([
    import('libphonenumber-js/max/metadata') as Promise<{ default: MetadataJson }>,
    options.areas ? Promise.resolve(options.areas) : readDataJson<JpAreasFile>('phone', 'jp-areas.json'),
    readDataJson<SourcesFile>('phone', 'sources.json'),
  ])
  const defaultCountry = options.defaultCountry ?? 'JP'
  if (!isSupportedCountry(defaultCountry, metadata)) {
    throw new ScreenerConfigError(`phone: unknown defaultCountry ${String(defaultCountry)}`)
  }
  let areas: AreaTable
  try {
    areas = buildAreaTable(areasFile)
  } catch (error) {
    throw new ScreenerConfigError(`phone: bad area table: ${(error as Error).message}`)
  }
  const placeholders = new Set(LISTED_PLACEHOLDERS)
  for (const raw of options.placeholderNumbers ?? []) {
    const parsed = parsePhoneNumberFromString(normalizePhone(raw).text, { defaultCountry }, metadata)
    if (!parsed) throw new ScreenerConfigError(`phone: placeholderNumbers: cannot read ${JSON.stringify(raw)}`)
    placeholders.add(parsed.number)
  }
  const domestic = options.domesticCountries ? new Set([...options.domesticCountries].map((c) => c.toUpperCase())) : null
  const source = sources.sources.map((s) => `${s.package}@${s.version}`).join(',')
  return {
    metadata,
    defaultCountry,
    defaultCallingCode: getCountryCallingCode(defaultCountry, metadata),
    domesticCountries: domestic,
    placeholders,
    allowBusinessNumbersForOrganizations: options.allowBusinessNumbersForOrganizations ?? true,
    areas,
    plans: compilePlans(metadata),
    version: `libphonenumber-js@${LIBPHONENUMBER_VERSION}(max),${options.areas ? 'custom-areas' : `${sources.generatedAt}(${source})`}`,
  }
}

/** How the number is shown in evidence: national format at home, international abroad. */
function display(number: PhoneNumber, plan: CompiledPlan | undefined, data: PhoneData): string {
  const national = number.country === data.defaultCountry
  if (plan === undefined) return national ? number.formatNational() : number.formatInternational()
  return formatNumber(plan, number.nationalNumber, number.ext, !national)
}

function isValidNsn(callingCode: string, nsn: string, data: PhoneData): boolean {
  const number = parsePhoneNumberFromString(`+${callingCode}${nsn}`, data.metadata)
  if (!number) return false
  const plan = number.country === undefined ? undefined : data.plans.get(number.country)
  return plan === undefined ? number.getType() !== undefined : numberType(plan, number.nationalNumber) !== null
}

/**
 * Why an invalid number is invalid, when its length is the cause. libphonenumber only knows the
 * lengths any number of the country may have (JP: 8 to 17 digits), so 090-1234-567 passes its length
 * test; a number that becomes valid when cut short or with one or two more digits has a length fault, any
 * other invalid number lies in no allocated range. Only invalid numbers pay for these few parses.
 */
function lengthFault(text: string, callingCode: string, nsn: string, data: PhoneData): 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | null {
  const reason = validatePhoneNumberLength(text, { defaultCountry: data.defaultCountry }, data.metadata)
  if (reason === 'TOO_SHORT' || reason === 'TOO_LONG' || reason === 'INVALID_LENGTH') return reason
  // One or two digits too many (a doubled key), or a valid 10- or 9-digit number followed by junk
  // digits (the usual lengths of Japanese significant numbers: mobile/IP 10, fixed lines 9).
  for (const length of new Set([nsn.length - 1, nsn.length - 2, 10, 9])) {
    if (length >= 6 && length < nsn.length && isValidNsn(callingCode, nsn.slice(0, length), data)) return 'TOO_LONG'
  }
  for (const pad of ['0', '5', '00', '55']) {
    if (isValidNsn(callingCode, nsn + pad, data)) return 'TOO_SHORT'
  }
  return null
}

const TYPE_CODES: Partial<Record<PhoneType, PhoneCode>> = {
  VOIP: 'phone.voip',
  PAGER: 'phone.pager_m2m',
  PREMIUM_RATE: 'phone.premium_rate',
  TOLL_FREE: 'phone.toll_free',
  UAN: 'phone.uan',
  PERSONAL_NUMBER: 'phone.uncommon_type',
  SHARED_COST: 'phone.uncommon_type',
  VOICEMAIL: 'phone.uncommon_type',
}
const BUSINESS_TYPES: ReadonlySet<PhoneType> = new Set(['TOLL_FREE', 'UAN'])

/**
 * The facts object. Built field by field: an object spread here cost ~5 µs per call in V8 (Node 20),
 * more than the whole rest of the check besides parsing.
 */
function phoneFacts(
  normalized: NormalizedPhone,
  valid: boolean,
  e164: string | null,
  country: string | null,
  callingCode: string | null,
  type: PhoneType | null,
  area: PhoneArea | null,
): Facts {
  return {
    normalized: normalized.text === '' ? null : normalized.text,
    extension: normalized.extension,
    hasText: normalized.hasText,
    multiple: normalized.multiple,
    valid,
    e164,
    country,
    callingCode,
    type,
    area:
      area === null
        ? null
        : { name: area.name, nameEn: area.nameEn, prefectureCodes: area.prefectureCodes, prefectures: area.prefectures, prefix: area.prefix },
  }
}

/**
 * The phone check: parses the number (libphonenumber max metadata, JP by default) and reports
 * unreadable, invalid, foreign, non-personal (VoIP 050, M2M 020, premium 0990, free-dial 0120/0800,
 * Navi Dial 0570) and placeholder numbers; its facts give E.164, type, country and, for Japanese
 * fixed lines, the numbering area with its prefecture (for the address cross-check).
 */
export const phoneCheck = defineCheck({
  name: 'phone',
  codes: PHONE_CODES,
  weights: PHONE_WEIGHTS,
  messages: { ja, en },
  prepare,
  dataVersion: (data: PhoneData) => data.version,
  applies: (input) => input.phone !== undefined,
  run(input, data, context) {
    const findings: Finding<PhoneCode>[] = []
    const fields = ['phone']
    const raw = input.phone ?? ''
    const normalized = normalizePhone(raw, data.defaultCallingCode)
    const echo = raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw
    const number =
      normalized.text === '' ? undefined : parsePhoneNumberFromString(normalized.text, { defaultCountry: data.defaultCountry }, data.metadata)

    if (!number) {
      const reason = normalized.text === '' ? 'NOT_A_NUMBER' : (validatePhoneNumberLength(normalized.text, { defaultCountry: data.defaultCountry }, data.metadata) ?? 'NOT_A_NUMBER')
      if (reason === 'TOO_SHORT' || reason === 'TOO_LONG' || reason === 'INVALID_LENGTH') {
        findings.push(finding('phone.invalid_length', fields, { value: echo, reason, digits: normalized.digits.length }))
      } else findings.push(finding('phone.unparseable', fields, { value: echo, reason }))
      return {
        findings,
        facts: phoneFacts(normalized, false, null, null, null, null, null),
      }
    }

    // With the max metadata every number type has its pattern, so a number is valid exactly when it
    // has a type (libphonenumber-js isValid() does the same test); one call instead of two, with the
    // type rules compiled in prepare (non-geographic numbers, without a country, ask the library).
    const plan = number.country === undefined ? undefined : data.plans.get(number.country)
    const type: PhoneType | null = plan === undefined ? (number.getType() ?? null) : numberType(plan, number.nationalNumber)
    const valid = type !== null
    const callingCode = String(number.countryCallingCode)
    const nsn = String(number.nationalNumber)
    const country = number.country ?? null
    // Findings are collected without the displayed value first: formatting costs ~4 µs, so it is
    // done once, and only when something is reported.
    const pending: [PhoneCode, Evidence][] = []
    if (!valid) {
      const reason = lengthFault(normalized.text, callingCode, nsn, data)
      if (reason !== null) pending.push(['phone.invalid_length', { reason, digits: nsn.length }])
      else pending.push(['phone.unassigned_number', { country }])
    }

    const strong = placeholderPattern(callingCode, nsn, data.placeholders)
    if (strong !== null) pending.push(['phone.placeholder_number', { pattern: strong }])
    else {
      const weak = weakPattern(nsn)
      if (weak !== null) pending.push(['phone.patterned_number', { pattern: weak }])
    }

    let area: PhoneArea | null = null
    if (valid) {
      const domestic = data.domesticCountries === null ? country === context.serviceCountry.toUpperCase() : country !== null && data.domesticCountries.has(country)
      if (!domestic) pending.push(['phone.foreign_number', { country, callingCode, serviceCountry: context.serviceCountry }])
      const typeCode = TYPE_CODES[type]
      if (typeCode !== undefined) {
        const organization = (input.organization?.name ?? '').trim() !== ''
        const business = BUSINESS_TYPES.has(type) && organization && data.allowBusinessNumbersForOrganizations
        if (!business) pending.push([typeCode, { type, country }])
      }
      if (country === 'JP' && (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE')) area = lookupArea(data.areas, nsn)
    }
    if (pending.length > 0) {
      // libphonenumber formats an invalid number oddly (0120-000-12 → "12000012"); show what was read instead.
      const value = valid ? display(number, plan, data) : normalized.text
      for (const [code, evidence] of pending) findings.push(finding(code, fields, Object.assign({ value }, evidence)))
    }

    // Only a valid number has an E.164 form and a region; an invalid one keeps its digits in `normalized`.
    return { findings, facts: phoneFacts(normalized, valid, valid ? number.number : null, valid ? country : null, callingCode, type, area) }
  },
})
