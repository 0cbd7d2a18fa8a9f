import { ASN_ENTRIES, HOSTING_ORG_KEYWORDS, HOSTING_ORG_PREFIXES, type AsnClass } from './asn-classes.js'

/** How an ASN was classified (facts.classSource), strongest first. */
export type ClassSource = 'operator' | 'curated-asn' | 'curated-org' | 'org-keyword'

export interface AsnClassification {
  readonly class: AsnClass
  readonly provider: string | null
  readonly source: ClassSource
}

/** Operator additions to the curated list (`hostingAsns: [64500]`). */
export interface AsnOverrides {
  readonly hostingAsns?: readonly number[]
  readonly relayAsns?: readonly number[]
  readonly consumerAsns?: readonly number[]
  readonly mobileAsns?: readonly number[]
}

/** Builds the ASN → class map: curated entries, then operator entries (which win). */
export function buildAsnMap(overrides: AsnOverrides): Map<number, AsnClassification> {
  const map = new Map<number, AsnClassification>()
  for (const entry of ASN_ENTRIES) map.set(entry.asn, { class: entry.class, provider: entry.provider, source: 'curated-asn' })
  const add = (list: readonly number[] | undefined, cls: AsnClass): void => {
    for (const asn of list ?? []) map.set(asn, { class: cls, provider: null, source: 'operator' })
  }
  add(overrides.hostingAsns, 'hosting')
  add(overrides.relayAsns, 'relay')
  add(overrides.consumerAsns, 'consumer')
  add(overrides.mobileAsns, 'mobile')
  return map
}

/** Classifies an ASN by the curated list, then by its organization name. Null when nothing says. */
export function classifyAsn(map: ReadonlyMap<number, AsnClassification>, asn: number | null, org: string | null): AsnClassification | null {
  if (asn !== null) {
    const listed = map.get(asn)
    if (listed !== undefined) return listed
  }
  if (org === null || org === '') return null
  for (const { prefix, provider } of HOSTING_ORG_PREFIXES) {
    if (org.startsWith(prefix)) return { class: 'hosting', provider, source: 'curated-org' }
  }
  const lower = org.toLowerCase()
  for (const keyword of HOSTING_ORG_KEYWORDS) {
    if (lower.includes(keyword)) return { class: 'hosting', provider: null, source: 'org-keyword' }
  }
  return null
}
