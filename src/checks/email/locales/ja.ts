import type { MessageTable } from '../../../core/types.js'
import type { EmailCode } from '../codes.js'

/** Japanese messages of the email check (shown to reviewers). */
export const ja: MessageTable<EmailCode> = {
  'email.invalid_syntax': (e) => `メールアドレスの形式が正しくありません（${String(e.reason)}）`,
  'email.disposable_domain': (e) => `使い捨てメールのドメインです（${String(e.domain)}、出典: ${String(e.list)}）`,
  'email.reserved_domain': (e) => `メールを受信できない予約済みドメインです（${String(e.domain)}）`,
  'email.free_mail': (e) => `フリーメールのアドレスです（${String(e.domain)}）`,
  'email.domestic_isp_mail': (e) => `国内の携帯キャリア・ISPのメールアドレスです（${String(e.domain)}）`,
  'email.domain_typo': (e) => `よく使われるドメインの打ち間違い、または類似ドメインの可能性があります（${String(e.domain)} → ${String(e.suggestion)}）`,
  'email.role_account': (e) => `個人ではなく役割用のアドレスです（${String(e.localPart)}@）`,
  'email.placeholder_local_part': (e) => `仮の値と思われるアドレスです（${String(e.localPart)}@）`,
  'email.random_local_part': (e) => `ランダムまたは機械的に生成されたようなアドレスです（${String(e.localPart)}）`,
  'email.subaddress': (e) => `サブアドレス（+タグ）付きのアドレスです（${String(e.tag)}）`,
}
