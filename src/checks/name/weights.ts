import type { WeightSpec } from '../../core/types.js'
import type { NameCode } from './codes.js'

/** Default weights (natural-log odds). >= 1.0: worth a human look on its own; < 1.0: a hint. */
export const NAME_WEIGHTS: { readonly [K in NameCode]: WeightSpec } = {
  'name.kana_not_kana': { weight: 2.0, rationale: 'Romaji, hangul, kanji or digits in the furigana field: the applicant is not filling a Japanese form as a resident would.' },
  'name.kana_missing': { weight: 0.4, rationale: 'A kanji name without its reading is incomplete and cannot be checked; often a hurried or scripted entry.' },
  'name.name_missing': { weight: 0.4, rationale: 'A reading without the name it reads is incomplete; a hint of a careless or scripted entry.' },
  'name.invalid_characters': { weight: 1.5, rationale: 'Digits, symbols or emoji are never part of a legal name.' },
  'name.non_japanese_kanji': { weight: 1.0, rationale: 'Simplified Chinese characters (张, 陈) are not used in Japanese names or registers; the identity was written outside Japan.' },
  'name.chinese_reading': { weight: 1.2, rationale: 'A Japanese-looking name read the Chinese way (王 ワン) fits no Japanese reading; either a foreign resident or a made-up identity, worth a look.' },
  'name.korean_reading': { weight: 1.2, rationale: 'A Japanese-looking name read the Korean way (金 キム) fits no Japanese reading; either a foreign resident or a made-up identity, worth a look.' },
  'name.reading_mismatch': { weight: 1.3, rationale: 'No kanji of the name explains the kana: the reading was invented or belongs to another name.' },
  'name.reading_unverified': { weight: 0.3, rationale: 'The kana fits only loosely or partly; unusual modern names are common, so only a hint.' },
  'name.reading_in_dictionary': { weight: -0.3, rationale: 'A name dictionary (ENAMDICT) lists this exact reading: mild evidence of a real name.' },
  'name.placeholder': { weight: 1.5, rationale: 'Sample names (山田太郎, テスト, test) are what people type when they do not give their identity.' },
  'name.keyboard_pattern': { weight: 1.2, rationale: 'Repeated characters and keyboard or kana-table runs (あああ, asdf, あいうえお) are not names.' },
  'name.single_character': { weight: 1.0, rationale: 'A whole name of one character is not a full legal name.' },
  'name.equals_email_local_part': { weight: 0.8, rationale: 'The name field repeats the mail box name: the applicant typed a handle, not a name.' },
  'name.card_holder_mismatch': { weight: 1.2, rationale: 'The card is in another person\'s name: neither family nor given name matches the reading.' },
  'name.card_holder_given_mismatch': { weight: 0.4, rationale: 'Same family name, other given name: usually a family member\'s card, sometimes a borrowed one.' },
  'name.org_reading_mismatch': { weight: 0.8, rationale: 'The company kana explains none of the company name; company names have free readings, so below 1.0.' },
  'name.org_reading_unverified': { weight: 0.2, rationale: 'The company kana fits only partly; creative company readings are common, so a small hint.' },
}
