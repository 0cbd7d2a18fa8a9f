/**
 * Generated-looking numbers. The account part of a PAN (after the six-digit IIN, before the check
 * digit; ISO/IEC 7812-1) is assigned by the issuer; test numbers and number generators fill it
 * with one repeated digit (4000 0000 0000 0002), a repeating pair (4242 4242 4242 4242) or a
 * running sequence (…123456789…). For a random account part of 9 digits the chance of any of these
 * is about 1.3 in ten million, and about 1.3 in a thousand for the shortest (12-digit) numbers.
 */

/** Which pattern the account part follows. */
export type SyntheticPattern = 'repeated_digit' | 'repeating_pair' | 'sequence'

/** The pattern of a 12–19 digit number's account part, or null. */
export function syntheticPattern(digits: string): SyntheticPattern | null {
  if (digits.length < 12) return null
  const account = digits.slice(6, digits.length - 1)
  let same = true
  let pair = true
  let up = true
  let down = true
  for (let i = 1; i < account.length; i += 1) {
    const a = account.charCodeAt(i)
    const prev = account.charCodeAt(i - 1)
    if (a !== prev) same = false
    if (i >= 2 && a !== account.charCodeAt(i - 2)) pair = false
    if ((prev - 48 + 1) % 10 !== a - 48) up = false
    if ((prev - 48 + 9) % 10 !== a - 48) down = false
  }
  if (same) return 'repeated_digit'
  if (pair) return 'repeating_pair'
  if (up || down) return 'sequence'
  return null
}
