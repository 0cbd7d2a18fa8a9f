import { CHECKS, type SignalCode } from '../checks/registry.js'
import type { AnyCheckDefinition } from './check.js'
import type { Evidence, Locale, MessageRenderer } from './types.js'

/** Every registered signal code, in registry order. */
export const SIGNAL_CODES: readonly SignalCode[] = (Object.values(CHECKS) as AnyCheckDefinition[]).flatMap(
  (definition) => definition.codes as readonly SignalCode[],
)

/**
 * Renders a signal's message in any locale, e.g. for a review UI that shows Japanese to the reviewer
 * and English to an auditor from the same stored result. Returns undefined for an unknown code.
 */
export function renderMessage(code: string, evidence: Evidence, locale: Locale): string | undefined {
  const check = code.slice(0, code.indexOf('.'))
  const definition = (CHECKS as Record<string, AnyCheckDefinition>)[check]
  const renderer = definition?.messages[locale][code] as MessageRenderer | undefined
  return renderer?.(evidence)
}
