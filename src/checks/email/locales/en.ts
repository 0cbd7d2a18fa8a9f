import type { MessageTable } from '../../../core/types.js'
import type { EmailCode } from '../codes.js'

/** English messages of the email check. */
export const en: MessageTable<EmailCode> = {
  'email.invalid_syntax': (e) => `The email address is malformed (${String(e.reason)})`,
  'email.disposable_domain': (e) => `Disposable email domain (${String(e.domain)}, listed by ${String(e.list)})`,
  'email.reserved_domain': (e) => `Reserved domain that cannot receive mail (${String(e.domain)})`,
  'email.free_mail': (e) => `Free webmail address (${String(e.domain)})`,
  'email.domestic_isp_mail': (e) => `Japanese mobile carrier or ISP address (${String(e.domain)})`,
  'email.domain_typo': (e) => `Possible typo or look-alike of a common domain (${String(e.domain)} → ${String(e.suggestion)})`,
  'email.role_account': (e) => `Role address rather than a person (${String(e.localPart)}@)`,
  'email.placeholder_local_part': (e) => `Placeholder-looking address (${String(e.localPart)}@)`,
  'email.random_local_part': (e) => `Random or machine-generated mailbox name (${String(e.localPart)})`,
  'email.subaddress': (e) => `Address uses sub-addressing (${String(e.tag)})`,
}
