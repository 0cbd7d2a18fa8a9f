import { z } from 'zod'

/*
 * Per-field size limits. They bound the work a single screen can do (a hot path in an order
 * backend), and are generous enough that no real form value comes near them. Values above them are
 * a caller bug or an attack on the screener, not content to weigh, so they are rejected.
 */
/** Names, kana, building names: a real one is under 100 characters. */
const SHORT = 256
/** Address lines, organization names. */
const MEDIUM = 1024
/** RFC 5321 caps a mailbox at 254 octets; allow garbage well past it so it reaches the email check. */
const EMAIL = 1024
/** Header values: browsers send a few kB at most (cookies excluded); the network check cuts at 1 kB. */
const HEADER_VALUE = 16 * 1024
const HEADER_COUNT = 200
const HEADER_REPEAT = 32
/**
 * All header values together. A browser's signup request carries 2-4 kB without cookies (which a
 * screener has no use for); without this cap 200 headers x 32 repeats x 16 kB let one input cost
 * 100 MB of text and a tenth of a second of screening.
 */
const HEADER_TOTAL = 32 * 1024

const str = (max: number) => z.string().max(max)

/** ISO 8601 date or date-time, with an optional offset; the calendar date must exist. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const isoDateTime = z
  .string()
  .max(64)
  .refine(
    (value) => {
      const m = ISO_DATE_TIME.exec(value)
      if (!m) return false
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
      // Date.parse rolls 2026-02-31 over to March 3rd: require the day to exist.
      const date = new Date(Date.UTC(year, month - 1, day))
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(instantOf(value)))
    },
    { message: 'expected an ISO 8601 date-time' },
  )

/**
 * The instant a `submittedAt` denotes. A value without an offset is Japan time (UTC+9, no DST):
 * the service is Japanese, and reading it in the process's own zone would make results depend on
 * where the screener runs.
 */
export function instantOf(value: string): string {
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return value
  return value.length === 10 ? `${value}T00:00:00+09:00` : `${value.replace(' ', 'T')}+09:00`
}

const NameSchema = z.object({
  family: str(SHORT).optional(),
  given: str(SHORT).optional(),
  familyKana: str(SHORT).optional(),
  givenKana: str(SHORT).optional(),
  full: str(SHORT).optional(),
  fullKana: str(SHORT).optional(),
})

const OrganizationSchema = z.object({
  name: str(MEDIUM).optional(),
  nameKana: str(MEDIUM).optional(),
})

const AddressSchema = z.object({
  postalCode: str(SHORT).optional(),
  prefecture: str(SHORT).optional(),
  city: str(SHORT).optional(),
  street: str(MEDIUM).optional(),
  building: str(MEDIUM).optional(),
  full: str(MEDIUM).optional(),
  country: str(SHORT).optional(),
})

/** Forms and gateways send months and years as numbers or strings; both are accepted. */
const monthOrYear = z.union([z.number().finite(), str(16)])

const CardSchema = z.object({
  bin: str(32).optional(),
  last4: str(16).optional(),
  /** Used only inside the call; never stored, logged or echoed. 64 leaves room for spaces and garbage. */
  number: str(64).optional(),
  expMonth: monthOrYear.optional(),
  expYear: monthOrYear.optional(),
  holderName: str(SHORT).optional(),
  gateway: z
    .object({
      cvc: str(64).optional(),
      avs: str(64).optional(),
      threeDSecure: str(64).optional(),
    })
    .optional(),
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
  timezone: str(SHORT).optional(),
  language: str(SHORT).optional(),
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
  email: str(EMAIL).optional(),
  phone: str(SHORT).optional(),
  card: CardSchema.optional(),
  ip: str(SHORT).optional(),
  headers: HeadersSchema.optional(),
  client: ClientSchema.optional(),
})

/** A signup as the caller gives it (the schema's input type). */
export type SignupInput = z.input<typeof SignupInputSchema>
/** A validated signup (unknown keys removed). */
export type ValidSignup = z.output<typeof SignupInputSchema>
