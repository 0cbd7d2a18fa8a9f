import { SignupScreenError } from '../errors/base.js'
import type { CollectProblems } from './collect.js'

/**
 * The history cannot be tuned on: no labelled, valid line (each line is counted in `problems`), or a
 * goal the history cannot serve (reviews per day without dates).
 */
export class TuneInputError extends SignupScreenError {
  override readonly name = 'TuneInputError'
  override readonly code = 'invalid_history' as const
  constructor(
    message: string,
    readonly problems: CollectProblems,
  ) {
    super(message)
  }
}

