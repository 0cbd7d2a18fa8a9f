import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fastValidate } from '../../src/core/fast-validate.js'
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
  MONTH_OR_YEAR,
  NAME_LIMITS,
  ORGANIZATION_LIMITS,
  SHORT,
  SignupInputSchema,
  TOP_LIMITS,
} from '../../src/core/schema.js'

// fastValidate must accept exactly what zod accepts and return deep-equal data with the same key
// order. FUZZ_RUNS raises the run counts for a long run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 400)
/** Long runs need more than the default 30 s. */
const TIMEOUT = 30_000 + RUNS * 5

/** Nested [key, value] lists, so key order and own `undefined` values are compared too. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', value.length, value.map(layout)]
  if (typeof value === 'object' && value !== null) {
    return ['object', Object.getPrototypeOf(value) === Object.prototype, Reflect.ownKeys(value).map((key) => [key, layout((value as Record<PropertyKey, unknown>)[key])])]
  }
  return Object.is(value, -0) ? '-0' : value
}

function expectSame(input: unknown): void {
  const zod = SignupInputSchema.safeParse(input)
  const fast = fastValidate(input)
  expect(fast === undefined, `fastValidate ${fast === undefined ? 'rejected' : 'accepted'} what zod ${zod.success ? 'accepted' : 'rejected'}`).toBe(!zod.success)
  if (zod.success) {
    expect(fast).toStrictEqual(zod.data)
    expect(layout(fast)).toStrictEqual(layout(zod.data))
  }
}

/** A string of exactly `codePoints` code points, some of them astral (two UTF-16 units). */
const ofCodePoints = (codePoints: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 0, max: Math.max(0, codePoints) }), fc.constantFrom('a', 'あ', ' ', '\uD800', '\uDC00'))
    .map(([astral, filler]) => {
      const body = '😀'.repeat(astral) + filler.repeat(Math.max(0, codePoints - astral))
      // A lone high surrogate before a low one would pair up: keep fillers that stay single.
      return filler === '\uD800' ? body.replaceAll('\uD800\uDC00', '\uD800a') : body
    })
    .filter((s) => [...s].length === codePoints || s.includes('\uDC00'))

/** Strings at a limit: limit - 1, limit and limit + 1 code points (and so units up to twice that). */
const nearLimit = (limit: number): fc.Arbitrary<string> => fc.constantFrom(limit - 1, limit, limit + 1).chain(ofCodePoints)

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', '\u0000', '\uD800', '\uDBFF\uDFFF', '\uDC00\uD800', '__proto__', 'constructor', '4111 1111 1111 1111'),
)

/** `[first, <hole>, last]`: zod reads the hole as undefined. */
function holey(first: string, last: string): string[] {
  const items = new Array<string>(3)
  items[0] = first
  items[2] = last
  return items
}

class Custom {
  family = 'x'
  email = 'a@b.jp'
}
const nullProto = (entries: Record<string, unknown>): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, entries)

const wrongType = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, NaN, Infinity, -Infinity, -0, 0, 1.5, 10n, [], {}, new Date(0), new Custom(), nullProto({}), Symbol('s'), () => 1),
  fc.double(),
  fc.integer(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
)

const stringField = (limit: number): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: nearLimit(limit) }, { weight: 3, arbitrary: text }, { weight: 2, arbitrary: wrongType })
const numberOrString = (limit: number): fc.Arbitrary<unknown> =>
  fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE), stringField(limit))

const extraKeys = fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'extra')), fc.anything({ maxDepth: 3 }), { maxKeys: 3 })

/** An object arbitrary: the known fields (each optional), plus unknown keys, sometimes null-prototyped. */
function objectOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), extraKeys, fc.integer({ min: 0, max: 9 }))
    .map(([known, extra, variant]) => {
      // Spread defines own properties, so a `__proto__` key stays an own key.
      const merged: Record<string, unknown> = { ...extra, ...known }
      if (variant === 0) return Object.assign(Object.create(null) as object, merged)
      if (variant === 1) return Object.assign(Object.create(merged) as object, {})
      return merged
    })
}

const stringsOf = (limits: Readonly<Record<string, number>>): Record<string, fc.Arbitrary<unknown>> =>
  Object.fromEntries(Object.entries(limits).map(([key, limit]) => [key, stringField(limit)]))

const pad = (n: number, width: number): string => String(n).padStart(width, '0')
const dateTime = fc
  .tuple(
    fc.integer({ min: 0, max: 10000 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.option(fc.tuple(fc.constantFrom('T', ' ', 't'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })), fc.option(fc.string({ unit: fc.constantFrom('0', '5', '9'), minLength: 1, maxLength: 10 })))),
    fc.option(fc.constantFrom('Z', '+09:00', '-05:30', '+0900', '+14:00', '+25:99', 'z', '+9:00')),
  )
  .map(([year, month, day, time, offset]) => {
    let value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
    if (time !== null) {
      const [sep, hour, minute, second, fraction] = time
      value += `${sep}${pad(hour, 2)}:${pad(minute, 2)}`
      if (second !== null) value += `:${pad(second, 2)}${fraction === null ? '' : `.${fraction}`}`
    }
    return offset === null ? value : value + offset
  })

const headerValue = fc.oneof(
  text,
  nearLimit(HEADER_VALUE),
  fc.array(text, { maxLength: 4 }),
  fc.constantFrom(HEADER_REPEAT, HEADER_REPEAT + 1).map((n) => Array.from({ length: n }, () => 'v')),
  fc.array(text, { maxLength: 2 }).map((items) => [...items, 1]),
  fc.constant(holey('a', 'b')),
  wrongType,
)
const headerKey = fc.oneof(text, nearLimit(SHORT), fc.constantFrom('__proto__', 'constructor', 'user-agent', '0', '10', '-1'))
const headersArb = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(headerKey, headerValue, { maxKeys: 6 }) },
  // Count budget: HEADER_COUNT keys is fine, one more is not (a __proto__ key does not count).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(HEADER_COUNT - 1, HEADER_COUNT, HEADER_COUNT + 1), fc.boolean()).map(([n, proto]) => headersOfCount(n, proto)) },
  // Total budget: values summing to HEADER_TOTAL - 1, HEADER_TOTAL, HEADER_TOTAL + 1 units, astral or not.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(-1, 0, 1), fc.boolean(), fc.boolean()).map(([delta, astral, asArray]) => headersOfTotal(HEADER_TOTAL + delta, astral, asArray)) },
  { weight: 1, arbitrary: wrongType },
)

function headersOfCount(count: number, proto: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = proto ? (JSON.parse('{"__proto__": "x"}') as Record<string, unknown>) : {}
  for (let i = 0; i < count; i += 1) out[`h${i}`] = 'v'
  return out
}

function headersOfTotal(total: number, astral: boolean, asArray: boolean): Record<string, unknown> {
  // Astral characters are two UTF-16 units and one code point: the total counts units.
  const unit = astral ? '😀' : 'a'
  const out: Record<string, unknown> = {}
  let left = total
  let i = 0
  while (left > 0) {
    const units = Math.min(left, 10_000)
    const value = unit.repeat(Math.floor(units / unit.length)) + 'b'.repeat(units % unit.length)
    out[`h${i}`] = asArray ? [value] : value
    left -= units
    i += 1
  }
  return out
}

const signup = objectOf({
  id: fc.oneof(stringField(SHORT), numberOrString(SHORT)),
  submittedAt: fc.oneof({ weight: 4, arbitrary: dateTime }, { weight: 1, arbitrary: stringField(DATE_TIME) }),
  name: fc.oneof({ weight: 4, arbitrary: objectOf(stringsOf(NAME_LIMITS)) }, { weight: 1, arbitrary: wrongType }),
  organization: fc.oneof({ weight: 4, arbitrary: objectOf(stringsOf(ORGANIZATION_LIMITS)) }, { weight: 1, arbitrary: wrongType }),
  address: fc.oneof({ weight: 4, arbitrary: objectOf(stringsOf(ADDRESS_LIMITS)) }, { weight: 1, arbitrary: wrongType }),
  email: stringField(TOP_LIMITS.email),
  phone: stringField(TOP_LIMITS.phone),
  card: fc.oneof(
    {
      weight: 4,
      arbitrary: objectOf({
        ...stringsOf(CARD_LIMITS),
        expMonth: numberOrString(MONTH_OR_YEAR),
        expYear: numberOrString(MONTH_OR_YEAR),
        holderName: stringField(SHORT),
        gateway: fc.oneof(objectOf(stringsOf(GATEWAY_LIMITS)), wrongType),
      }),
    },
    { weight: 1, arbitrary: wrongType },
  ),
  ip: stringField(TOP_LIMITS.ip),
  headers: headersArb,
  client: fc.oneof(
    { weight: 4, arbitrary: objectOf({ ...stringsOf(CLIENT_LIMITS), captchaScore: fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, '0.5'), wrongType) }) },
    { weight: 1, arbitrary: wrongType },
  ),
})

/** Mostly-valid signups: every field valid or absent, so acceptance is exercised as much as rejection. */
const validString = (limit: number): fc.Arbitrary<string> => fc.oneof(text.filter((s) => [...s].length <= limit), fc.constantFrom(limit - 1, limit).chain(ofCodePoints))
const validSignup = fc.record(
  {
    id: fc.oneof(validString(SHORT), fc.double({ noNaN: true, noDefaultInfinity: true })),
    submittedAt: fc.constantFrom('2026-11-20T10:15:00+09:00', '2026-11-20', '2024-02-29 23:59', '2026-11-20T01:00:00.123456789Z', '2026-11-20T10:15:00'),
    name: fc.record(Object.fromEntries(Object.entries(NAME_LIMITS).map(([k, l]) => [k, validString(l)])), { requiredKeys: [] }),
    address: fc.record(Object.fromEntries(Object.entries(ADDRESS_LIMITS).map(([k, l]) => [k, validString(l)])), { requiredKeys: [] }),
    email: validString(TOP_LIMITS.email),
    card: fc.record(
      { bin: validString(CARD_LIMITS.bin), expMonth: fc.oneof(fc.integer({ min: 1, max: 12 }), validString(MONTH_OR_YEAR)), expYear: fc.integer(), gateway: fc.record({ cvc: validString(64) }) },
      { requiredKeys: [] },
    ),
    headers: fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 50 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: HEADER_REPEAT })), { maxKeys: 10 }),
    client: fc.record({ timezone: validString(SHORT), captchaScore: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
)

describe('fastValidate is equivalent to SignupInputSchema.safeParse', () => {
  test('on arbitrary signups (every field valid, at a limit, over it, of a wrong type, or absent)', () => {
    fc.assert(fc.property(signup, (input) => expectSame(input)), { numRuns: RUNS * 5 })
  }, TIMEOUT)

  test('on mostly-valid signups', () => {
    fc.assert(
      fc.property(validSignup, (input) => {
        expectSame(input)
      }),
      { numRuns: RUNS },
    )
  })

  test('on anything at the top level', () => {
    fc.assert(fc.property(fc.oneof(wrongType, fc.anything({ maxDepth: 6, withNullPrototype: true, withObjectString: true })), (input) => expectSame(input)), { numRuns: RUNS })
  })

  test('on every string field at its limit and one past it', () => {
    const fields: [string[], number][] = [
      ...Object.entries(NAME_LIMITS).map(([k, l]): [string[], number] => [['name', k], l]),
      ...Object.entries(ORGANIZATION_LIMITS).map(([k, l]): [string[], number] => [['organization', k], l]),
      ...Object.entries(ADDRESS_LIMITS).map(([k, l]): [string[], number] => [['address', k], l]),
      ...Object.entries(CARD_LIMITS).map(([k, l]): [string[], number] => [['card', k], l]),
      ...Object.entries(GATEWAY_LIMITS).map(([k, l]): [string[], number] => [['card', 'gateway', k], l]),
      ...Object.entries(CLIENT_LIMITS).map(([k, l]): [string[], number] => [['client', k], l]),
      ...Object.entries(TOP_LIMITS).map(([k, l]): [string[], number] => [[k], l]),
      [['card', 'holderName'], SHORT],
      [['card', 'expMonth'], MONTH_OR_YEAR],
      [['card', 'expYear'], MONTH_OR_YEAR],
      [['id'], SHORT],
      [['headers', 'x'], HEADER_VALUE],
    ]
    for (const [path, limit] of fields) {
      for (const length of [limit, limit + 1]) {
        // A high surrogate pairs only with a following low one: '\uD800a' is two code points.
        const lone = '\uD800a'.repeat(length).slice(0, length)
        for (const value of ['a'.repeat(length), '😀'.repeat(length), `${'😀'.repeat(length - 1)}\uD800`, lone, '\uDC00'.repeat(length), `${'😀'.repeat(length - 2)}\uDC00\uD800`]) {
          const input: Record<string, unknown> = {}
          let at = input
          for (const key of path.slice(0, -1)) at = (at[key] = {}) as Record<string, unknown>
          at[path.at(-1)!] = value
          expectSame(input)
          expect(fastValidate(input) !== undefined, `${path.join('.')} of ${[...value].length} code points`).toBe(length <= limit)
        }
      }
    }
    // A header name is a record key: the same limit, counted the same way.
    for (const length of [SHORT, SHORT + 1]) expectSame({ headers: { ['😀'.repeat(length)]: 'v' } })
  })

  test.each([
    ['optional keys present with undefined', { id: undefined, name: { family: undefined }, card: { gateway: undefined, expMonth: undefined }, client: { captchaScore: undefined }, headers: undefined }],
    ['__proto__ own keys everywhere', JSON.parse('{"__proto__": {"email": 1}, "name": {"__proto__": {"family": 1}, "given": "g"}, "headers": {"__proto__": 5, "a": "b"}}') as unknown],
    ['__proto__ header with an invalid value is skipped unread', JSON.parse('{"headers": {"__proto__": [1, 2, {}]}}') as unknown],
    ['inherited fields are read', Object.create({ email: 'a@b.jp', name: { family: 'x' } }) as unknown],
    ['inherited header values are not', { headers: Object.create({ a: 'b' }) as unknown }],
    ['null-prototype objects', nullProto({ email: 'a@b.jp', headers: nullProto({ a: 'b' }), name: nullProto({ family: 'f' }) })],
    ['class instance as input', new Custom()],
    ['class instance as headers', { headers: new Custom() }],
    ['headers with a constructor string', { headers: { constructor: 'x' } }],
    ['headers with an enumerable symbol key', { headers: { a: 'b', [Symbol('s')]: 'c' } }],
    ['headers with a non-enumerable symbol key', { headers: Object.defineProperty({ a: 'b' }, Symbol('s'), { value: 'c', enumerable: false }) }],
    ['headers with a non-enumerable string key', { headers: Object.defineProperty({ a: 'b' }, 'c', { value: 1, enumerable: false }) }],
    ['headers array', { headers: ['a'] }],
    ['header array with a hole', { headers: { a: holey('x', 'y') } }],
    ['header array at the repeat limit', { headers: { a: Array.from({ length: HEADER_REPEAT }, () => 'x') } }],
    ['header array past the repeat limit', { headers: { a: Array.from({ length: HEADER_REPEAT + 1 }, () => 'x') } }],
    ['numeric header names', { headers: { '10': 'a', '2': 'b', x: 'c' } }],
    ['NaN id', { id: NaN }],
    ['Infinity captcha score', { client: { captchaScore: Infinity } }],
    ['-0 expYear', { card: { expYear: -0 } }],
    ['boxed string', { email: Object('a@b.jp') as unknown }],
    ['impossible date', { submittedAt: '2026-02-29' }],
    ['leap day', { submittedAt: '2024-02-29T12:00:00+09:00' }],
    ['date at 64 characters', { submittedAt: `2026-11-20${' '.repeat(54)}` }],
    ['array input', [{ email: 'a@b.jp' }]],
    ['deep nesting', { name: { family: { a: { b: { c: {} } } } } }],
  ])('%s', (_label, input) => {
    expectSame(input)
  })

  test('header budgets at their limits', () => {
    for (const count of [HEADER_COUNT, HEADER_COUNT + 1]) for (const proto of [false, true]) expectSame({ headers: headersOfCount(count, proto) })
    for (const total of [HEADER_TOTAL, HEADER_TOTAL + 1]) {
      for (const astral of [false, true]) {
        for (const asArray of [false, true]) {
          const input = { headers: headersOfTotal(total, astral, asArray) }
          expectSame(input)
          expect(fastValidate(input) !== undefined).toBe(total <= HEADER_TOTAL)
        }
      }
    }
  })
})
