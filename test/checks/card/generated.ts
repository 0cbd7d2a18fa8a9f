/**
 * Generated card data for the figures test and the measurement script. Numbers are drawn from
 * credit-card-type's own IIN patterns and lengths with a seeded generator (reproducible), weighted
 * by brand as a Japanese host sees them; they are synthetic, not real cards.
 */
import creditCardType from 'credit-card-type'
export { mulberry32 as rng } from '../../../scripts/lib/prng.js'

/** Brand mix of card payments in Japan (rough shares; JCB is far commoner than worldwide). */
export const BRAND_MIX: readonly (readonly [string, number])[] = [
  ['visa', 0.45],
  ['mastercard', 0.25],
  ['jcb', 0.18],
  ['american-express', 0.06],
  ['diners-club', 0.02],
  ['discover', 0.01],
  ['unionpay', 0.03],
]

export function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i += 1) {
    let d = body.charCodeAt(body.length - 1 - i) - 48
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!

function pickBrand(r: () => number): string {
  let x = r()
  for (const [brand, share] of BRAND_MIX) {
    x -= share
    if (x < 0) return brand
  }
  return 'visa'
}

/** A Luhn-correct number of a brand, with a prefix inside one of its IIN patterns. */
export function validNumber(r: () => number, brand = pickBrand(r)): { digits: string; brand: string; lengths: readonly number[] } {
  const info = creditCardType.getTypeInfo(brand)
  const pattern = pick(r, info.patterns)
  let prefix: string
  if (Array.isArray(pattern)) {
    const [lo, hi] = pattern as [number, number]
    prefix = String(lo + Math.floor(r() * (hi - lo + 1)))
  } else prefix = String(pattern)
  const length = pick(r, info.lengths)
  let body = prefix
  while (body.length < length - 1) body += String(Math.floor(r() * 10))
  return { digits: body + luhnDigit(body), brand, lengths: info.lengths }
}

const GIVEN = ['ICHIRO', 'HANAKO', 'KENJI', 'YUKI', 'SATOSHI', 'AYAKA', 'DAVID', 'MARIA', 'WEI', 'MIN-JUN']
const FAMILY = ['SUZUKI', 'TANAKA', 'WATANABE', 'ITO', 'NAKAMURA', 'KOBAYASHI', 'SMITH', 'GARCIA', 'ZHANG', 'KIM']

/** A plausible holder name (romanized). */
export function holderName(r: () => number): string {
  return `${pick(r, GIVEN)} ${pick(r, FAMILY)}`
}

/** Expiry `monthsAhead` months after the reference month. */
export function expiryAfter(now: Date, monthsAhead: number): { expMonth: number; expYear: number } {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() + monthsAhead
  return { expMonth: (total % 12) + 1, expYear: Math.floor(total / 12) }
}

/** One corrupted digit: always breaks Luhn. */
export function typo(r: () => number, digits: string): string {
  const i = Math.floor(r() * digits.length)
  const d = (digits.charCodeAt(i) - 48 + 1 + Math.floor(r() * 9)) % 10
  return digits.slice(0, i) + String(d) + digits.slice(i + 1)
}

/** Two adjacent different digits swapped (Luhn misses only 09 ↔ 90). */
export function transpose(r: () => number, digits: string): string {
  for (let tries = 0; tries < 20; tries += 1) {
    const i = Math.floor(r() * (digits.length - 1))
    if (digits[i] !== digits[i + 1]) return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)
  }
  return typo(r, digits)
}

/** A Luhn-correct number of its brand's prefix but a length the brand does not issue. */
export function wrongLength(r: () => number, brand: string): string {
  const info = creditCardType.getTypeInfo(brand)
  const bad = [12, 13, 14, 15, 16, 17, 18, 19, 20].filter((n) => !info.lengths.includes(n))
  const length = pick(r, bad)
  const { digits } = validNumber(r, brand)
  let body = digits.slice(0, Math.min(digits.length, length) - 1)
  while (body.length < length - 1) body += String(Math.floor(r() * 10))
  return body + luhnDigit(body)
}
