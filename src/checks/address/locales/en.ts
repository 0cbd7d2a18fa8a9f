import type { EvidenceValue, MessageTable } from '../../../core/types.js'
import type { AddressCode } from '../codes.js'

const list = (value: EvidenceValue | undefined): string => (Array.isArray(value) ? value.map(String).join(', ') : String(value))

/** English messages of the address check. */
export const en: MessageTable<AddressCode> = {
  'address.postal_code_malformed': (e) => `The postal code is malformed (${String(e.postalCode)})`,
  'address.postal_code_unassigned': (e) => `The postal code does not exist (${String(e.postalCode)})`,
  'address.postal_code_prefecture_mismatch': (e) =>
    `Postal code and prefecture disagree (${String(e.postalCode)} is in ${list(e.postalPrefectures)}; the address says ${String(e.writtenPrefecture)})`,
  'address.postal_code_city_mismatch': (e) =>
    `Postal code and municipality disagree (${String(e.postalCode)} is in ${list(e.postalCities)}; the address says ${String(e.writtenCity)})`,
  'address.postal_code_town_mismatch': (e) =>
    `Postal code and town disagree (${String(e.postalCode)} is for ${list(e.postalTowns)}; the address says ${String(e.writtenTown)})`,
  'address.unknown_prefecture': (e) => `Not a Japanese prefecture (${String(e.prefecture)})`,
  'address.city_not_in_prefecture': (e) =>
    `The municipality is not in the stated prefecture (${String(e.city)} is in ${list(e.foundIn)}, not ${String(e.prefecture)})`,
  'address.unknown_city': (e) => `No such municipality in ${String(e.prefecture)} (${String(e.city)})`,
  'address.town_not_in_city': (e) => `The town is not in the stated municipality (${String(e.town)} exists in ${list(e.foundIn)}, not in ${String(e.city)})`,
  'address.unknown_town': (e) => `No such town in ${String(e.city)} (${String(e.town)})`,
  'address.street_number_missing': (e) => `No street number (after the town: ${String(e.afterTown) || '(nothing)'})`,
  'address.street_number_malformed': (e) => `The street number looks wrong (${String(e.streetNumber)}, ${String(e.problem)})`,
  'address.city_only': (e) => `The address stops at the prefecture or municipality (${String(e.address)})`,
  'address.po_box': (e) => `Post-office box or hold-at-post-office address (${String(e.marker)})`,
  'address.same_text_in_fields': (e) => `The same text is in several address fields (${list(e.fields)}: ${String(e.value)})`,
  'address.foreign_address': (e) => `Address outside the service country ${String(e.serviceCountry)} (${String(e.country)})`,
  'address.unrecognized_address': (e) => `Not recognizable as an address: no prefecture, municipality or valid postal code (${String(e.address)})`,
  'address.phone_area_mismatch': (e) =>
    `Fixed-line area and address prefecture differ (phone: ${String(e.phoneArea)} in ${list(e.phonePrefectures)}; address: ${String(e.addressPrefecture)})`,
  'address.phone_area_consistent': (e) => `Fixed-line area matches the address prefecture (${String(e.phoneArea)}, ${String(e.addressPrefecture)})`,
}
