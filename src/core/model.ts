import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { ScreenerConfigError } from '../errors/config.js'
import type { Band, WeightSpec } from './types.js'

/**
 * An additive scoring model: `score = round(100 * sigmoid(bias + sum of signal weights))`.
 * Weights are natural-log odds per signal code, so every point of score traces to a named signal.
 * `signup-screen tune` writes models in this format; `createScreener({ model })` loads them.
 */
export interface ScoringModel {
  /** Free-form identifier reported in `versions.model`. */
  readonly version: string
  readonly bias: number
  /** Score (0..100) from which a signup is banded `review` / `high`. */
  readonly thresholds: { readonly review: number; readonly high: number }
  /** Weight per signal code. Codes the model omits keep their default weight. */
  readonly weights: Readonly<Record<string, number>>
  /** One-line reason per weight, for people reading the model. */
  readonly rationale?: Readonly<Record<string, string>>
  /** Where a fitted model came from (data hash, dates, sizes, metrics). */
  readonly provenance?: Readonly<Record<string, unknown>>
}

/**
 * The default bias: a clean, complete signup (no signal, or only negative ones) scores
 * round(100 * sigmoid(-2.5)) = 8, under the 10 the contract promises; a single strong signal
 * (weight 2.0) lifts it to 38, into review.
 */
export const DEFAULT_BIAS = -2.5
export const DEFAULT_THRESHOLDS = { review: 30, high: 70 } as const

export const ScoringModelSchema = z
  .object({
    version: z.string().min(1).max(200),
    bias: z.number().finite(),
    thresholds: z.object({ review: z.number().min(0).max(100), high: z.number().min(0).max(100) }),
    weights: z.record(z.string(), z.number().finite()),
    rationale: z.record(z.string(), z.string()).optional(),
    provenance: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((model) => model.thresholds.review <= model.thresholds.high, {
    message: 'thresholds.review must not exceed thresholds.high',
    path: ['thresholds'],
  })

/** Builds the default model from the checks' default weights. */
export function buildDefaultModel(version: string, specs: ReadonlyMap<string, WeightSpec>): ScoringModel {
  const weights: Record<string, number> = {}
  const rationale: Record<string, string> = {}
  for (const [code, spec] of specs) {
    weights[code] = spec.weight
    rationale[code] = spec.rationale
  }
  return { version: `default-${version}`, bias: DEFAULT_BIAS, thresholds: { ...DEFAULT_THRESHOLDS }, weights, rationale }
}

/**
 * Validates a model (object or JSON file path) against the known codes and fills the codes it omits
 * from the default model, so a model fitted before a signal existed still loads.
 */
export async function resolveModel(
  input: ScoringModel | string | undefined,
  defaults: ScoringModel,
  knownCodes: ReadonlySet<string>,
): Promise<ScoringModel> {
  if (input === undefined) return defaults
  let raw: unknown = input
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(await readFile(input, 'utf8'))
    } catch (error) {
      throw new ScreenerConfigError(`Cannot read scoring model ${input}: ${(error as Error).message}`)
    }
  }
  const parsed = ScoringModelSchema.safeParse(raw)
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ')
    throw new ScreenerConfigError(`Invalid scoring model: ${where}`)
  }
  const unknown = Object.keys(parsed.data.weights).filter((code) => !knownCodes.has(code))
  if (unknown.length > 0) {
    throw new ScreenerConfigError(`Scoring model has weights for unknown signal codes: ${unknown.join(', ')}`)
  }
  const model = parsed.data
  return {
    version: model.version,
    bias: model.bias,
    thresholds: model.thresholds,
    weights: { ...defaults.weights, ...model.weights },
    rationale: { ...defaults.rationale, ...model.rationale },
    ...(model.provenance ? { provenance: model.provenance } : {}),
  }
}

/**
 * Integer score 0..100 from summed log-odds: round(100 · sigmoid(logit)). The one place the score
 * is computed, so the screener and the tuning tool's refitted scores agree to the last rounding.
 */
export function scoreFromLogit(logit: number): number {
  return Math.round(100 / (1 + Math.exp(-logit)))
}

/** Band for a score under the model's thresholds. */
export function bandFor(score: number, thresholds: ScoringModel['thresholds']): Band {
  if (score >= thresholds.high) return 'high'
  if (score >= thresholds.review) return 'review'
  return 'low'
}
