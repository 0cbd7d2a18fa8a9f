import { isSignupScreenError, SignupScreenError } from './base.js'

/** Thrown by `createScreener` for bad options: an unreadable model file, an unknown check, bad data. */
export class ScreenerConfigError extends SignupScreenError {
  override readonly code = 'invalid_config' as const
  override readonly name = 'ScreenerConfigError'
}

/** Type guard for {@link ScreenerConfigError}. */
export function isScreenerConfigError(value: unknown): value is ScreenerConfigError {
  // By code as well as class, so errors from the other build (ESM vs CJS) are recognised too.
  return value instanceof ScreenerConfigError || (isSignupScreenError(value) && value.code === 'invalid_config')
}
