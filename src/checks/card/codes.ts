/** Signal codes of the card check. Stable: renaming one is a breaking change. */
export const CARD_CODES = [
  'card.number_not_digits',
  'card.number_length_invalid',
  'card.number_luhn_failed',
  'card.unionpay_luhn_failed',
  'card.brand_unknown',
  'card.test_number',
  'card.synthetic_number',
  'card.bin_mismatch',
  'card.bin_malformed',
  'card.expiry_malformed',
  'card.expired',
  'card.expiry_too_far',
  'card.cvc_failed',
  'card.avs_mismatch',
  'card.avs_partial_mismatch',
  'card.three_d_secure_failed',
  'card.three_d_secure_not_attempted',
  'card.three_d_secure_authenticated',
  'card.holder_name_missing',
  'card.holder_name_not_latin',
  'card.holder_name_placeholder',
  'card.prepaid',
  'card.virtual',
  'card.foreign_card_domestic_signup',
] as const

export type CardCode = (typeof CARD_CODES)[number]
