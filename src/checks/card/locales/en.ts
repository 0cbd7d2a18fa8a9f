import type { Evidence, MessageTable } from '../../../core/types.js'
import type { CardCode } from '../codes.js'

const brand = (e: Evidence): string => (e.brand === null || e.brand === undefined ? 'unknown brand' : String(e.brand))
const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v))

/** English messages of the card check. Numbers appear masked only (411111******1111). */
export const en: MessageTable<CardCode> = {
  'card.number_not_digits': (e) => `The card number contains ${String(e.invalidCharacters)} character(s) other than digits, spaces and hyphens`,
  'card.number_length_invalid': (e) => `The card number has ${String(e.length)} digits, which ${brand(e)} does not issue (expected ${list(e.expectedLengths)}): ${String(e.masked)}`,
  'card.number_luhn_failed': (e) => `The card number fails the Luhn check digit (${String(e.masked)}, ${brand(e)})`,
  'card.unionpay_luhn_failed': (e) => `The UnionPay number fails the Luhn check digit; some older UnionPay cards do not use it (${String(e.masked)})`,
  'card.brand_unknown': (e) => `The leading digits (${String(e.prefix)}) belong to no known card network`,
  'card.test_number': (e) => `Published test card number (${String(e.masked)}, listed by ${list(e.sources)})`,
  'card.synthetic_number': (e) => `The card number looks generated (${String(e.pattern)}: ${String(e.masked)})`,
  'card.bin_mismatch': (e) => `${String(e.field)} (${String(e.given)}) does not match the card number (${String(e.fromNumber)})`,
  'card.bin_malformed': (e) => `${String(e.field)} is malformed (${String(e.reason)}, ${String(e.length)} characters)`,
  'card.expiry_malformed': (e) => `The expiry date cannot be read (${String(e.reason)}: ${String(e.value)})`,
  'card.expired': (e) => `The card expired in ${String(e.expiry)} (${String(e.monthsAgo)} month(s) before ${String(e.reference)})`,
  'card.expiry_too_far': (e) => `The expiry ${String(e.expiry)} is ${String(e.monthsAhead)} months ahead, beyond any card's validity (max ${String(e.maxMonths)})`,
  'card.cvc_failed': (e) => `The gateway reports the security code (CVC) did not match (${String(e.value)})`,
  'card.avs_mismatch': (e) => `The gateway reports neither street nor postal code matched the issuer's record (AVS ${String(e.value)})`,
  'card.avs_partial_mismatch': (e) => `The gateway reports only part of the address matched (AVS ${String(e.value)})`,
  'card.three_d_secure_failed': (e) => `3-D Secure authentication failed (${String(e.value)})`,
  'card.three_d_secure_not_attempted': (e) => `3-D Secure authentication was not performed (${String(e.value)})`,
  'card.three_d_secure_authenticated': (e) => `The issuer authenticated the cardholder with 3-D Secure (${String(e.value)})`,
  'card.holder_name_missing': () => 'The card holder name is empty',
  'card.holder_name_not_latin': (e) => `The card holder name is not in Latin letters as printed on cards (${String(e.reason)}: ${String(e.value)})`,
  'card.holder_name_placeholder': (e) => `The card holder name is a placeholder (${String(e.value)})`,
  'card.prepaid': (e) => `Prepaid card (BIN ${String(e.range)}${e.issuer ? `, ${String(e.issuer)}` : ''})`,
  'card.virtual': (e) => `Virtual card (BIN ${String(e.range)}${e.issuer ? `, ${String(e.issuer)}` : ''})`,
  'card.foreign_card_domestic_signup': (e) =>
    `Card issued in ${String(e.cardCountry)} for a signup with a ${String(e.addressCountry)} address and ${String(e.ipCountry)} IP address`,
}
