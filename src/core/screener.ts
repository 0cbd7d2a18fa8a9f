import { CHECKS, type CheckOptionsMap, type SignalCode } from '../checks/registry.js'
import { InvalidSignupError, type InputIssue } from '../errors/invalid-signup.js'
import { ScreenerConfigError } from '../errors/config.js'
import { LIBRARY_VERSION } from '../version.js'
import type { AnyCheckDefinition, CheckContext } from './check.js'
import { bandFor, buildDefaultModel, resolveModel, scoreFromLogit, type ScoringModel } from './model.js'
import { maskPanRuns, maskStrayPans } from './privacy.js'
import { fastValidate } from './fast-validate.js'
import { instantOf, SignupInputSchema, type ValidSignup } from './schema.js'
import {
  CHECK_NAMES,
  LOCALES,
  type CheckName,
  type CheckResult,
  type Facts,
  type Locale,
  type ScreenResult,
  type Signal,
  type WeightSpec,
} from './types.js'

/** Options of {@link createScreener}. Every option is optional. */
export interface ScreenerOptions {
  /** Locale of signal messages. Default `ja`. */
  readonly locale?: Locale
  /** A scoring model object, or the path of a model JSON file (as written by `signup-screen tune`). */
  readonly model?: ScoringModel | string
  /**
   * Per check: `false` disables it; `true` or an options object enables it. Options may replace a
   * check's reference data (e.g. `email: { allowlist: ['example.co.jp'] }`).
   */
  readonly checks?: { readonly [K in keyof CheckOptionsMap]?: boolean | CheckOptionsMap[K] }
  /** Country the service expects its customers in (ISO 3166-1 alpha-2). Default `JP`. */
  readonly serviceCountry?: string
  /** Clock used when an input has no `submittedAt` (inject for reproducible runs). Default `Date.now`. */
  readonly now?: () => Date
}

export type SafeScreenResult<C extends string = SignalCode> =
  | { readonly success: true; readonly result: ScreenResult<C> }
  | { readonly success: false; readonly error: InvalidSignupError }

/** One item of {@link Screener.screenMany}: the input's position and its result or error. */
export type BatchItem<C extends string = SignalCode> = SafeScreenResult<C> & { readonly index: number }

/** A screener bound to its options and data. Create with {@link createScreener}; reuse it. */
export interface Screener {
  readonly locale: Locale
  readonly model: ScoringModel
  readonly versions: ScreenResult['versions']
  /** Checks that are enabled, in run order. */
  readonly enabledChecks: readonly CheckName[]
  /** Screens one signup. Rejects with `InvalidSignupError` for wrong types or oversized values. */
  screen(input: unknown): Promise<ScreenResult<SignalCode>>
  /** Like `screen`, but returns `{ success: false, error }` instead of rejecting. */
  safeScreen(input: unknown): Promise<SafeScreenResult>
  /** Synchronous `safeScreen`, for hot loops and worker threads. */
  screenSync(input: unknown): SafeScreenResult
  /** Screens a batch in input order. Invalid items are yielded as errors, never dropped. */
  screenMany(inputs: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<BatchItem>
}

interface BoundCheck {
  readonly definition: AnyCheckDefinition
  readonly data: unknown
}

/** Position of each check in run order: the tie-break of the signal sort. */
const CHECK_RANK = Object.fromEntries(CHECK_NAMES.map((name, index) => [name, index])) as Readonly<Record<CheckName, number>>

/** Highest weight first; ties keep check order, then code, so output is deterministic. */
function bySignalOrder(a: Signal<SignalCode>, b: Signal<SignalCode>): number {
  return b.weight - a.weight || CHECK_RANK[a.check] - CHECK_RANK[b.check] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
}

/** A skipped check's result. Identical for every input, so made once per screener and frozen (results are read-only). */
function skipped(reason: 'disabled' | 'not_available' | 'no_input'): CheckResult {
  return Object.freeze({ status: 'skipped', facts: Object.freeze({ reason }) })
}

/** Every default weight of every registered check, keyed by code. */
export function defaultWeightSpecs(): Map<string, WeightSpec> {
  const specs = new Map<string, WeightSpec>()
  for (const definition of Object.values(CHECKS) as AnyCheckDefinition[]) {
    for (const code of definition.codes) specs.set(code, definition.weights[code] as WeightSpec)
  }
  return specs
}

/** The default scoring model (weights with rationale, bias, thresholds). */
export function defaultModel(): ScoringModel {
  return buildDefaultModel(LIBRARY_VERSION, defaultWeightSpecs())
}

/**
 * Creates a screener: validates options, loads the embedded reference data once, and binds it.
 * Screeners hold no shared state, so several with different options coexist in one process.
 */
export async function createScreener(options: ScreenerOptions = {}): Promise<Screener> {
  const locale = options.locale ?? 'ja'
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new ScreenerConfigError(`Unknown locale ${String(locale)}; expected one of ${LOCALES.join(', ')}`)
  }
  const checkOptions = (options.checks ?? {}) as Record<string, unknown>
  for (const name of Object.keys(checkOptions)) {
    if (!(CHECK_NAMES as readonly string[]).includes(name)) {
      throw new ScreenerConfigError(`Unknown check ${name}; expected one of ${CHECK_NAMES.join(', ')}`)
    }
  }
  const registry = CHECKS as Partial<Record<CheckName, AnyCheckDefinition>>
  const bound = new Map<CheckName, BoundCheck>()
  for (const name of CHECK_NAMES) {
    const definition = registry[name]
    const setting = checkOptions[name]
    if (definition === undefined || setting === false) continue
    const own = typeof setting === 'object' && setting !== null ? setting : {}
    bound.set(name, { definition, data: await definition.prepare(own) })
  }

  const defaults = defaultModel()
  const model = await resolveModel(options.model, defaults, new Set(Object.keys(defaults.weights)))
  const serviceCountry = (options.serviceCountry ?? 'JP').toUpperCase()
  const clock = options.now ?? (() => new Date())
  const versions = {
    library: LIBRARY_VERSION,
    data: [...bound].map(([name, { definition, data }]) => `${name}@${definition.dataVersion(data)}`).join(' '),
    model: model.version,
  }

  // The run plan, resolved once: each check in order with its binding or its fixed skipped result.
  const noInput = skipped('no_input')
  const plan = CHECK_NAMES.map((name) => {
    const check = bound.get(name)
    return check === undefined
      ? { name, check, skippedResult: skipped(registry[name] ? 'disabled' : 'not_available') }
      : { name, check, skippedResult: noInput }
  })

  const screenValid = (input: ValidSignup): ScreenResult<SignalCode> => {
    const now = input.submittedAt === undefined ? clock() : new Date(instantOf(input.submittedAt))
    const facts: { [K in CheckName]?: Facts } = {}
    const context: CheckContext = { now, serviceCountry, facts }
    const signals: Signal<SignalCode>[] = []
    const checks = {} as Record<CheckName, CheckResult>
    let logit = model.bias
    for (const { name, check, skippedResult } of plan) {
      if (check === undefined) {
        checks[name] = skippedResult
        continue
      }
      const { definition, data } = check
      if (!definition.applies(input)) {
        checks[name] = skippedResult
        continue
      }
      let output
      try {
        output = definition.run(input, data, context)
      } catch (error) {
        // A check must never throw on content; if one does, it is a bug. The other checks still
        // count, and the error name (never its message, which might quote input) is reported.
        checks[name] = { status: 'error', facts: { error: error instanceof Error ? error.name : 'unknown' } }
        continue
      }
      let flagged = false
      const messages = definition.messages[locale]
      for (const found of output.findings) {
        const weight = model.weights[found.code] ?? 0
        logit += weight
        if (weight > 0) flagged = true
        signals.push({
          check: name,
          code: found.code as SignalCode,
          weight,
          fields: found.fields,
          evidence: found.evidence,
          message: messages[found.code]!(found.evidence),
        })
      }
      facts[name] = output.facts
      checks[name] = { status: flagged ? 'flagged' : 'ok', facts: output.facts }
    }
    if (signals.length > 1) signals.sort(bySignalOrder)
    const score = scoreFromLogit(logit)
    const band = bandFor(score, model.thresholds)
    // Two literals rather than a spread: `id` comes first when present, and is absent otherwise.
    return input.id === undefined ? { score, band, signals, checks, versions } : { id: String(input.id), score, band, signals, checks, versions }
  }

  const screenSync = (input: unknown): SafeScreenResult => {
    // The hand-written validator accepts exactly what the schema accepts (test/core/fast-validate.test.ts);
    // zod runs only for rejected inputs, to report its issues.
    const valid = fastValidate(input)
    if (valid !== undefined) return { success: true, result: screenValid(maskStrayPans(valid)) }
    const parsed = SignupInputSchema.safeParse(input)
    if (!parsed.success) return { success: false, error: toInvalidSignupError(parsed.error.issues) }
    return { success: true, result: screenValid(maskStrayPans(parsed.data)) }
  }

  return {
    locale,
    model,
    versions,
    enabledChecks: [...bound.keys()],
    screenSync,
    async safeScreen(input) {
      return screenSync(input)
    },
    async screen(input) {
      const outcome = screenSync(input)
      if (!outcome.success) throw outcome.error
      return outcome.result
    },
    async *screenMany(inputs) {
      let index = 0
      for await (const input of inputs) {
        yield { ...screenSync(input), index }
        index += 1
      }
    },
  }
}

/** Converts zod issues into path-located issues without echoing any input value. */
function toInvalidSignupError(issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[]): InvalidSignupError {
  const converted: InputIssue[] = issues.map((issue) => ({
    // A header name is a path segment and may hold anything, a card number included.
    path: maskPanRuns(issue.path.map(String).join('.')),
    code: issue.code,
    message: issue.message,
  }))
  return new InvalidSignupError(converted)
}
