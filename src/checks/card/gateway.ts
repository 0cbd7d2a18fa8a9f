/**
 * Gateway verification results (CVC, AVS, 3-D Secure) arrive as free strings: words from the
 * gateway's API (`pass`, `unavailable`, `authenticate_successful`) or the networks' one-letter
 * response codes. Each is mapped to a small literal union; anything unknown gives no signal but is
 * recorded in facts. Every entry of the tables below is covered by a test.
 */

/** CVC/CVV2 result. */
export type CvcResult = 'pass' | 'fail' | 'unavailable' | 'unknown'
/** AVS result: `partial` = one of street / postal code matched. */
export type AvsResult = 'match' | 'partial' | 'mismatch' | 'unavailable' | 'unknown'
/** 3-D Secure outcome. */
export type ThreeDSResult = 'authenticated' | 'attempted' | 'failed' | 'not_attempted' | 'pending' | 'unavailable' | 'unknown'

/**
 * Lower-cases, trims and joins words with `_` so `Not Checked`, `not-checked` and `NOT_CHECKED`
 * are one key. Single letters keep their case (they are network codes).
 */
export function gatewayKey(raw: string): string {
  const trimmed = raw.normalize('NFKC').trim()
  if (trimmed.length === 1) return trimmed.toUpperCase()
  return trimmed.toLowerCase().replace(/[\s-]+/g, '_')
}

/*
 * CVV2/CVC2 result codes (Visa / Mastercard authorization response, used by Braintree,
 * Authorize.Net, Cybersource): M match, N no match, P not processed, S merchant says the code is
 * not on the card, U issuer not certified. Y is used by some gateways for a match.
 */
const CVC: Readonly<Record<string, CvcResult>> = {
  M: 'pass', Y: 'pass', N: 'fail', P: 'unavailable', S: 'unavailable', U: 'unavailable', I: 'unavailable', A: 'unavailable', B: 'unavailable',
  pass: 'pass', passed: 'pass', match: 'pass', matched: 'pass', ok: 'pass', success: 'pass', valid: 'pass', yes: 'pass',
  fail: 'fail', failed: 'fail', failure: 'fail', mismatch: 'fail', no_match: 'fail', not_matched: 'fail', does_not_match: 'fail', incorrect: 'fail', invalid: 'fail', no: 'fail',
  unavailable: 'unavailable', unchecked: 'unavailable', not_checked: 'unavailable', not_provided: 'unavailable', not_processed: 'unavailable',
  not_supported: 'unavailable', not_applicable: 'unavailable', none: 'unavailable', error: 'unavailable', skipped: 'unavailable', unknown: 'unavailable',
}

/*
 * AVS codes (Visa / Mastercard, as listed by Braintree, Authorize.Net, Cybersource, Adyen):
 * Y/X/D/F/M full match; A street only, Z/W/P postal code only, B street only (international);
 * N neither; U/R/S/G/E/C/I unavailable, retry, unsupported, non-participating issuer, error.
 * Japanese issuers mostly do not support AVS, so `unavailable` is normal for JP cards.
 */
const AVS: Readonly<Record<string, AvsResult>> = {
  Y: 'match', X: 'match', D: 'match', F: 'match', M: 'match',
  A: 'partial', B: 'partial', Z: 'partial', W: 'partial', P: 'partial',
  N: 'mismatch',
  U: 'unavailable', R: 'unavailable', S: 'unavailable', G: 'unavailable', E: 'unavailable', C: 'unavailable', I: 'unavailable',
  pass: 'match', passed: 'match', match: 'match', matched: 'match', full_match: 'match', ok: 'match', success: 'match', yes: 'match',
  partial: 'partial', partial_match: 'partial', street_only: 'partial', address_only: 'partial', postal_code_only: 'partial', zip_only: 'partial', postcode_only: 'partial',
  fail: 'mismatch', failed: 'mismatch', mismatch: 'mismatch', no_match: 'mismatch', not_matched: 'mismatch', does_not_match: 'mismatch', no: 'mismatch',
  unavailable: 'unavailable', unchecked: 'unavailable', not_checked: 'unavailable', not_supported: 'unavailable', not_provided: 'unavailable',
  not_applicable: 'unavailable', none: 'unavailable', error: 'unavailable', retry: 'unavailable', skipped: 'unavailable', unknown: 'unavailable',
}

/*
 * EMV 3-D Secure transStatus (Y authenticated, A attempted, N not authenticated, R rejected,
 * U could not be performed, C/D challenge or decoupled pending, I informational) and the words of
 * Stripe (`authenticated`, `attempt_acknowledged`, `failed`, `not_supported`, `processing_error`,
 * `exempted`), Braintree (`authenticate_successful`, `authenticate_attempt_successful`,
 * `authenticate_failed`, `lookup_not_enrolled`, `authentication_unavailable`...) and the plain
 * words other gateways use (`verified`, `attempted`, `failed`, `unverified`, `error`).
 */
const THREE_DS: Readonly<Record<string, ThreeDSResult>> = {
  Y: 'authenticated', A: 'attempted', N: 'failed', R: 'failed', U: 'unavailable', C: 'pending', D: 'pending', I: 'unavailable',
  authenticated: 'authenticated', authenticate_successful: 'authenticated', authentication_successful: 'authenticated', verified: 'authenticated',
  success: 'authenticated', succeeded: 'authenticated', successful: 'authenticated', pass: 'authenticated', passed: 'authenticated', ok: 'authenticated',
  attempted: 'attempted', attempt_acknowledged: 'attempted', authenticate_attempt_successful: 'attempted', attempts: 'attempted',
  failed: 'failed', fail: 'failed', failure: 'failed', authenticate_failed: 'failed', authentication_failed: 'failed', not_authenticated: 'failed',
  rejected: 'failed', denied: 'failed', abandoned: 'failed', authenticate_rejected: 'failed', challenge_failed: 'failed',
  not_attempted: 'not_attempted', none: 'not_attempted', skipped: 'not_attempted', not_performed: 'not_attempted', bypassed: 'not_attempted',
  unverified: 'not_attempted', not_enrolled: 'not_attempted', lookup_not_enrolled: 'not_attempted', no: 'not_attempted',
  challenge_required: 'pending', pending: 'pending', processing: 'pending', decoupled: 'pending',
  unavailable: 'unavailable', authentication_unavailable: 'unavailable', not_supported: 'unavailable', processing_error: 'unavailable', error: 'unavailable',
  lookup_error: 'unavailable', authenticate_unable_to_authenticate: 'unavailable', unable_to_authenticate: 'unavailable', exempted: 'unavailable', unknown: 'unavailable',
}

function lookup<T extends string>(table: Readonly<Record<string, T>>, raw: string): T | 'unknown' {
  const key = gatewayKey(raw)
  return Object.hasOwn(table, key) ? table[key]! : 'unknown'
}

export const cvcResult = (raw: string): CvcResult => lookup(CVC, raw)
export const avsResult = (raw: string): AvsResult => lookup(AVS, raw)
export const threeDSResult = (raw: string): ThreeDSResult => lookup(THREE_DS, raw)

/** The tables, for tests and documentation. */
export const GATEWAY_TABLES = { cvc: CVC, avs: AVS, threeDSecure: THREE_DS } as const
