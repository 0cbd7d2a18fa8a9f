import type { EvidenceValue, MessageTable } from '../../../core/types.js'
import type { AddressCode } from '../codes.js'

const list = (value: EvidenceValue | undefined): string => (Array.isArray(value) ? value.map(String).join('、') : String(value))

/** Japanese messages of the address check (shown to reviewers). */
export const ja: MessageTable<AddressCode> = {
  'address.postal_code_malformed': (e) => `郵便番号の形式が正しくありません（${String(e.postalCode)}）`,
  'address.postal_code_unassigned': (e) => `存在しない郵便番号です（${String(e.postalCode)}）`,
  'address.postal_code_prefecture_mismatch': (e) =>
    `郵便番号と都道府県が一致しません（〒${String(e.postalCode)} は ${list(e.postalPrefectures)}、住所は ${String(e.writtenPrefecture)}）`,
  'address.postal_code_city_mismatch': (e) =>
    `郵便番号と市区町村が一致しません（〒${String(e.postalCode)} は ${list(e.postalCities)}、住所は ${String(e.writtenCity)}）`,
  'address.postal_code_town_mismatch': (e) =>
    `郵便番号と町域が一致しません（〒${String(e.postalCode)} は ${list(e.postalTowns)}、住所は ${String(e.writtenTown)}）`,
  'address.unknown_prefecture': (e) => `都道府県名が正しくありません（${String(e.prefecture)}）`,
  'address.city_not_in_prefecture': (e) =>
    `市区町村が記載の都道府県にありません（${String(e.city)} は ${list(e.foundIn)} にあり、${String(e.prefecture)} にはありません）`,
  'address.unknown_city': (e) => `${String(e.prefecture)} に該当する市区町村が見つかりません（${String(e.city)}）`,
  'address.town_not_in_city': (e) => `町域が記載の市区町村にありません（${String(e.town)} は ${list(e.foundIn)} などにあり、${String(e.city)} にはありません）`,
  'address.unknown_town': (e) => `${String(e.city)} に該当する町域が見つかりません（${String(e.town)}）`,
  'address.street_number_missing': (e) => `番地がありません（町域以降: ${String(e.afterTown) || '（なし）'}）`,
  'address.street_number_malformed': (e) => `番地として不自然です（${String(e.streetNumber)}、理由: ${String(e.problem)}）`,
  'address.city_only': (e) => `住所が都道府県・市区町村までしかありません（${String(e.address)}）`,
  'address.po_box': (e) => `私書箱または局留めの住所です（${String(e.marker)}）`,
  'address.same_text_in_fields': (e) => `複数の住所欄に同じ内容が入力されています（${list(e.fields)}: ${String(e.value)}）`,
  'address.foreign_address': (e) => `サービス対象国（${String(e.serviceCountry)}）以外の住所です（${String(e.country)}）`,
  'address.unrecognized_address': (e) => `住所として解釈できません（都道府県・市区町村・郵便番号のいずれも確認できません: ${String(e.address)}）`,
  'address.phone_area_mismatch': (e) =>
    `固定電話の市外局番の地域と住所の都道府県が異なります（電話: ${String(e.phoneArea)}（${list(e.phonePrefectures)}）、住所: ${String(e.addressPrefecture)}）`,
  'address.phone_area_consistent': (e) => `固定電話の市外局番の地域が住所の都道府県と一致します（${String(e.phoneArea)}、${String(e.addressPrefecture)}）`,
}
