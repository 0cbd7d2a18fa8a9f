/**
 * libphonenumber-js's number-type and formatting rules with their regular expressions compiled once,
 * in `prepare`.
 *
 * libphonenumber-js builds a new RegExp from a metadata string on every test
 * (`helpers/matchesEntirely.js`, `format.js` `chooseFormatForNumber`), and Japan's patterns are
 * long: `getType()` cost up to ~4 µs and `formatNational()` ~4.5 µs per call. The functions below
 * follow libphonenumber-js 1.13.16 step by step (`helpers/getNumberType.js`, `format.js`,
 * `helpers/formatNationalNumberUsingFormat.js`, `helpers/applyInternationalSeparatorStyle.js`),
 * reading the metadata through the library's own `Metadata` accessors, so their results are the
 * library's. Numbers without a country (non-geographic calling codes such as +800) are left to the
 * library itself.
 */
import { Metadata, type MetadataJson, type NumberType } from 'libphonenumber-js/core'

/** A number type as libphonenumber-js names it. */
export type CompiledType = Exclude<NumberType, undefined>

interface TypeRule {
  readonly type: CompiledType
  /** `^(?:pattern)$` of the type. */
  readonly entire: RegExp
  /** The type's possible lengths, or the country's (`Type.possibleLengths()`); undefined: any. */
  readonly possibleLengths: readonly number[] | undefined
}

interface FormatRule {
  /**
   * The last (most detailed) leading-digits pattern anchored at the start, or null when the format
   * has none: `^(?:p)` matches exactly when `number.search(p) === 0`, the library's test.
   */
  readonly leadingDigits: RegExp | null
  /** `^(?:pattern)$`: the number must match the format's pattern entirely. */
  readonly entire: RegExp
  /** The format's pattern as libphonenumber-js uses it for the replacement (no anchors, no flags). */
  readonly pattern: RegExp
  /** Replacement for the national format, the national prefix rule already applied. */
  readonly national: string
  /** Replacement for the international format. */
  readonly international: string
}

/** One country's compiled rules. */
export interface CompiledPlan {
  readonly callingCode: string
  readonly nationalNumberPattern: RegExp
  readonly fixedLine: TypeRule | null
  readonly mobile: TypeRule | null
  /** Whether the country has a MOBILE type whose pattern is '' (a duplicate of FIXED_LINE removed from the metadata). */
  readonly mobileEmpty: boolean
  /** Whether the country has a MOBILE type definition at all. */
  readonly mobileDefined: boolean
  /** The non-fixed-line types, in the library's order. */
  readonly others: readonly TypeRule[]
  readonly formats: readonly FormatRule[]
  /** Extension prefix (` ext. ` unless the metadata says otherwise). */
  readonly ext: string
}

/** The compiled rules of every country of the metadata. */
export type CompiledPlans = ReadonlyMap<string, CompiledPlan>

/** `helpers/getNumberType.js` NON_FIXED_LINE_PHONE_TYPES, in order. */
const NON_FIXED_LINE_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'] as const
/** `format.js` / `helpers/formatNationalNumberUsingFormat.js` FIRST_GROUP_PATTERN. */
const FIRST_GROUP_PATTERN = /(\$\d)/
/**
 * `constants.js` VALID_PUNCTUATION (DASHES, SLASHES, DOTS, WHITESPACE, BRACKETS, TILDES) as
 * `helpers/applyInternationalSeparatorStyle.js` uses it.
 */
const VALID_PUNCTUATION = '-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \xA0\xAD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D\\[\\]~\u2053\u223C\uFF5E'
const PUNCTUATION_RUN = new RegExp(`[${VALID_PUNCTUATION}]+`, 'g')

const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`)

interface LibType {
  pattern(): string
  possibleLengths(): number[] | undefined
}
interface LibFormat {
  pattern(): string
  format(): string
  leadingDigitsPatterns(): string[]
  nationalPrefixFormattingRule(): string | undefined
  internationalFormat(): string
}
/** The parts of libphonenumber-js's Metadata (with a selected plan) that are read here. */
interface LibMetadata {
  selectNumberingPlan(country: string): LibMetadata
  countryCallingCode(): string
  nationalNumberPattern(): string
  type(type: string): LibType | undefined
  formats(): LibFormat[]
  ext(): string
}

function typeRule(metadata: LibMetadata, type: CompiledType): TypeRule | null {
  const definition = metadata.type(type)
  // `isNumberTypeEqualTo`: no definition or an empty pattern never matches.
  if (!definition || !definition.pattern()) return null
  const lengths = definition.possibleLengths()
  return { type, entire: entirely(definition.pattern()), possibleLengths: lengths ? [...lengths] : undefined }
}

function formatRule(format: LibFormat): FormatRule {
  const leading = format.leadingDigitsPatterns()
  const rule = format.nationalPrefixFormattingRule()
  return {
    leadingDigits: leading.length > 0 ? new RegExp(`^(?:${leading[leading.length - 1]!})`) : null,
    entire: entirely(format.pattern()),
    pattern: new RegExp(format.pattern()),
    // `formatNationalNumberUsingFormat` with withNationalPrefix (always true here: the check never
    // passes `nationalPrefix: false`).
    national: rule ? format.format().replace(FIRST_GROUP_PATTERN, rule) : format.format(),
    international: format.internationalFormat(),
  }
}

/** Compiles every country's type and format rules (a few ms; the RegExps themselves compile on first use). */
export function compilePlans(metadataJson: MetadataJson): CompiledPlans {
  const plans = new Map<string, CompiledPlan>()
  for (const country of Object.keys(metadataJson.countries)) {
    if (country === '001') continue
    const metadata = new Metadata(metadataJson) as unknown as LibMetadata
    metadata.selectNumberingPlan(country)
    const mobile = metadata.type('MOBILE')
    plans.set(country, {
      callingCode: metadata.countryCallingCode(),
      nationalNumberPattern: entirely(metadata.nationalNumberPattern()),
      fixedLine: typeRule(metadata, 'FIXED_LINE'),
      mobile: typeRule(metadata, 'MOBILE'),
      mobileEmpty: mobile !== undefined && mobile.pattern() === '',
      mobileDefined: mobile !== undefined,
      others: NON_FIXED_LINE_TYPES.map((t) => typeRule(metadata, t)).filter((r): r is TypeRule => r !== null),
      formats: metadata.formats().map(formatRule),
      ext: metadata.ext(),
    })
  }
  return plans
}

const matchesType = (rule: TypeRule | null, nsn: string): boolean =>
  rule !== null && (rule.possibleLengths === undefined || rule.possibleLengths.indexOf(nsn.length) >= 0) && rule.entire.test(nsn)

/** `PhoneNumber.getType()` for a number of a known country: the type, or null when invalid. */
export function numberType(plan: CompiledPlan, nsn: string): CompiledType | null {
  if (!plan.nationalNumberPattern.test(nsn)) return null
  if (matchesType(plan.fixedLine, nsn)) {
    if (plan.mobileEmpty || !plan.mobileDefined) return 'FIXED_LINE_OR_MOBILE'
    if (matchesType(plan.mobile, nsn)) return 'FIXED_LINE_OR_MOBILE'
    return 'FIXED_LINE'
  }
  for (const rule of plan.others) if (matchesType(rule, nsn)) return rule.type
  return null
}

/**
 * `PhoneNumber.formatNational()` / `formatInternational()` for a number of a known country.
 * `ext` is the parsed extension, if any.
 */
export function formatNumber(plan: CompiledPlan, nsn: string, ext: string | undefined, international: boolean): string {
  let chosen: FormatRule | null = null
  for (const format of plan.formats) {
    // `chooseFormatForNumber`: the last leading-digits pattern must match at the start, then the
    // whole number the format's pattern.
    if (format.leadingDigits !== null && !format.leadingDigits.test(nsn)) continue
    if (format.entire.test(nsn)) {
      chosen = format
      break
    }
  }
  let text: string
  if (chosen === null) text = nsn
  else if (international) text = nsn.replace(chosen.pattern, chosen.international).replace(PUNCTUATION_RUN, ' ').trim()
  else text = nsn.replace(chosen.pattern, chosen.national)
  if (international) text = `+${plan.callingCode} ${text}`
  return ext ? `${text}${plan.ext}${ext}` : text
}
