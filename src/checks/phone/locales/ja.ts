import type { MessageTable } from '../../../core/types.js'
import type { PhoneCode } from '../codes.js'

/** Japanese messages of the phone check (shown to reviewers). */
export const ja: MessageTable<PhoneCode> = {
  'phone.unparseable': (e) => `電話番号として読み取れません（入力: ${String(e.value)}）`,
  'phone.invalid_length': (e) => `電話番号の桁数が正しくありません（${String(e.value)}、${e.reason === 'TOO_SHORT' ? '短すぎます' : e.reason === 'TOO_LONG' ? '長すぎます' : '桁数が不正です'}）`,
  'phone.unassigned_number': (e) => `割り当てのない番号帯の電話番号です（${String(e.value)}）`,
  'phone.placeholder_number': (e) => `例示用・ダミーと思われる電話番号です（${String(e.value)}、${patternJa(e.pattern)}）`,
  'phone.patterned_number': (e) => `規則的な並びの電話番号です（${String(e.value)}、${patternJa(e.pattern)}）`,
  'phone.foreign_number': (e) => `サービス提供国（${String(e.serviceCountry)}）以外の電話番号です（${String(e.country ?? `+${String(e.callingCode)}`)}、${String(e.value)}）`,
  'phone.voip': (e) => `IP電話（050）の番号です（${String(e.value)}）`,
  'phone.pager_m2m': (e) => `M2M・データ通信専用またはポケベル用（020）の番号です（${String(e.value)}）`,
  'phone.premium_rate': (e) => `有料情報サービス（0990）の番号です（${String(e.value)}）`,
  'phone.toll_free': (e) => `個人の申込でフリーダイヤル（0120・0800）の番号が入力されています（${String(e.value)}）`,
  'phone.uan': (e) => `個人の申込でナビダイヤル（0570）の番号が入力されています（${String(e.value)}）`,
  'phone.uncommon_type': (e) => `連絡先としては珍しい種別の番号です（${String(e.type)}、${String(e.value)}）`,
}

function patternJa(pattern: unknown): string {
  switch (pattern) {
    case 'listed':
      return '既知のダミー番号'
    case 'same_digit':
      return '同じ数字の繰り返し'
    case 'sequential':
      return '連番'
    case 'fictional_range':
      return '架空用の番号帯'
    case 'few_digits':
      return '1〜2種類の数字の繰り返し'
    case 'repeated_block':
      return '同じ4桁の繰り返し'
    case 'sequential_tail':
      return '末尾が連番'
    default:
      return String(pattern)
  }
}
