import type { MessageTable } from '../../../core/types.js'
import type { PhoneCode } from '../codes.js'

/** English messages of the phone check. */
export const en: MessageTable<PhoneCode> = {
  'phone.unparseable': (e) => `The phone field holds no phone number (input: ${String(e.value)})`,
  'phone.invalid_length': (e) => `The phone number has a wrong number of digits (${String(e.value)}, ${e.reason === 'TOO_SHORT' ? 'too short' : e.reason === 'TOO_LONG' ? 'too long' : 'invalid length'})`,
  'phone.unassigned_number': (e) => `The phone number is in no allocated number range (${String(e.value)})`,
  'phone.placeholder_number': (e) => `Textbook or placeholder phone number (${String(e.value)}, ${patternEn(e.pattern)})`,
  'phone.patterned_number': (e) => `Phone number with a patterned subscriber part (${String(e.value)}, ${patternEn(e.pattern)})`,
  'phone.foreign_number': (e) => `Phone number outside the service country ${String(e.serviceCountry)} (${String(e.country ?? `+${String(e.callingCode)}`)}, ${String(e.value)})`,
  'phone.voip': (e) => `VoIP number (050 in Japan) (${String(e.value)})`,
  'phone.pager_m2m': (e) => `M2M/data-only or pager number (020 in Japan) (${String(e.value)})`,
  'phone.premium_rate': (e) => `Premium-rate number (0990 in Japan) (${String(e.value)})`,
  'phone.toll_free': (e) => `Toll-free business number given by a person (${String(e.value)})`,
  'phone.uan': (e) => `Universal access (Navi Dial 0570) business number given by a person (${String(e.value)})`,
  'phone.uncommon_type': (e) => `Unusual kind of number for a contact (${String(e.type)}, ${String(e.value)})`,
}

function patternEn(pattern: unknown): string {
  switch (pattern) {
    case 'listed':
      return 'known dummy number'
    case 'same_digit':
      return 'one repeated digit'
    case 'sequential':
      return 'sequential digits'
    case 'fictional_range':
      return 'range reserved for fiction'
    case 'few_digits':
      return 'only one or two distinct digits'
    case 'repeated_block':
      return 'the same four digits twice'
    case 'sequential_tail':
      return 'ends in a sequential run'
    default:
      return String(pattern)
  }
}
