import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defineCheck } from '../../core/check.js'
import { dataDir, readDataJson } from '../../core/data-files.js'
import { finding } from '../../core/finding.js'
import type { Finding } from '../../core/types.js'
import { EMAIL_CODES, type EmailCode } from './codes.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { parseEmail } from './parse.js'
import {
  JP_PROVIDER_DOMAINS,
  MAJOR_FREE_DOMAINS,
  PLACEHOLDER_LOCAL_PARTS,
  RESERVED_DOMAINS,
  RESERVED_TLDS,
  ROLE_LOCAL_PARTS,
  type JpProviderKind,
} from './providers.js'
import { randomnessReasons } from './randomness.js'
import { latinSkeleton, suggestDomain } from './typo.js'
import { EMAIL_WEIGHTS } from './weights.js'

export { EMAIL_CODES, type EmailCode } from './codes.js'

/** Class of a mail domain, reported in facts. */
export type DomainClass = 'allowlisted' | 'reserved' | 'disposable' | 'carrier' | 'isp' | 'free' | 'other' | 'none'

/** Which list put a domain in its class (facts.list). */
export type DomainList =
  | 'allowlist'
  | 'reserved'
  | 'disposable-email-domains'
  | 'mailchecker'
  | 'disposable-email-domains+mailchecker'
  | 'custom-disposable'
  | 'curated-jp-providers'
  | 'curated-major-free'
  | 'free-email-domains'
  | 'custom-free'

/** Options of the email check. Lists given here are merged with (or replace) the embedded ones. */
export interface EmailOptions {
  /** Domains that are never flagged by their class (your own company, partners). Overrides every list. */
  readonly allowlist?: Iterable<string>
  /** Extra disposable domains (merged with the embedded lists). */
  readonly disposableDomains?: Iterable<string>
  /** Extra free-mail domains (merged with the embedded list). */
  readonly freeDomains?: Iterable<string>
  /** Replace the embedded lists instead of merging into them. Default false. */
  readonly replaceEmbeddedLists?: boolean
}

export interface EmailData {
  readonly allowlist: ReadonlySet<string>
  /** Domain → source bits (1 disposable-email-domains, 2 mailchecker, 4 custom). */
  readonly disposable: ReadonlyMap<string, number>
  /** Domain → 1 free-email-domains, 2 curated major, 4 custom. */
  readonly free: ReadonlyMap<string, number>
  readonly jpProviders: ReadonlyMap<string, { readonly kind: JpProviderKind; readonly subdomains: boolean }>
  readonly typoTargets: readonly string[]
  readonly version: string
}

interface SourcesFile {
  readonly generatedAt: string
  readonly sources: readonly { readonly package: string; readonly version: string }[]
}

const RESERVED = new Set(RESERVED_DOMAINS)
const RESERVED_TLD = new Set(RESERVED_TLDS)
const ROLES = new Set(ROLE_LOCAL_PARTS)
const PLACEHOLDERS = new Set(PLACEHOLDER_LOCAL_PARTS)
/** Providers known to ignore dots in the mailbox name (for the canonical form). */
const DOTLESS = new Set(['gmail.com', 'googlemail.com'])

const lower = (domain: string): string => domain.trim().toLowerCase().replace(/\.$/, '')

async function loadPrepared(options: EmailOptions): Promise<EmailData> {
  const dir = join(dataDir(), 'email')
  const disposable = new Map<string, number>()
  const free = new Map<string, number>()
  let version = 'custom'
  if (!options.replaceEmbeddedLists) {
    const [tsv, txt, sources] = await Promise.all([
      readFile(join(dir, 'disposable.tsv'), 'utf8'),
      readFile(join(dir, 'free.txt'), 'utf8'),
      readDataJson<SourcesFile>('email', 'sources.json'),
    ])
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) disposable.set(line.slice(0, tab), Number(line.slice(tab + 1)))
    }
    for (const domain of txt.split('\n')) if (domain !== '') free.set(domain, 1)
    version = `${sources.generatedAt}(${sources.sources.map((s) => `${s.package}@${s.version}`).join(',')})`
  }
  for (const domain of MAJOR_FREE_DOMAINS) free.set(domain, (free.get(domain) ?? 0) | 2)
  for (const domain of options.disposableDomains ?? []) disposable.set(lower(domain), (disposable.get(lower(domain)) ?? 0) | 4)
  for (const domain of options.freeDomains ?? []) free.set(lower(domain), (free.get(lower(domain)) ?? 0) | 4)
  const jpProviders = new Map(JP_PROVIDER_DOMAINS.map((p) => [p.domain, { kind: p.kind, subdomains: p.subdomains }]))
  return {
    allowlist: new Set([...(options.allowlist ?? [])].map(lower)),
    disposable,
    free,
    jpProviders,
    typoTargets: [...MAJOR_FREE_DOMAINS, ...JP_PROVIDER_DOMAINS.map((p) => p.domain)],
    version,
  }
}

function disposableList(bits: number): DomainList {
  if (bits & 4) return 'custom-disposable'
  if ((bits & 3) === 3) return 'disposable-email-domains+mailchecker'
  return bits & 2 ? 'mailchecker' : 'disposable-email-domains'
}

/** The domain itself and each parent down to two labels: a.b.example.jp, b.example.jp, example.jp. */
function suffixes(domain: string): string[] {
  const out = [domain]
  let dot = domain.indexOf('.')
  while (dot >= 0) {
    const rest = domain.slice(dot + 1)
    if (!rest.includes('.')) break
    out.push(rest)
    dot = domain.indexOf('.', dot + 1)
  }
  return out
}

interface Classified {
  readonly domainClass: DomainClass
  readonly list: DomainList | null
  /** The listed domain that matched (a parent of the address's domain for subdomains). */
  readonly matched: string | null
}

function classify(domain: string, data: EmailData): Classified {
  const parents = suffixes(domain)
  for (const d of parents) if (data.allowlist.has(d)) return { domainClass: 'allowlisted', list: 'allowlist', matched: d }
  const tld = domain.slice(domain.lastIndexOf('.') + 1)
  if (RESERVED.has(domain) || RESERVED_TLD.has(tld)) return { domainClass: 'reserved', list: 'reserved', matched: domain }
  for (const d of parents) {
    const provider = data.jpProviders.get(d)
    if (provider && (d === domain || provider.subdomains)) return { domainClass: provider.kind, list: 'curated-jp-providers', matched: d }
  }
  // Subdomains of a disposable domain are disposable too (wildcard services hand them out).
  for (const d of parents) {
    const bits = data.disposable.get(d)
    if (bits !== undefined) return { domainClass: 'disposable', list: disposableList(bits), matched: d }
  }
  const freeBits = data.free.get(domain)
  if (freeBits !== undefined) {
    const list: DomainList = freeBits & 4 ? 'custom-free' : freeBits & 2 ? 'curated-major-free' : 'free-email-domains'
    return { domainClass: 'free', list, matched: domain }
  }
  return { domainClass: 'other', list: null, matched: null }
}

/** The mailbox without its +tag (`taro+shop` → `taro`). */
export function withoutTag(mailbox: string): string {
  const plus = mailbox.indexOf('+')
  return plus < 0 ? mailbox : mailbox.slice(0, plus)
}

/** Canonical mailbox for linking accounts: lower-case, +tag removed, Gmail dots removed. */
function canonicalOf(localPart: string, domain: string): string {
  let local = withoutTag(localPart.toLowerCase())
  if (DOTLESS.has(domain)) local = local.replace(/\./g, '')
  return `${local}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`
}

/** The email check: syntax, domain class (disposable, free, JP carrier/ISP), typos, mailbox patterns. */
export const emailCheck = defineCheck({
  name: 'email',
  codes: EMAIL_CODES,
  weights: EMAIL_WEIGHTS,
  messages: { ja, en },
  prepare: (options: EmailOptions) => loadPrepared(options),
  dataVersion: (data: EmailData) => data.version,
  applies: (input) => input.email !== undefined,
  run(input, data) {
    const findings: Finding<EmailCode>[] = []
    const fields = ['email']
    const parsed = parseEmail(input.email ?? '')
    const { domain, localPart } = parsed
    const { domainClass, list, matched } = domain === '' ? { domainClass: 'none' as const, list: null, matched: null } : classify(domain, data)
    // Japanese carriers long allowed dots that RFC 5322 forbids (taro..yamada.@docomo.ne.jp); those
    // addresses are still in use and deliverable, so the dot rule is waived for carrier domains.
    const fault = parsed.fault === 'dot_misplaced' && domainClass === 'carrier' ? null : parsed.fault
    if (fault !== null) findings.push(finding('email.invalid_syntax', fields, { reason: fault, value: parsed.normalized }))

    if (domainClass === 'disposable') findings.push(finding('email.disposable_domain', fields, { domain, list, matched }))
    else if (domainClass === 'reserved') findings.push(finding('email.reserved_domain', fields, { domain }))
    else if (domainClass === 'free') findings.push(finding('email.free_mail', fields, { domain, list }))
    else if (domainClass === 'carrier' || domainClass === 'isp') {
      findings.push(finding('email.domestic_isp_mail', fields, { domain, kind: domainClass, matched }))
    }
    // Look-alike domains of major providers (gmial.com) are often on the disposable lists too; the
    // suggestion is reported either way because it tells the reviewer what the applicant mimicked.
    if ((domainClass === 'other' || domainClass === 'disposable') && fault === null) {
      // An IDN spelled with look-alike letters (gmаil.com, Cyrillic а) is compared by its Latin
      // skeleton: as punycode (xn--gmil-63d.com) it is far from every target.
      const skeleton = latinSkeleton(parsed.unicodeDomain)
      const lookalike = skeleton !== null && data.typoTargets.includes(skeleton) ? skeleton : null
      const suggestion = lookalike ?? suggestDomain(skeleton ?? domain, data.typoTargets)
      if (suggestion !== null) {
        findings.push(finding('email.domain_typo', fields, { domain: parsed.unicodeDomain, suggestion, lookalike: skeleton !== null }))
      }
    }

    const mailbox = localPart.toLowerCase()
    const base = withoutTag(mailbox)
    const allowlisted = domainClass === 'allowlisted'
    if (localPart !== '' && !allowlisted) {
      if (PLACEHOLDERS.has(base)) findings.push(finding('email.placeholder_local_part', fields, { localPart: base }))
      else if (ROLES.has(base)) findings.push(finding('email.role_account', fields, { localPart: base }))
      else {
        const reasons = randomnessReasons(base)
        if (reasons.length > 0) findings.push(finding('email.random_local_part', fields, { localPart: base, reasons }))
      }
      const plus = mailbox.indexOf('+')
      if (plus > 0 && plus < mailbox.length - 1) findings.push(finding('email.subaddress', fields, { tag: mailbox.slice(plus + 1) }))
    }

    return {
      findings,
      facts: {
        normalized: parsed.normalized,
        localPart,
        domain,
        domainClass,
        list,
        matchedDomain: matched,
        canonical: domain === '' || fault !== null ? null : canonicalOf(localPart, domain),
        valid: fault === null,
      },
    }
  },
})
