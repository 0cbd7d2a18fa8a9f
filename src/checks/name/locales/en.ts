import type { Evidence, MessageTable } from '../../../core/types.js'
import type { NameCode } from '../codes.js'

const part = (e: Evidence): string => (e.part === 'full' ? 'name' : `${String(e.part)} name`)
const list = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.map(String).join(', ') : 'none')

/** English messages of the name check. */
export const en: MessageTable<NameCode> = {
  'name.kana_not_kana': (e) => `The kana field holds non-kana characters (${String(e.value)}, ${String(e.script)})`,
  'name.kana_missing': (e) => `The name has no kana reading (${String(e.name)})`,
  'name.name_missing': (e) => `A kana reading is given without the name (${String(e.kana)})`,
  'name.invalid_characters': (e) => `The name contains digits, symbols or emoji (${String(e.value)})`,
  'name.non_japanese_kanji': (e) => `The name uses characters not used in Japanese names, such as simplified Chinese (${list(e.characters)})`,
  'name.chinese_reading': (e) => `The ${part(e)} ${String(e.name)} is read ${String(e.kana)}, a Chinese reading that fits no Japanese one (${list(e.matched)})`,
  'name.korean_reading': (e) => `The ${part(e)} ${String(e.name)} is read ${String(e.kana)}, a Korean reading that fits no Japanese one (${list(e.matched)})`,
  'name.reading_mismatch': (e) => `${String(e.kana)} cannot be explained as a reading of the ${part(e)} ${String(e.name)} (dictionary readings: ${list(e.knownReadings)})`,
  'name.reading_unverified': (e) => `The reading ${String(e.kana)} of the ${part(e)} ${String(e.name)} is not in the dictionary and fits only partly`,
  'name.reading_in_dictionary': (e) => `The name reading is listed in the ENAMDICT name dictionary (${String(e.reading)})`,
  'name.placeholder': (e) => `Looks like a placeholder name (${String(e.value)})`,
  'name.keyboard_pattern': (e) => `Repeated characters or a keyboard / kana-table run, not a name (${String(e.value)})`,
  'name.single_character': (e) => `The whole name is a single character (${String(e.value)})`,
  'name.equals_email_local_part': (e) => `The name equals the email local part (${String(e.value)})`,
  'name.card_holder_mismatch': (e) => `The card holder (${String(e.holderName)}) does not match the name reading (${String(e.expected)})`,
  'name.card_holder_given_mismatch': (e) => `The card holder (${String(e.holderName)}) shares only the family name (name reading: ${String(e.expected)}); possibly a family member's card`,
  'name.org_reading_mismatch': (e) => `${String(e.kana)} cannot be explained as a reading of the organization name ${String(e.name)}`,
  'name.org_reading_unverified': (e) => `The reading ${String(e.kana)} fits the organization name ${String(e.name)} only partly`,
}
