import { domainToASCII } from 'node:url'

/** Why an address is malformed (a literal union, reported in evidence). */
export type SyntaxFault =
  | 'empty'
  | 'no_at_sign'
  | 'several_at_signs'
  | 'empty_local_part'
  | 'local_part_too_long'
  | 'bad_local_part_character'
  | 'dot_misplaced'
  | 'empty_domain'
  | 'domain_too_long'
  | 'bad_domain'
  | 'no_top_level_domain'
  | 'numeric_top_level_domain'
  | 'whitespace'

export interface ParsedEmail {
  /** The address as normalized: NFKC (full-width ＠ and letters folded), trimmed, domain lower-cased. */
  readonly normalized: string
  readonly localPart: string
  /** ASCII (punycode) domain, lower-case; '' when absent. */
  readonly domain: string
  /** The domain as written (Unicode, lower-case), for look-alike checks of IDN domains. */
  readonly unicodeDomain: string
  /** The first syntax fault found, or null when the address is well formed. */
  readonly fault: SyntaxFault | null
  /** Dots that RFC 5322 forbids (leading, trailing, doubled) in the local part. */
  readonly dotFault: boolean
}

// RFC 5322 dot-atom text: letters, digits and !#$%&'*+/=?^_`{|}~- ; dots are checked separately.
const ATOM_CHAR = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/
// RFC 1035 / 5890 label: letters, digits, hyphen; not starting or ending with a hyphen.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** Splits and validates an address. Never throws. */
export function parseEmail(raw: string): ParsedEmail {
  const text = raw.normalize('NFKC').trim()
  const at = text.lastIndexOf('@')
  const localPart = at < 0 ? text : text.slice(0, at)
  const unicodeDomain = at < 0 ? '' : text.slice(at + 1).toLowerCase().replace(/\.$/, '')
  // IDN domains (例え.jp) are compared in their ASCII form; an invalid one yields '' (bad_domain).
  const domain = unicodeDomain !== '' && !/^[\x20-\x7e]*$/.test(unicodeDomain) ? domainToASCII(unicodeDomain) : unicodeDomain
  const normalized = at < 0 ? text : `${localPart}@${domain}`
  const dotFault = localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..')
  return { normalized, localPart, domain, unicodeDomain, fault: findFault(text, at, localPart, domain), dotFault }
}

function findFault(text: string, at: number, localPart: string, domain: string): SyntaxFault | null {
  if (text === '') return 'empty'
  if (/\s/.test(text)) return 'whitespace'
  if (at < 0) return 'no_at_sign'
  if (localPart.includes('@')) return 'several_at_signs'
  if (localPart === '') return 'empty_local_part'
  // RFC 5321 section 4.5.3.1.1: 64 octets.
  if (localPart.length > 64) return 'local_part_too_long'
  if (!ATOM_CHAR.test(localPart)) return 'bad_local_part_character'
  if (domain === '') return text.endsWith('@') ? 'empty_domain' : 'bad_domain'
  // RFC 1035: 253 characters in text form.
  if (domain.length > 253) return 'domain_too_long'
  const labels = domain.split('.')
  if (labels.length < 2) return 'no_top_level_domain'
  if (!labels.every((label) => LABEL.test(label))) return 'bad_domain'
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return 'numeric_top_level_domain'
  if (localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..')) return 'dot_misplaced'
  return null
}
