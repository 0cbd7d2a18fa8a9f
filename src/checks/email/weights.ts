import type { WeightSpec } from '../../core/types.js'
import type { EmailCode } from './codes.js'

/** Default weights (natural-log odds). >= 1.0: worth a human look on its own; < 1.0: a hint. */
export const EMAIL_WEIGHTS: { readonly [K in EmailCode]: WeightSpec } = {
  'email.invalid_syntax': { weight: 2.0, rationale: 'No mail can reach it: the applicant cannot receive the activation mail or abuse reports.' },
  'email.disposable_domain': { weight: 2.5, rationale: 'Throwaway inboxes are the standard tool for abuse signups; legitimate customers rarely use them for a paid service.' },
  'email.reserved_domain': { weight: 2.5, rationale: 'example.com, .test, .invalid and friends can never receive mail: a made-up address.' },
  'email.free_mail': { weight: 0.3, rationale: 'Free webmail is common among real customers but is also the easiest identity to create in bulk.' },
  'email.domestic_isp_mail': { weight: 0.1, rationale: 'Japanese carrier and ISP mail is usual for real customers; the abuse team reports it is now abused too, so it is recorded with a tiny weight for tuning.' },
  'email.domain_typo': { weight: 1.0, rationale: 'A near-miss of a major domain (gmial.com) is either a typo that breaks contact or a look-alike registered for abuse.' },
  'email.role_account': { weight: 0.4, rationale: 'info@ / admin@ are normal for companies but are shared, weakly protected and not tied to a person.' },
  'email.placeholder_local_part': { weight: 1.2, rationale: 'test@, dummy@, asdf@ are what people type when they do not intend to be reached.' },
  'email.random_local_part': { weight: 1.0, rationale: 'Random or machine-generated mailbox names are typical of scripted account creation.' },
  'email.subaddress': { weight: 0.2, rationale: 'Plus-addressing lets one inbox open many accounts; it is also used by careful legitimate users, so only a hint.' },
}
