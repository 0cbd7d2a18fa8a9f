/** Signal codes of the name check. Stable: renaming one is a breaking change. */
export const NAME_CODES = [
  'name.kana_not_kana',
  'name.kana_missing',
  'name.name_missing',
  'name.invalid_characters',
  'name.non_japanese_kanji',
  'name.chinese_reading',
  'name.korean_reading',
  'name.reading_mismatch',
  'name.reading_unverified',
  'name.reading_in_dictionary',
  'name.placeholder',
  'name.keyboard_pattern',
  'name.single_character',
  'name.equals_email_local_part',
  'name.card_holder_mismatch',
  'name.card_holder_given_mismatch',
  'name.org_reading_mismatch',
  'name.org_reading_unverified',
] as const

export type NameCode = (typeof NAME_CODES)[number]
