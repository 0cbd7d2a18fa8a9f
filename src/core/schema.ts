import { z } from 'zod'

/*
 * Per-field size limits. They bound the work a single screen can do (a hot path in an order
 * backend), and are generous enough that no real form value comes near them. Values above them are
 * a caller bug or an attack on the screener, not content to weigh, so they are rejected.
 * Exported so the hand-written fast validator (`fast-validate.ts`) reads the same numbers.
 */
/** Names, kana, building names: a real one is under 100 characters. */
export const SHORT = 256
/** Address lines, organization names. */
export const MEDIUM = 1024
/** RFC 5321 caps a mailbox at 254 octets; allow garbage well past it so it reaches the email check. */
export const EMAIL = 1024
/** Header values: browsers send a few kB at most (cookies excluded); the network check cuts at 1 kB. */
export const HEADER_VALUE = 16 * 1024
export const HEADER_COUNT = 200
export const HEADER_REPEAT = 32
/**
 * All header values together. A browser's signup request carries 2-4 kB without cookies (which a
 * screener has no use for); without this cap 200 headers x 32 repeats x 16 kB let one input cost
 * 100 MB of text and a tenth of a second of screening.
 */
export const HEADER_TOTAL = 32 * 1024
/** `submittedAt`: the longest ISO 8601 form the pattern allows is 35 characters. */
export const DATE_TIME = 64
/** `card.expMonth` / `card.expYear` given as strings. */
export const MONTH_OR_YEAR = 16
/** `card.bin`, `card.last4`, `card.number` (64 leaves room for spaces and garbage). */
export const CARD_LIMITS = { bin: 32, last4: 16, number: 64 } as const
/** `card.gateway` result codes. */
export const GATEWAY_LIMITS = { cvc: 64, avs: 64, threeDSecure: 64 } as const
/** String fields of `name`. */
export const NAME_LIMITS = { family: SHORT, given: SHORT, familyKana: SHORT, givenKana: SHORT, full: SHORT, fullKana: SHORT } as const
/** String fields of `organization`. */
export const ORGANIZATION_LIMITS = { name: MEDIUM, nameKana: MEDIUM } as const
/** String fields of `address`. */
export const ADDRESS_LIMITS = {
  postalCode: SHORT,
  prefecture: SHORT,
  city: SHORT,
  street: MEDIUM,
  building: MEDIUM,
  full: MEDIUM,
  country: SHORT,
} as const
/** Top-level string fields (besides `id` and `submittedAt`). */
export const TOP_LIMITS = { email: EMAIL, phone: SHORT, ip: SHORT } as const
/** String fields of `client`. */
export const CLIENT_LIMITS = { timezone: SHORT, language: SHORT } as const

const str = (max: number) => z.string().max(max)

/** An object of optional bounded strings, one per entry of a limits table. */
function optionalStrings<T extends Record<string, number>>(limits: T): { [K in keyof T]: z.ZodOptional<z.ZodString> } {
  const shape: Record<string, z.ZodOptional<z.ZodString>> = {}
  for (const [key, max] of Object.entries(limits)) shape[key] = str(max).optional()
  return shape as { [K in keyof T]: z.ZodOptional<z.ZodString> }
}

/** ISO 8601 date or date-time, with an optional offset; the calendar date must exist. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Whether a string is an ISO 8601 date or date-time whose calendar date exists (the `submittedAt` rule). */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Date.parse rolls 2026-02-31 over to March 3rd: require the day to exist.
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(instantOf(value)))
}

const isoDateTime = z.string().max(DATE_TIME).refine(isIsoDateTime, { message: 'expected an ISO 8601 date-time' })

/**
 * The instant a `submittedAt` denotes. A value without an offset is Japan time (UTC+9, no DST):
 * the service is Japanese, and reading it in the process's own zone would make results depend on
 * where the screener runs.
 */
export function instantOf(value: string): string {
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return value
  return value.length === 10 ? `${value}T00:00:00+09:00` : `${value.replace(' ', 'T')}+09:00`
}

const NameSchema = z.object(optionalStrings(NAME_LIMITS))

const OrganizationSchema = z.object(optionalStrings(ORGANIZATION_LIMITS))

const AddressSchema = z.object(optionalStrings(ADDRESS_LIMITS))

/** Forms and gateways send months and years as numbers or strings; both are accepted. */
const monthOrYear = z.union([z.number().finite(), str(MONTH_OR_YEAR)])

const CardSchema = z.object({
  bin: str(CARD_LIMITS.bin).optional(),
  last4: str(CARD_LIMITS.last4).optional(),
  /** Used only inside the call; never stored, logged or echoed. */
  number: str(CARD_LIMITS.number).optional(),
  expMonth: monthOrYear.optional(),
  expYear: monthOrYear.optional(),
  holderName: str(SHORT).optional(),
  gateway: z.object(optionalStrings(GATEWAY_LIMITS)).optional(),
})

const HeaderValue = z.union([str(HEADER_VALUE), z.array(str(HEADER_VALUE)).max(HEADER_REPEAT)])

function headerBytes(headers: Record<string, string | string[]>): number {
  let total = 0
  for (const value of Object.values(headers)) {
    if (typeof value === 'string') total += value.length
    else for (const item of value) total += item.length
  }
  return total
}

const HeadersSchema = z
  .record(str(SHORT), HeaderValue)
  .refine((headers) => Object.keys(headers).length <= HEADER_COUNT, { message: `at most ${HEADER_COUNT} headers` })
  .refine((headers) => headerBytes(headers) <= HEADER_TOTAL, { message: `at most ${HEADER_TOTAL} characters of header values in all` })

const ClientSchema = z.object({
  ...optionalStrings(CLIENT_LIMITS),
  captchaScore: z.number().finite().optional(),
})

/**
 * The signup input. JSON-friendly; every field is optional and screening uses whatever is present.
 * Unknown keys (a `comment`, a `label` column) are ignored, not rejected.
 */
export const SignupInputSchema = z.object({
  id: z.union([str(SHORT), z.number().finite()]).optional(),
  submittedAt: isoDateTime.optional(),
  name: NameSchema.optional(),
  organization: OrganizationSchema.optional(),
  address: AddressSchema.optional(),
  email: str(TOP_LIMITS.email).optional(),
  phone: str(TOP_LIMITS.phone).optional(),
  card: CardSchema.optional(),
  ip: str(TOP_LIMITS.ip).optional(),
  headers: HeadersSchema.optional(),
  client: ClientSchema.optional(),
})

/** A signup as the caller gives it (the schema's input type). */
export type SignupInput = z.input<typeof SignupInputSchema>
/** A validated signup (unknown keys removed). */
export type ValidSignup = z.output<typeof SignupInputSchema>
