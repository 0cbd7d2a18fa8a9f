import type { Evidence, MessageTable } from '../../../core/types.js'
import type { CardCode } from '../codes.js'

const brand = (e: Evidence): string => (e.brand === null || e.brand === undefined ? '不明なブランド' : String(e.brand))
const list = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v))
const FIELD: Readonly<Record<string, string>> = { 'card.bin': 'BIN（先頭桁）', 'card.last4': '下4桁' }
const field = (v: unknown): string => FIELD[String(v)] ?? String(v)
/** Japanese labels for the evidence's literal values; unknown values are shown as they are. */
const LABEL: Readonly<Record<string, string>> = {
  repeated_digit: '同じ数字の繰り返し',
  repeating_pair: '2桁の繰り返し',
  sequence: '連番',
  not_digits: '数字以外を含む',
  length: '桁数が不正',
  missing_month: '月がありません',
  missing_year: '年がありません',
  month_not_a_number: '月が数字ではありません',
  month_out_of_range: '月が1〜12の範囲外です',
  year_not_a_number: '年が2桁または4桁の数字ではありません',
  year_out_of_range: '年が範囲外です',
  japanese_script: '漢字・かな',
  other_script: 'ラテン文字以外の文字',
  digits: '数字を含む',
  symbols: '記号を含む',
}
const label = (v: unknown): string => LABEL[String(v)] ?? String(v)

/** Japanese messages of the card check (shown to reviewers). Numbers appear masked only. */
export const ja: MessageTable<CardCode> = {
  'card.number_not_digits': (e) => `カード番号に数字・空白・ハイフン以外の文字が${String(e.invalidCharacters)}文字含まれています`,
  'card.number_length_invalid': (e) => `カード番号の桁数（${String(e.length)}桁）が${brand(e)}の発行桁数（${list(e.expectedLengths)}桁）と一致しません（${String(e.masked)}）`,
  'card.number_luhn_failed': (e) => `カード番号のチェックディジット（Luhn）が一致しません（${String(e.masked)}、${brand(e)}）`,
  'card.unionpay_luhn_failed': (e) => `銀聯カードの番号がLuhnチェックに一致しません。古い銀聯カードには該当しないものもあります（${String(e.masked)}）`,
  'card.brand_unknown': (e) => `先頭の番号（${String(e.prefix)}）はどのカードブランドにも該当しません`,
  'card.test_number': (e) => `公開されているテスト用カード番号です（${String(e.masked)}、掲載元: ${list(e.sources)}）`,
  'card.synthetic_number': (e) => `機械的に作られたようなカード番号です（${label(e.pattern)}: ${String(e.masked)}）`,
  'card.bin_mismatch': (e) => `${field(e.field)}（${String(e.given)}）が入力されたカード番号（${String(e.fromNumber)}）と一致しません`,
  'card.bin_malformed': (e) => `${field(e.field)}の形式が正しくありません（${label(e.reason)}、${String(e.length)}文字）`,
  'card.expiry_malformed': (e) => `有効期限を読み取れません（${label(e.reason)}: ${String(e.value)}）`,
  'card.expired': (e) => `有効期限が切れたカードです（期限 ${String(e.expiry)}、基準月 ${String(e.reference)} の${String(e.monthsAgo)}か月前）`,
  'card.expiry_too_far': (e) => `有効期限 ${String(e.expiry)} は${String(e.monthsAhead)}か月先で、カードの有効期間（最長${String(e.maxMonths)}か月）を超えています`,
  'card.cvc_failed': (e) => `決済代行からセキュリティコード（CVC）不一致が返されています（${String(e.value)}）`,
  'card.avs_mismatch': (e) => `決済代行の住所照合（AVS）で番地・郵便番号とも一致しませんでした（${String(e.value)}）`,
  'card.avs_partial_mismatch': (e) => `決済代行の住所照合（AVS）で住所の一部のみ一致しました（${String(e.value)}）`,
  'card.three_d_secure_failed': (e) => `3Dセキュア（本人認証）に失敗しています（${String(e.value)}）`,
  'card.three_d_secure_not_attempted': (e) => `3Dセキュア（本人認証）が実施されていません（${String(e.value)}）`,
  'card.three_d_secure_authenticated': (e) => `3Dセキュアでカード会社による本人認証が成功しています（${String(e.value)}）`,
  'card.holder_name_missing': () => 'カード名義が空欄です',
  'card.holder_name_not_latin': (e) => `カード名義がカードに印字されるローマ字表記ではありません（${label(e.reason)}: ${String(e.value)}）`,
  'card.holder_name_placeholder': (e) => `カード名義が仮の値です（${String(e.value)}）`,
  'card.prepaid': (e) => `プリペイドカードです（BIN ${String(e.range)}${e.issuer ? `、${String(e.issuer)}` : ''}）`,
  'card.virtual': (e) => `バーチャルカードです（BIN ${String(e.range)}${e.issuer ? `、${String(e.issuer)}` : ''}）`,
  'card.foreign_card_domestic_signup': (e) =>
    `住所（${String(e.addressCountry)}）・IPアドレス（${String(e.ipCountry)}）とも国内の申込みに、海外（${String(e.cardCountry)}）発行のカードが使われています`,
}
