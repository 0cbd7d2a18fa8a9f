import { defineCheck } from '../../core/check.js'
import { readDataJson } from '../../core/data-files.js'
import { finding } from '../../core/finding.js'
import type { EvidenceValue, Finding } from '../../core/types.js'
import { ScreenerConfigError } from '../../errors/config.js'
import { loadBinTable, lookupBin, type BinRecord, type BinTable, type BinTableRow } from './bin-table.js'
import { CARD_CODES, type CardCode } from './codes.js'
import { expiryStatus, formatMonth, MAX_VALIDITY_MONTHS, monthsUntil, parseExpiry } from './expiry.js'
import { avsResult, cvcResult, threeDSResult } from './gateway.js'
import { analyzeHolderName } from './holder.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { compileBrandTable, lookupBrand, luhnValid, maskDigits, normalizeNumber, redactNumbers, type BrandInfo, type BrandTable } from './pan.js'
import { syntheticPattern } from './synthetic.js'
import { CARD_WEIGHTS } from './weights.js'

export { CARD_CODES, type CardCode } from './codes.js'
export type { BinTableRow, BinRecord } from './bin-table.js'

/** Versions of the packages whose data the check uses (asserted against node_modules in a test). */
export const CARD_PACKAGES = { 'credit-card-type': '10.3.0', 'card-validator': '10.0.4' } as const

/** Options of the card check. */
export interface CardOptions {
  /**
   * BIN table: the path of a CSV file (format in docs/card.md; binlist/data's ranges.csv loads as
   * is) or rows. Enables the prepaid, virtual and foreign-card signals. Default: none.
   */
  readonly binTable?: string | readonly BinTableRow[]
  /** More test card numbers to flag (your gateway's own), merged with the embedded list. */
  readonly testNumbers?: Iterable<string>
}

/** The card check's prepared data. Holds public test numbers only, never a customer's. */
export interface CardData {
  readonly brands: BrandTable
  /** Test number → where it is published. */
  readonly testNumbers: ReadonlyMap<string, readonly string[]>
  /** First six + last four digits of each test number → sources (for gateways that give only those). */
  readonly testBinLast4: ReadonlyMap<string, readonly string[]>
  readonly binTable: BinTable | null
  readonly version: string
}

interface TestPansFile {
  readonly formatVersion: number
  readonly entries: readonly { readonly number: string; readonly brand: string; readonly sources: readonly string[] }[]
}

const TEST_PANS_FORMAT = 1

async function prepareCard(options: CardOptions): Promise<CardData> {
  const file = await readDataJson<TestPansFile>('card', 'test-pans.json')
  if (file.formatVersion !== TEST_PANS_FORMAT) throw new ScreenerConfigError('card: data/card/test-pans.json has an unknown format version')
  const testNumbers = new Map<string, readonly string[]>()
  for (const entry of file.entries) testNumbers.set(entry.number, entry.sources)
  let custom = 0
  for (const raw of options.testNumbers ?? []) {
    const n = normalizeNumber(String(raw))
    // Never echo the value: it may be a real number given by mistake.
    if (!n.digitsOnly || n.digits.length < 12 || n.digits.length > 19) throw new ScreenerConfigError(`card: testNumbers[${custom}] is not a 12-19 digit number`)
    testNumbers.set(n.digits, [...(testNumbers.get(n.digits) ?? []), 'custom'])
    custom += 1
  }
  const testBinLast4 = new Map<string, readonly string[]>()
  for (const [number, sources] of testNumbers) testBinLast4.set(number.slice(0, 6) + number.slice(-4), sources)
  const binTable = options.binTable === undefined ? null : await loadBinTable(options.binTable)
  const packages = Object.entries(CARD_PACKAGES).map(([name, version]) => `${name}@${version}`).join(',')
  return {
    brands: compileBrandTable(),
    testNumbers,
    testBinLast4,
    binTable,
    version: `${packages},test-pans:${testNumbers.size}${binTable ? `,bins:${binTable.size}` : ''}`,
  }
}

/** A BIN (6–8 digits) or last four (4 digits) given by the gateway. */
function readReference(raw: string | undefined, min: number, max: number): { digits: string | null; fault: 'not_digits' | 'length' | null; length: number; masked: string | null } | null {
  if (raw === undefined || raw.trim() === '') return null
  const n = normalizeNumber(raw)
  if (!n.digitsOnly) return { digits: null, fault: 'not_digits', length: raw.length, masked: null }
  if (n.digits.length < min || n.digits.length > max) return { digits: null, fault: 'length', length: n.digits.length, masked: maskDigits(n.digits) }
  return { digits: n.digits, fault: null, length: n.digits.length, masked: n.digits }
}

const country = (value: EvidenceValue | undefined): string | null => (typeof value === 'string' && value !== '' ? value.toUpperCase() : null)

/** Free strings we echo: capped and with any card-number-like digit run masked. */
const echo = (raw: string): string => redactNumbers(raw.slice(0, 64))

function binFacts(record: BinRecord | null): EvidenceValue {
  if (record === null) return null
  return { range: record.range, country: record.country, type: record.type, prepaid: record.prepaid, virtual: record.virtual, issuer: record.issuer }
}

/**
 * The card check: number validity (Luhn, brand, length), test and generated numbers, expiry,
 * gateway results, holder name, and BIN-table flags. Numbers appear masked only.
 */
export const cardCheck = defineCheck({
  name: 'card',
  codes: CARD_CODES,
  weights: CARD_WEIGHTS,
  messages: { ja, en },
  prepare: (options: CardOptions) => prepareCard(options),
  dataVersion: (data: CardData) => data.version,
  applies: (input) => {
    const c = input.card
    if (c === undefined) return false
    // Any field present; runs on every signup, so no rest-spread copies.
    for (const key in c) {
      const value = c[key as keyof typeof c]
      if (key === 'gateway') {
        if (value !== undefined) for (const g in value as object) if ((value as Record<string, unknown>)[g] !== undefined) return true
      } else if (value !== undefined) return true
    }
    return false
  },
  run(input, data, context) {
    const card = input.card ?? {}
    const findings: Finding<CardCode>[] = []
    const numberFields = ['card.number']

    // --- number -------------------------------------------------------------------------------
    let digits: string | null = null
    let brand: BrandInfo | null = null
    let numberStatus: 'absent' | 'not_digits' | 'invalid' | 'valid' | 'test' = 'absent'
    let luhn: boolean | null = null
    let lengthValid: boolean | null = null
    let synthetic: string | null = null
    let fullWidth = false
    let testSources: readonly string[] | null = null
    if (card.number !== undefined && card.number.trim() !== '') {
      const n = normalizeNumber(card.number)
      fullWidth = n.fullWidth
      if (!n.digitsOnly || n.digits.length === 0) {
        numberStatus = 'not_digits'
        findings.push(finding('card.number_not_digits', numberFields, { invalidCharacters: n.invalidCharacters, digitCount: n.digitCount }))
      } else {
        digits = n.digits
        const len = digits.length
        const masked = maskDigits(digits)
        brand = lookupBrand(digits, data.brands)
        testSources = data.testNumbers.get(digits) ?? null
        lengthValid = brand === null ? len >= 12 && len <= 19 : brand.lengths.includes(len)
        if (len >= 12 && len <= 19) luhn = luhnValid(digits)
        if (testSources !== null) {
          // A listed test number explains everything else about it (e.g. the legacy 13-digit Visa).
          numberStatus = 'test'
          findings.push(finding('card.test_number', numberFields, { masked, brand: brand?.niceType ?? null, sources: [...testSources], match: 'number' }))
        } else {
          const brandName = brand?.niceType ?? null
          if (brand === null) findings.push(finding('card.brand_unknown', numberFields, { prefix: digits.slice(0, Math.min(6, Math.max(0, len - 6))), source: 'number' }))
          if (!lengthValid) findings.push(finding('card.number_length_invalid', numberFields, { masked, length: len, brand: brandName, expectedLengths: brand ? [...brand.lengths] : ['12-19'] }))
          if (luhn === false) {
            findings.push(finding(brand?.type === 'unionpay' ? 'card.unionpay_luhn_failed' : 'card.number_luhn_failed', numberFields, { masked, brand: brandName }))
          }
          synthetic = len >= 12 ? syntheticPattern(digits) : null
          if (synthetic !== null) findings.push(finding('card.synthetic_number', numberFields, { masked, pattern: synthetic }))
          numberStatus = brand !== null && lengthValid && luhn === true && synthetic === null ? 'valid' : 'invalid'
        }
      }
    }

    // --- BIN and last four from the gateway -----------------------------------------------------
    const bin = readReference(card.bin, 6, 8)
    const last4 = readReference(card.last4, 4, 4)
    for (const [ref, field] of [[bin, 'card.bin'], [last4, 'card.last4']] as const) {
      if (ref !== null && ref.fault !== null) {
        findings.push(finding('card.bin_malformed', [field], { field, reason: ref.fault, length: ref.length, masked: ref.masked }))
      }
    }
    if (digits !== null && digits.length >= 12) {
      if (bin?.digits && !digits.startsWith(bin.digits)) {
        const shown = digits.slice(0, 6) + '*'.repeat(bin.digits.length - 6)
        findings.push(finding('card.bin_mismatch', ['card.bin', 'card.number'], { field: 'card.bin', given: bin.digits, fromNumber: shown }))
      }
      if (last4?.digits && !digits.endsWith(last4.digits)) {
        findings.push(finding('card.bin_mismatch', ['card.last4', 'card.number'], { field: 'card.last4', given: last4.digits, fromNumber: digits.slice(-4) }))
      }
    }
    const usableNumber = digits !== null && digits.length >= 12 ? digits : null
    if (usableNumber === null && bin?.digits) {
      brand = lookupBrand(bin.digits, data.brands)
      // A short number already reported its unknown brand; the BIN would report the same fact twice.
      const reported = findings.some((f) => f.code === 'card.brand_unknown')
      if (brand === null && !reported) findings.push(finding('card.brand_unknown', ['card.bin'], { prefix: bin.digits.slice(0, 6), source: 'bin' }))
      const sources = last4?.digits ? data.testBinLast4.get(bin.digits.slice(0, 6) + last4.digits) : undefined
      if (sources !== undefined && numberStatus === 'absent') {
        testSources = sources
        numberStatus = 'test'
        findings.push(finding('card.test_number', ['card.bin', 'card.last4'], { masked: `${bin.digits.slice(0, 6)}******${last4!.digits!}`, brand: brand?.niceType ?? null, sources: [...sources], match: 'bin_last4' }))
      }
    }
    const binDigits = usableNumber ?? bin?.digits ?? null

    // --- expiry ---------------------------------------------------------------------------------
    const expFields = ['card.expMonth', 'card.expYear']
    const parsed = parseExpiry(card.expMonth, card.expYear)
    const status = expiryStatus(parsed, context.now)
    const reference = formatMonth(context.now.getUTCFullYear(), context.now.getUTCMonth() + 1)
    let expiry: string | null = null
    let monthsToExpiry: number | null = null
    if (parsed !== null && !parsed.ok) {
      const value = echo(`${String(card.expMonth ?? '')}/${String(card.expYear ?? '')}`)
      findings.push(finding('card.expiry_malformed', expFields, { reason: parsed.fault, value }))
    } else if (parsed !== null) {
      expiry = formatMonth(parsed.year, parsed.month)
      monthsToExpiry = monthsUntil(parsed.year, parsed.month, context.now)
      if (status === 'expired') findings.push(finding('card.expired', expFields, { expiry, reference, monthsAgo: -monthsToExpiry }))
      if (status === 'too_far') findings.push(finding('card.expiry_too_far', expFields, { expiry, reference, monthsAhead: monthsToExpiry, maxMonths: MAX_VALIDITY_MONTHS }))
    }

    // --- gateway results ------------------------------------------------------------------------
    const gw = card.gateway ?? {}
    let cvc: EvidenceValue = null
    let avs: EvidenceValue = null
    let threeDS: EvidenceValue = null
    if (gw.cvc !== undefined && gw.cvc.trim() !== '') {
      const value = echo(gw.cvc.trim())
      const result = cvcResult(gw.cvc)
      cvc = { value, result }
      if (result === 'fail') findings.push(finding('card.cvc_failed', ['card.gateway.cvc'], { value, result }))
    }
    if (gw.avs !== undefined && gw.avs.trim() !== '') {
      const value = echo(gw.avs.trim())
      const result = avsResult(gw.avs)
      avs = { value, result }
      if (result === 'mismatch') findings.push(finding('card.avs_mismatch', ['card.gateway.avs'], { value, result }))
      if (result === 'partial') findings.push(finding('card.avs_partial_mismatch', ['card.gateway.avs'], { value, result }))
    }
    if (gw.threeDSecure !== undefined && gw.threeDSecure.trim() !== '') {
      const value = echo(gw.threeDSecure.trim())
      const result = threeDSResult(gw.threeDSecure)
      threeDS = { value, result }
      const field = ['card.gateway.threeDSecure']
      if (result === 'failed') findings.push(finding('card.three_d_secure_failed', field, { value, result }))
      if (result === 'not_attempted') findings.push(finding('card.three_d_secure_not_attempted', field, { value, result }))
      if (result === 'authenticated') findings.push(finding('card.three_d_secure_authenticated', field, { value, result }))
    }

    // --- holder name ----------------------------------------------------------------------------
    const holder = analyzeHolderName(card.holderName)
    const holderFields = ['card.holderName']
    if (holder.status === 'blank') findings.push(finding('card.holder_name_missing', holderFields, { value: holder.normalized }))
    if (holder.status === 'placeholder') findings.push(finding('card.holder_name_placeholder', holderFields, { value: holder.normalized }))
    if (holder.status === 'not_latin') findings.push(finding('card.holder_name_not_latin', holderFields, { value: holder.normalized, reason: holder.reason }))

    // --- BIN table ------------------------------------------------------------------------------
    let record: BinRecord | null = null
    const addressCountry = country(context.facts.address?.country)
    const ipCountry = country(context.facts.network?.ipCountry)
    if (data.binTable !== null && binDigits !== null) {
      record = lookupBin(binDigits, data.binTable)
      const binFields = usableNumber !== null ? ['card.number'] : ['card.bin']
      if (record?.prepaid) findings.push(finding('card.prepaid', binFields, { range: record.range, issuer: record.issuer, type: record.type }))
      if (record?.virtual) findings.push(finding('card.virtual', binFields, { range: record.range, issuer: record.issuer }))
      const home = context.serviceCountry
      if (record?.country && record.country !== home && addressCountry === home && ipCountry === home) {
        findings.push(
          finding('card.foreign_card_domestic_signup', [...binFields, 'address', 'ip'], { cardCountry: record.country, addressCountry, ipCountry, range: record.range }),
        )
      }
    }

    const len = usableNumber?.length ?? null
    return {
      findings,
      facts: {
        source: usableNumber !== null ? 'number' : bin?.digits ? 'bin' : null,
        masked: digits !== null ? maskDigits(digits) : null,
        bin: usableNumber !== null ? usableNumber.slice(0, 6) : (bin?.digits?.slice(0, 6) ?? null),
        last4: usableNumber !== null ? usableNumber.slice(-4) : (last4?.digits ?? null),
        length: len,
        brand: brand?.type ?? null,
        brandName: brand?.niceType ?? null,
        numberStatus,
        luhnValid: luhn,
        lengthValid,
        testNumber: testSources !== null,
        synthetic,
        fullWidthInput: fullWidth,
        expiry,
        expiryStatus: status,
        monthsToExpiry,
        cvc,
        avs,
        threeDSecure: threeDS,
        holderName: holder.status,
        holderNameKind: holder.status === 'absent' || holder.status === 'blank' ? null : holder.corporate ? 'corporate' : 'person',
        binTable: data.binTable === null ? 'none' : record === null ? 'unmatched' : 'matched',
        binRecord: binFacts(record),
        cardCountry: record?.country ?? null,
      },
    }
  },
})
