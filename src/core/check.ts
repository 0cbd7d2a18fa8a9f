import type { ValidSignup } from './schema.js'
import type { CheckName, Facts, Finding, Locale, MessageTable, WeightSpec } from './types.js'

/**
 * What a check may know about the run besides its own input and data. Facts of the checks that ran
 * before it (see `CHECK_NAMES` for the order) allow cross-checks such as phone area vs address
 * prefecture; a check must treat a missing entry as "not available" (disabled or skipped).
 */
export interface CheckContext {
  /** Reference time: `submittedAt` when given, else the screener's clock. */
  readonly now: Date
  /** ISO 3166-1 alpha-2 country the service expects its customers in (default `JP`). */
  readonly serviceCountry: string
  readonly facts: { readonly [K in CheckName]?: Facts }
}

/** What a check returns for one signup. */
export interface CheckOutput<C extends string> {
  readonly findings: readonly Finding<C>[]
  readonly facts: Facts
}

/**
 * One check: a pure function from the validated input and its injected data to findings.
 * It never throws on content; garbage is what it exists to flag.
 *
 * @typeParam C - literal union of its signal codes
 * @typeParam D - its prepared reference data (built once per screener by `prepare`)
 * @typeParam O - its options (which may carry replacement reference data)
 */
export interface CheckDefinition<N extends CheckName, C extends string, D, O> {
  readonly name: N
  /** Every code the check can emit; the single source for types, models and locale parity. */
  readonly codes: readonly C[]
  /** Default weights with a one-line rationale each. */
  readonly weights: { readonly [K in C]: WeightSpec }
  readonly messages: { readonly [L in Locale]: MessageTable<C> }
  /**
   * Loads embedded data and binds options, once per screener. May be async (large data files).
   * Throws `ScreenerConfigError` for unusable options.
   */
  prepare(options: O): D | Promise<D>
  /** Short identifier of the data the check uses (source versions or a hash), for `versions.data`. */
  dataVersion(data: D): string
  /** Whether the input holds anything for this check; if not, the check is reported as skipped. */
  applies(input: ValidSignup): boolean
  run(input: ValidSignup, data: D, context: CheckContext): CheckOutput<C>
}

/** Any check definition, for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: the registry stores checks of every data and option type
export type AnyCheckDefinition = CheckDefinition<CheckName, string, any, any>

/** Helper that fixes a definition's type parameters from its literal (valibot-style factory). */
export function defineCheck<N extends CheckName, C extends string, D, O>(
  definition: CheckDefinition<N, C, D, O>,
): CheckDefinition<N, C, D, O> {
  return definition
}
