/** Signal codes of the phone check. Stable: renaming one is a breaking change. */
export const PHONE_CODES = [
  'phone.unparseable',
  'phone.invalid_length',
  'phone.unassigned_number',
  'phone.placeholder_number',
  'phone.patterned_number',
  'phone.foreign_number',
  'phone.voip',
  'phone.pager_m2m',
  'phone.premium_rate',
  'phone.toll_free',
  'phone.uan',
  'phone.uncommon_type',
] as const

export type PhoneCode = (typeof PHONE_CODES)[number]
