/** Codes of the errors this library throws. Content problems are never errors: they are signals. */
export type SignupScreenErrorCode = 'invalid_signup' | 'invalid_config' | 'invalid_history'

/**
 * Base of every error the library throws: only for misuse and broken infrastructure (ky's errors).
 * The `code` is stable; the message is for humans and never holds private input such as card numbers.
 */
export abstract class SignupScreenError extends Error {
  abstract readonly code: SignupScreenErrorCode
}

const CODES: ReadonlySet<string> = new Set<SignupScreenErrorCode>(['invalid_signup', 'invalid_config', 'invalid_history'])

/**
 * Type guard for any error thrown by this library. Tests the `code`, not only the class: the ESM and
 * CJS builds each carry their own copy of the classes, and an application that loads both (one
 * dependency requires, another imports) must still recognise the errors (ky does the same).
 */
export function isSignupScreenError(value: unknown): value is SignupScreenError {
  return value instanceof SignupScreenError || (value instanceof Error && CODES.has((value as { code?: unknown }).code as string))
}
