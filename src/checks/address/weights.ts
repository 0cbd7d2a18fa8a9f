import type { WeightSpec } from '../../core/types.js'
import type { AddressCode } from './codes.js'

/** Default weights (natural-log odds). >= 1.0: worth a human look on its own; < 1.0: a hint. */
export const ADDRESS_WEIGHTS: { readonly [K in AddressCode]: WeightSpec } = {
  'address.postal_code_malformed': { weight: 1.2, rationale: 'A Japanese postal code is 7 digits; anything else was mistyped or made up, and autofill forms make typos rare.' },
  'address.postal_code_unassigned': { weight: 2.0, rationale: 'Well-formed but assigned to nothing in KEN_ALL or the business-code table: an invented number.' },
  'address.postal_code_prefecture_mismatch': { weight: 2.0, rationale: 'Postal code and written prefecture disagree: typical of addresses stitched together from two sources.' },
  'address.postal_code_city_mismatch': { weight: 1.5, rationale: 'Postal code belongs to another municipality of the same prefecture; real customers copy both from one place.' },
  'address.postal_code_town_mismatch': { weight: 0.6, rationale: 'Same municipality, another town: often a neighbouring code or the catch-all code, so only a hint.' },
  'address.unknown_prefecture': { weight: 2.0, rationale: 'The prefecture field names no prefecture.' },
  'address.city_not_in_prefecture': { weight: 1.8, rationale: 'A real municipality under the wrong prefecture: not a spelling variant, an address that does not exist.' },
  'address.unknown_city': { weight: 1.5, rationale: 'No municipality of that name (current or former) exists in the prefecture.' },
  'address.town_not_in_city': { weight: 1.3, rationale: 'A real town name under a municipality that has no such town: a classic fabricated address.' },
  'address.unknown_town': { weight: 1.0, rationale: 'The town matches no KEN_ALL town anywhere, in a municipality whose towns are listed.' },
  'address.street_number_missing': { weight: 1.0, rationale: 'No 番地 at all: the address cannot be delivered to and identifies no one.' },
  'address.street_number_malformed': { weight: 1.2, rationale: 'The street number cannot be one (0, a leading zero, six digits, letters only): typed garbage or a phone number.' },
  'address.city_only': { weight: 1.2, rationale: 'Only a prefecture and municipality: nothing that locates a person.' },
  'address.po_box': { weight: 0.8, rationale: 'A post-office box or 局留め hides where the customer is; legitimate but a common abuse pattern.' },
  'address.same_text_in_fields': { weight: 1.0, rationale: 'The same text pasted into several address fields is typical of scripted or careless fake signups.' },
  'address.foreign_address': { weight: 1.0, rationale: 'The service requires an address in its country; a foreign one needs a human decision.' },
  'address.unrecognized_address': { weight: 1.5, rationale: 'Neither a prefecture, a municipality nor a valid postal code could be found: not an address.' },
  'address.phone_area_mismatch': { weight: 0.7, rationale: 'A fixed-line area code from another prefecture than the address: plausible (office elsewhere) but worth a look with other signals.' },
  'address.phone_area_consistent': { weight: -0.3, rationale: 'A fixed line whose area matches the address prefecture is costly to fake and typical of real households and offices.' },
}
