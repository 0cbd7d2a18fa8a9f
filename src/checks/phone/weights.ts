import type { WeightSpec } from '../../core/types.js'
import type { PhoneCode } from './codes.js'

/** Default weights (natural-log odds). >= 1.0: worth a human look on its own; < 1.0: a hint. */
export const PHONE_WEIGHTS: { readonly [K in PhoneCode]: WeightSpec } = {
  'phone.unparseable': { weight: 2.0, rationale: 'No phone number at all in the phone field ("aaaa", "-"): the applicant does not mean to be reached.' },
  'phone.invalid_length': { weight: 1.2, rationale: 'Too few or too many digits: often a typo, but it leaves the account without a working contact.' },
  'phone.unassigned_number': { weight: 1.5, rationale: 'Right length but in no allocated number range: typical of a made-up number rather than a typo.' },
  'phone.placeholder_number': { weight: 2.0, rationale: 'Textbook or filler numbers (090-1234-5678, 000-0000-0000, 090-1111-1111) are typed by people who do not intend to be called.' },
  'phone.patterned_number': { weight: 0.6, rationale: 'A subscriber part made of one or two digits or a short run (xxxx-1212, xx-123456) is often invented, but vanity numbers exist.' },
  'phone.foreign_number': { weight: 1.0, rationale: 'A number outside the service country on a signup for a domestic service deserves a look; foreign customers exist, so not more.' },
  'phone.voip': { weight: 0.8, rationale: '050 IP-phone numbers are issued by apps within minutes with light identity checks; many real users and small firms have one, so a hint.' },
  'phone.pager_m2m': { weight: 1.5, rationale: '020 is allocated to M2M/IoT data SIMs and pagers: not a number a person answers.' },
  'phone.premium_rate': { weight: 2.0, rationale: 'A 0990 premium-rate number is never a personal contact; giving one is nonsense or a fee trap.' },
  'phone.toll_free': { weight: 1.0, rationale: '0120/0800 free-dial numbers belong to businesses\' call centres; as the number of a person (no organization given) it cannot be the applicant\'s own.' },
  'phone.uan': { weight: 1.0, rationale: '0570 Navi Dial numbers route to company call centres; as a personal number it is not the applicant\'s own.' },
  'phone.uncommon_type': { weight: 0.8, rationale: '060 personal-number, shared-cost or voicemail-only services are almost never a customer\'s contact number.' },
}
