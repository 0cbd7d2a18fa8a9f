import type { Evidence, Finding } from './types.js'

/**
 * The one place a finding is made (valibot's `_addIssue`), so every finding has the same shape.
 * Checks call this; the screener later adds check name, weight and message.
 */
export function finding<C extends string>(code: C, fields: readonly string[], evidence: Evidence = {}): Finding<C> {
  return { code, fields, evidence }
}
