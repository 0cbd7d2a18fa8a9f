import { isSignupScreenError, SignupScreenError } from './base.js'

/** One problem with the shape of an input, located by its path (`card.expMonth`, `headers.accept`). */
export interface InputIssue {
  readonly path: string
  /** zod's issue code (`invalid_type`, `too_big`, ...). */
  readonly code: string
  readonly message: string
}

/**
 * Thrown (or returned by `safeScreen`) when an input has wrong types or oversized values.
 * Its message lists the fields; it never echoes input values, so no card number can leak through it.
 */
export class InvalidSignupError extends SignupScreenError {
  override readonly code = 'invalid_signup' as const
  override readonly name = 'InvalidSignupError'
  readonly issues: readonly InputIssue[]

  constructor(issues: readonly InputIssue[]) {
    const paths = [...new Set(issues.map((issue) => issue.path || '(root)'))]
    super(`Invalid signup input: ${paths.join(', ')}`)
    this.issues = issues
  }
}

/** Type guard for {@link InvalidSignupError}. */
export function isInvalidSignupError(value: unknown): value is InvalidSignupError {
  // By code as well as class, so errors from the other build (ESM vs CJS) are recognised too.
  return value instanceof InvalidSignupError || (isSignupScreenError(value) && value.code === 'invalid_signup')
}
