import type { Evidence, MessageTable } from '../../../core/types.js'
import type { NameCode } from '../codes.js'

const PART: Readonly<Record<string, string>> = { family: '姓', given: '名', full: '氏名', organization: '法人名' }
const part = (e: Evidence): string => PART[String(e.part)] ?? String(e.part)
const list = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.map(String).join('、') : 'なし')

/** Japanese messages of the name check (shown to reviewers). */
export const ja: MessageTable<NameCode> = {
  'name.kana_not_kana': (e) => `フリガナ欄にかな以外の文字があります（${String(e.value)}、${String(e.script)}）`,
  'name.kana_missing': (e) => `氏名にフリガナがありません（${String(e.name)}）`,
  'name.name_missing': (e) => `フリガナだけで氏名がありません（${String(e.kana)}）`,
  'name.invalid_characters': (e) => `氏名に数字・記号などが含まれています（${String(e.value)}）`,
  'name.non_japanese_kanji': (e) => `日本の氏名では使われない漢字（簡体字など）が含まれています（${list(e.characters)}）`,
  'name.chinese_reading': (e) => `${part(e)}「${String(e.name)}」の読み「${String(e.kana)}」は中国語読みに一致し、日本語の読みに一致しません（${list(e.matched)}）`,
  'name.korean_reading': (e) => `${part(e)}「${String(e.name)}」の読み「${String(e.kana)}」は韓国語読みに一致し、日本語の読みに一致しません（${list(e.matched)}）`,
  'name.reading_mismatch': (e) => `${part(e)}「${String(e.name)}」の読みとして「${String(e.kana)}」は説明できません（辞書の読み: ${list(e.knownReadings)}）`,
  'name.reading_unverified': (e) => `${part(e)}「${String(e.name)}」の読み「${String(e.kana)}」は辞書で確認できず、部分的にしか一致しません`,
  'name.reading_in_dictionary': (e) => `氏名の読みが人名辞書（ENAMDICT）と一致しました（${String(e.reading)}）`,
  'name.placeholder': (e) => `仮の名前と思われます（${String(e.value)}）`,
  'name.keyboard_pattern': (e) => `同じ文字の繰り返しやキー配列・五十音の並びで、名前とは思えません（${String(e.value)}）`,
  'name.single_character': (e) => `氏名が1文字だけです（${String(e.value)}）`,
  'name.equals_email_local_part': (e) => `氏名がメールアドレスの@より前と同じです（${String(e.value)}）`,
  'name.card_holder_mismatch': (e) => `カード名義（${String(e.holderName)}）が氏名の読み（${String(e.expected)}）と一致しません`,
  'name.card_holder_given_mismatch': (e) => `カード名義（${String(e.holderName)}）は姓のみ一致し、名が異なります（氏名の読み: ${String(e.expected)}）。家族名義のカードの可能性があります`,
  'name.org_reading_mismatch': (e) => `法人名「${String(e.name)}」の読みとして「${String(e.kana)}」は説明できません`,
  'name.org_reading_unverified': (e) => `法人名「${String(e.name)}」の読み「${String(e.kana)}」は一部しか一致しません`,
}
