/**
 * Core vocabulary shared by the screener and every check.
 *
 * A finding is data, not prose (zod's issue model): a check emits {@link Finding}s with a stable
 * code, the input paths it concerns and its evidence; the screener turns them into {@link Signal}s by
 * adding the model's weight and a message rendered late in the caller's locale.
 */

/** The checks, in the order they run. Later checks may read the facts of earlier ones (cross-checks). */
export const CHECK_NAMES = ['email', 'phone', 'name', 'address', 'network', 'card'] as const
/** Name of a check; also the prefix of each of its signal codes (`email.disposable_domain`). */
export type CheckName = (typeof CHECK_NAMES)[number]

/** Message locales. Every signal code has a message in each (see the locale parity test). */
export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Recommended handling. The library never decides: the host keeps the final human review. */
export const BANDS = ['low', 'review', 'high'] as const
export type Band = (typeof BANDS)[number]

/**
 * - `ok`: ran, found nothing that raises the score;
 * - `flagged`: ran and emitted at least one signal with a positive weight;
 * - `skipped`: disabled, or none of its input fields were present;
 * - `error`: an internal fault in the check (a bug); the other checks still ran.
 */
export type CheckStatus = 'ok' | 'flagged' | 'skipped' | 'error'

/** JSON-safe value carried in evidence and facts, so results serialize losslessly. */
export type EvidenceValue =
  | string
  | number
  | boolean
  | null
  | readonly EvidenceValue[]
  | { readonly [key: string]: EvidenceValue }

/** What a signal observed and what it was compared with (masked where private). */
export type Evidence = { readonly [key: string]: EvidenceValue }

/** What a check established, useful to a reviewer even when nothing is flagged. */
export type Facts = { readonly [key: string]: EvidenceValue }

/** A check's raw finding, before the model weighs it and a locale renders it. */
export interface Finding<C extends string = string> {
  readonly code: C
  /** Input paths the finding concerns (`email`, `name.familyKana`), so a UI can mark the field. */
  readonly fields: readonly string[]
  readonly evidence: Evidence
}

/** A weighed, explained finding as it appears in a result. */
export interface Signal<C extends string = string> {
  readonly check: CheckName
  readonly code: C
  /** Contribution in natural-log odds: +0.7 roughly doubles the odds. Negative = evidence of legitimacy. */
  readonly weight: number
  readonly fields: readonly string[]
  readonly evidence: Evidence
  readonly message: string
}

/** Renders one code's message from its evidence. */
export type MessageRenderer = (evidence: Evidence) => string
export type MessageTable<C extends string> = { readonly [K in C]: MessageRenderer }

/** A default weight and the one-line reason for it. */
export interface WeightSpec {
  readonly weight: number
  readonly rationale: string
}

export interface CheckResult {
  readonly status: CheckStatus
  readonly facts: Facts
}

export interface ScreenVersions {
  readonly library: string
  readonly data: string
  readonly model: string
}

/** The result of screening one signup. */
export interface ScreenResult<C extends string = string> {
  readonly id?: string
  /** 0..100, `round(100 * sigmoid(bias + sum of weights))`. */
  readonly score: number
  readonly band: Band
  /** Sorted by weight, highest first. */
  readonly signals: readonly Signal<C>[]
  readonly checks: { readonly [K in CheckName]: CheckResult }
  readonly versions: ScreenVersions
}
