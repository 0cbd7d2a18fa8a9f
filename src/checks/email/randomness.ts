/**
 * Heuristics for mailbox names that no person chose: random strings from generators and scripted
 * signups. Tuned so that romanized Japanese names (tsuyoshi.yamamoto, shinnosuke0312) stay clean.
 */

/** Which pattern made a local part look random (reported in evidence). */
export type RandomnessReason = 'consonant_run' | 'few_vowels' | 'letter_digit_alternation' | 'hex_string' | 'long_digit_run'

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/** The reasons a local part looks machine-made; empty when it looks human. */
export function randomnessReasons(mailbox: string): RandomnessReason[] {
  // Callers pass the mailbox without its +tag; lower-case here so the counts below see a-z only.
  const text = mailbox.toLowerCase()
  const reasons: RandomnessReason[] = []
  let letters = 0
  let vowels = 0
  let consonantRun = 0
  let maxConsonantRun = 0
  let digitRun = 0
  let maxDigitRun = 0
  let switches = 0
  let previous: 'letter' | 'digit' | 'other' = 'other'
  for (const ch of text) {
    const isLetter = ch >= 'a' && ch <= 'z'
    const isDigit = ch >= '0' && ch <= '9'
    if (isLetter) {
      letters += 1
      // 'y' acts as a vowel in romaji (ryo, kyoko) and English alike.
      if (VOWELS.has(ch) || ch === 'y') {
        vowels += 1
        consonantRun = 0
      } else {
        consonantRun += 1
        maxConsonantRun = Math.max(maxConsonantRun, consonantRun)
      }
      digitRun = 0
    } else {
      consonantRun = 0
      if (isDigit) {
        digitRun += 1
        maxDigitRun = Math.max(maxDigitRun, digitRun)
      } else digitRun = 0
    }
    const kind = isLetter ? 'letter' : isDigit ? 'digit' : 'other'
    if ((kind === 'letter' && previous === 'digit') || (kind === 'digit' && previous === 'letter')) switches += 1
    previous = kind
  }
  // Japanese romaji never has more than 3 consonants in a row (e.g. "ntch" is rare); English names 4.
  if (maxConsonantRun >= 5) reasons.push('consonant_run')
  if (letters >= 8 && vowels / letters < 0.2) reasons.push('few_vowels')
  // a8f3k2j9: people group digits (taro1985), generators interleave them.
  if (switches >= 5) reasons.push('letter_digit_alternation')
  if (text.length >= 16 && /^[0-9a-f-]+$/.test(text) && /[0-9]/.test(text) && /[a-f]/.test(text)) reasons.push('hex_string')
  // Birthdays and phone-like numbers run to 8 digits (19850312); longer runs are generated.
  if (maxDigitRun >= 10) reasons.push('long_digit_run')
  return reasons
}
