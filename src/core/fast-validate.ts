/*
 * A hand-written equivalent of `SignupInputSchema.safeParse(input)` for the screener's hot path.
 * zod stays the schema of record: this file reads its limits from schema.ts, and
 * test/core/fast-validate.test.ts checks with fast-check that both accept exactly the same inputs
 * and produce deep-equal data. It returns `undefined` for anything zod would reject; the screener
 * then runs zod to get the issues. It mirrors zod 4's observable semantics:
 * - objects: any non-null, non-array object; fields are read with `input[key]` and tested with
 *   `key in input` (inherited properties count, as in zod); an optional key present with the value
 *   `undefined` is kept in the output as `undefined`; unknown keys are dropped;
 * - records (`headers`): plain objects only (zod `util.isPlainObject`); own enumerable keys
 *   (`Reflect.ownKeys`), `__proto__` skipped unread; an enumerable symbol key is an invalid key;
 * - `.max(n)` on strings counts Unicode code points (zod `codePointLength`), on arrays elements;
 * - `z.number()` rejects NaN and ±Infinity.
 */
import {
  ADDRESS_LIMITS,
  CARD_LIMITS,
  CLIENT_LIMITS,
  DATE_TIME,
  GATEWAY_LIMITS,
  HEADER_COUNT,
  HEADER_REPEAT,
  HEADER_TOTAL,
  HEADER_VALUE,
  isIsoDateTime,
  MONTH_OR_YEAR,
  NAME_LIMITS,
  ORGANIZATION_LIMITS,
  SHORT,
  TOP_LIMITS,
  type ValidSignup,
} from './schema.js'

/** Marks a rejected field inside the helpers; never escapes this module. */
const INVALID: unique symbol = Symbol('invalid')
type Invalid = typeof INVALID
type Obj = Record<string, unknown>

/** zod `util.isObject`. */
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value)

/** zod `util.isPlainObject`: what `z.record` accepts. */
function isPlainObject(value: unknown): value is Obj {
  if (!isObject(value)) return false
  const ctor: unknown = value.constructor
  if (ctor === undefined || typeof ctor !== 'function') return true
  const prot: unknown = (ctor as { prototype: unknown }).prototype
  if (!isObject(prot)) return false
  return Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf')
}

/** Length in code points, as zod's max-length check counts strings (a lone surrogate counts one). */
function fitsCodePoints(text: string, max: number): boolean {
  const units = text.length
  if (units <= max) return true
  let count = units
  for (let i = 0; i < units - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1
      i += 1
    }
  }
  return count <= max
}

const boundedString = (value: unknown, max: number): value is string => typeof value === 'string' && fitsCodePoints(value, max)
const finiteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * Copies `keys` of `source` into `target` the way zod's object parse does: absent keys are left
 * out, present-but-undefined keys are kept as undefined. Returns false if a value is invalid.
 */
function copyStrings(source: Obj, target: Obj, limits: Readonly<Record<string, number>>, keys: readonly string[]): boolean {
  for (const key of keys) {
    const value = source[key]
    if (value === undefined) {
      if (key in source) target[key] = undefined
      continue
    }
    if (!boundedString(value, limits[key]!)) return false
    target[key] = value
  }
  return true
}

const NAME_KEYS = Object.keys(NAME_LIMITS)
const ORGANIZATION_KEYS = Object.keys(ORGANIZATION_LIMITS)
const ADDRESS_KEYS = Object.keys(ADDRESS_LIMITS)
const GATEWAY_KEYS = Object.keys(GATEWAY_LIMITS)
const CLIENT_KEYS = Object.keys(CLIENT_LIMITS)

/** An object of optional bounded strings (name, organization, address, gateway). */
function stringObject(value: unknown, limits: Readonly<Record<string, number>>, keys: readonly string[]): Obj | Invalid {
  if (!isObject(value)) return INVALID
  const out: Obj = {}
  return copyStrings(value, out, limits, keys) ? out : INVALID
}

/** `z.union([z.number(), str(MONTH_OR_YEAR)])`. */
const monthOrYear = (value: unknown): boolean => finiteNumber(value) || boundedString(value, MONTH_OR_YEAR)

function card(value: unknown): Obj | Invalid {
  if (!isObject(value)) return INVALID
  const out: Obj = {}
  if (!copyStrings(value, out, CARD_LIMITS, ['bin', 'last4', 'number'])) return INVALID
  for (const key of ['expMonth', 'expYear'] as const) {
    const item = value[key]
    if (item === undefined) {
      if (key in value) out[key] = undefined
    } else if (monthOrYear(item)) out[key] = item
    else return INVALID
  }
  if (!copyStrings(value, out, { holderName: SHORT }, ['holderName'])) return INVALID
  const gateway = value.gateway
  if (gateway === undefined) {
    if ('gateway' in value) out.gateway = undefined
  } else {
    const parsed = stringObject(gateway, GATEWAY_LIMITS, GATEWAY_KEYS)
    if (parsed === INVALID) return INVALID
    out.gateway = parsed
  }
  return out
}

function client(value: unknown): Obj | Invalid {
  if (!isObject(value)) return INVALID
  const out: Obj = {}
  if (!copyStrings(value, out, CLIENT_LIMITS, CLIENT_KEYS)) return INVALID
  const score = value.captchaScore
  if (score === undefined) {
    if ('captchaScore' in value) out.captchaScore = undefined
  } else if (finiteNumber(score)) out.captchaScore = score
  else return INVALID
  return out
}

/** `z.record(str(SHORT), str(HEADER_VALUE) | str(HEADER_VALUE)[] ≤ HEADER_REPEAT)` plus the count and total refinements. */
function headers(value: unknown): Obj | Invalid {
  if (!isPlainObject(value)) return INVALID
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    // A symbol fails the string key schema: zod reports invalid_key for enumerable ones.
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) return INVALID
  }
  const out: Obj = {}
  let count = 0
  let total = 0
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue
    if (!fitsCodePoints(key, SHORT)) return INVALID
    const item = value[key]
    if (typeof item === 'string') {
      if (!fitsCodePoints(item, HEADER_VALUE)) return INVALID
      total += item.length
      out[key] = item
    } else if (Array.isArray(item)) {
      const length = item.length
      const copy: string[] = new Array<string>(length)
      for (let i = 0; i < length; i += 1) {
        const element: unknown = item[i]
        if (!boundedString(element, HEADER_VALUE)) return INVALID
        total += element.length
        copy[i] = element
      }
      if (length > HEADER_REPEAT) return INVALID
      out[key] = copy
    } else return INVALID
    count += 1
  }
  if (count > HEADER_COUNT || total > HEADER_TOTAL) return INVALID
  return out
}

/**
 * Validates a signup like `SignupInputSchema.safeParse` and returns a deep-equal copy of its
 * `data` (known keys only), or `undefined` where zod would fail. Never throws on plain data.
 */
export function fastValidate(input: unknown): ValidSignup | undefined {
  if (!isObject(input)) return undefined
  const out: Obj = {}
  const id = input.id
  if (id === undefined) {
    if ('id' in input) out.id = undefined
  } else if (boundedString(id, SHORT) || finiteNumber(id)) out.id = id
  else return undefined
  const submittedAt = input.submittedAt
  if (submittedAt === undefined) {
    if ('submittedAt' in input) out.submittedAt = undefined
  } else if (boundedString(submittedAt, DATE_TIME) && isIsoDateTime(submittedAt)) out.submittedAt = submittedAt
  else return undefined
  if (!nested(input, out, 'name', (value) => stringObject(value, NAME_LIMITS, NAME_KEYS))) return undefined
  if (!nested(input, out, 'organization', (value) => stringObject(value, ORGANIZATION_LIMITS, ORGANIZATION_KEYS))) return undefined
  if (!nested(input, out, 'address', (value) => stringObject(value, ADDRESS_LIMITS, ADDRESS_KEYS))) return undefined
  if (!copyStrings(input, out, TOP_LIMITS, ['email', 'phone'])) return undefined
  if (!nested(input, out, 'card', card)) return undefined
  if (!copyStrings(input, out, TOP_LIMITS, ['ip'])) return undefined
  if (!nested(input, out, 'headers', headers)) return undefined
  if (!nested(input, out, 'client', client)) return undefined
  return out as ValidSignup
}

/** An optional nested field: absent, present-undefined, or parsed by `parse`. */
function nested(source: Obj, target: Obj, key: string, parse: (value: unknown) => Obj | Invalid): boolean {
  const value = source[key]
  if (value === undefined) {
    if (key in source) target[key] = undefined
    return true
  }
  const parsed = parse(value)
  if (parsed === INVALID) return false
  target[key] = parsed
  return true
}
