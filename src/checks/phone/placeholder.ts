/**
 * Textbook and placeholder numbers. Works on the national significant number (NSN: the digits after
 * the country calling code, without the trunk 0; ITU-T E.164), so 090-1234-5678, +81 90 1234 5678
 * and 81-90-1234-5678 are judged alike.
 *
 * Strong patterns (phone.placeholder_number) look at the NSN without its first two digits, which
 * for Japan covers the subscriber part of mobile/IP numbers (90|1234|5678) and the local part of
 * fixed lines with short area codes (3|1234|5678, 6|…, 45|…):
 * - one digit repeated: 090-0000-0000, 03-1111-1111, 000-0000-0000;
 * - an ascending or descending run: 090-1234-5678, 03-1234-5678, 0120-123-456, 090-9876-5432;
 * - a listed number (known dummies such as 090-1111-2222, plus the user's own list);
 * - North American 555-01XX numbers, reserved for fiction (NANPA).
 * Weak patterns (phone.patterned_number) look at the last eight digits: only two distinct digits
 * (1212-1212), the same four digits twice (5678-5678), or the last six digits in a run (…12-3456).
 */

export type PlaceholderPattern = 'listed' | 'same_digit' | 'sequential' | 'fictional_range'
export type WeakPattern = 'few_digits' | 'repeated_block' | 'sequential_tail'

/** Known dummy numbers (E.164) not caught by the structural rules. */
export const LISTED_PLACEHOLDERS: readonly string[] = [
  '+819011112222',
  '+818011112222',
  '+817011112222',
  '+81311112222',
  '+81611112222',
  '+819012341234',
  '+819011223344',
  '+81312341234',
]

/** Each digit one more (or one less) than the previous; '0' follows '9' is not a run. */
function isRun(digits: string): boolean {
  if (digits.length < 2) return false
  const step = digits.charCodeAt(1) - digits.charCodeAt(0)
  if (step !== 1 && step !== -1) return false
  for (let i = 2; i < digits.length; i += 1) {
    if (digits.charCodeAt(i) - digits.charCodeAt(i - 1) !== step) return false
  }
  return true
}

function isSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i += 1) if (digits[i] !== digits[0]) return false
  return digits.length > 0
}

function distinctDigits(digits: string): number {
  let mask = 0
  for (let i = 0; i < digits.length; i += 1) mask |= 1 << (digits.charCodeAt(i) - 48)
  let count = 0
  for (; mask !== 0; mask &= mask - 1) count += 1
  return count
}

/** Strong placeholder pattern of a number, or null. */
export function placeholderPattern(
  callingCode: string,
  nsn: string,
  listed: ReadonlySet<string>,
): PlaceholderPattern | null {
  if (listed.has(`+${callingCode}${nsn}`)) return 'listed'
  // NANPA reserves 555-0100..555-0199 for fictional use.
  if (callingCode === '1' && nsn.length === 10 && nsn.slice(3, 6) === '555' && nsn.slice(6, 8) === '01') return 'fictional_range'
  const tail = nsn.slice(2)
  if (tail.length < 6) return null
  if (isSameDigit(tail)) return 'same_digit'
  if (isRun(tail)) return 'sequential'
  return null
}

/** Weak pattern of the last eight digits, or null (only asked when no strong pattern matched). */
export function weakPattern(nsn: string): WeakPattern | null {
  if (nsn.length < 8) return null
  const last8 = nsn.slice(-8)
  if (distinctDigits(last8) <= 2) return 'few_digits'
  if (last8.slice(0, 4) === last8.slice(4)) return 'repeated_block'
  if (isRun(nsn.slice(-6))) return 'sequential_tail'
  return null
}
