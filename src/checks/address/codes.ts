/** Signal codes of the address check. Stable: renaming one is a breaking change. */
export const ADDRESS_CODES = [
  'address.postal_code_malformed',
  'address.postal_code_unassigned',
  'address.postal_code_prefecture_mismatch',
  'address.postal_code_city_mismatch',
  'address.postal_code_town_mismatch',
  'address.unknown_prefecture',
  'address.city_not_in_prefecture',
  'address.unknown_city',
  'address.town_not_in_city',
  'address.unknown_town',
  'address.street_number_missing',
  'address.street_number_malformed',
  'address.city_only',
  'address.po_box',
  'address.same_text_in_fields',
  'address.foreign_address',
  'address.unrecognized_address',
  'address.phone_area_mismatch',
  'address.phone_area_consistent',
] as const

export type AddressCode = (typeof ADDRESS_CODES)[number]
