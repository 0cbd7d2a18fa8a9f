import type { WeightSpec } from '../../core/types.js'
import type { CardCode } from './codes.js'

/** Default weights (natural-log odds). >= 1.0: worth a human look on its own; < 1.0: a hint. */
export const CARD_WEIGHTS: { readonly [K in CardCode]: WeightSpec } = {
  'card.number_not_digits': { weight: 2.0, rationale: 'A card number with letters or symbols was not read off a card: made up, or pasted from somewhere else.' },
  'card.number_length_invalid': { weight: 2.0, rationale: 'No card of this brand has this many digits: a made-up or truncated number.' },
  'card.number_luhn_failed': { weight: 2.5, rationale: 'Every issued card number carries a Luhn check digit; a failing one is a typo at best and usually invented.' },
  'card.unionpay_luhn_failed': { weight: 1.0, rationale: 'Nearly all UnionPay cards carry the Luhn digit, but card-validator exempts the brand for rare legacy domestic cards: review, without the full weight.' },
  'card.brand_unknown': { weight: 1.2, rationale: 'The leading digits belong to no card network (airline, petroleum or unassigned ranges): not a payment card.' },
  'card.test_number': { weight: 3.0, rationale: 'A published test number of a network or gateway is never a real customer\'s card.' },
  'card.synthetic_number': { weight: 2.5, rationale: 'An account part of one repeated digit, a repeating pair or a running sequence is what number generators and testers type; issuers do not assign them.' },
  'card.bin_mismatch': { weight: 1.5, rationale: 'The BIN or last four digits from the gateway disagree with the number typed: two different cards in one signup.' },
  'card.bin_malformed': { weight: 0.5, rationale: 'A BIN or last-four that is not 6-8 / 4 digits is more often an integration bug than fraud; a hint.' },
  'card.expiry_malformed': { weight: 1.0, rationale: 'An unreadable expiry (month 13, year 3) was not copied from a card.' },
  'card.expired': { weight: 2.0, rationale: 'An expired card cannot pay; offering one is typical of old leaked card data.' },
  'card.expiry_too_far': { weight: 1.5, rationale: 'Cards are issued for at most about 10 years (5 in Japan); a later expiry was invented.' },
  'card.cvc_failed': { weight: 1.5, rationale: 'The issuer rejected the security code: the applicant does not hold the physical card.' },
  'card.avs_mismatch': { weight: 1.0, rationale: 'Neither street nor postal code matched the issuer\'s record; common with stolen card data.' },
  'card.avs_partial_mismatch': { weight: 0.4, rationale: 'Half of the address matched; often a move or a formatting difference, so a hint.' },
  'card.three_d_secure_failed': { weight: 2.0, rationale: 'The cardholder failed or abandoned the issuer\'s authentication: the strongest gateway sign of a card not their own.' },
  'card.three_d_secure_not_attempted': { weight: 0.5, rationale: 'EMV 3-D Secure is mandatory for Japanese e-commerce merchants from the end of March 2025; skipping it removes the issuer\'s check.' },
  'card.three_d_secure_authenticated': { weight: -1.0, rationale: 'The issuer authenticated the cardholder (password, app or OTP): evidence the applicant holds the card.' },
  'card.holder_name_missing': { weight: 0.8, rationale: 'The holder-name field was sent but left empty or without letters: the applicant did not have the card in front of them.' },
  'card.holder_name_not_latin': { weight: 0.5, rationale: 'Cards carry the romanized name; kanji, kana or digits are common typing slips by real users, so a hint.' },
  'card.holder_name_placeholder': { weight: 1.5, rationale: 'TEST, CARD HOLDER, YAMADA TARO are sample values, not a cardholder.' },
  'card.prepaid': { weight: 1.0, rationale: 'Prepaid cards can be bought without identity checks and are the usual payment of throwaway accounts.' },
  'card.virtual': { weight: 0.5, rationale: 'Virtual cards are issued instantly and disposably; alone a hint, with prepaid a strong sign.' },
  'card.foreign_card_domestic_signup': { weight: 1.0, rationale: 'A foreign-issued card behind a domestic address and domestic IP is the classic pattern of stolen cards used through local proxies.' },
}
