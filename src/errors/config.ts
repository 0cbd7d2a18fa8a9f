import { SignupScreenError } from './base.js'

/** Thrown by `createScreener` for bad options: an unreadable model file, an unknown check, bad data. */
export class ScreenerConfigError extends SignupScreenError {
  override readonly code = 'invalid_config' as const
  override readonly name = 'ScreenerConfigError'
}

/** Type guard for {@link ScreenerConfigError}. */
export function isScreenerConfigError(value: unknown): value is ScreenerConfigError {
  return value instanceof ScreenerConfigError
}
