/**
 * signup-screen: offline, explainable fraud screening of signups for Japanese hosting providers.
 *
 * @example
 * const screener = await createScreener()
 * const result = await screener.screen({ email: 'taro@docomo.ne.jp', phone: '090-1234-5678' })
 */
export {
  createScreener,
  defaultModel,
  type BatchItem,
  type SafeScreenResult,
  type Screener,
  type ScreenerOptions,
} from './core/screener.js'
export { SignupInputSchema, type SignupInput, type ValidSignup } from './core/schema.js'
export { ScoringModelSchema, DEFAULT_BIAS, DEFAULT_THRESHOLDS, type ScoringModel } from './core/model.js'
export { SIGNAL_CODES, renderMessage } from './core/messages.js'
export type { SignalCode, CheckOptionsMap } from './checks/registry.js'
export {
  BANDS,
  CHECK_NAMES,
  LOCALES,
  type Band,
  type CheckName,
  type CheckResult,
  type CheckStatus,
  type Evidence,
  type EvidenceValue,
  type Facts,
  type Locale,
  type ScreenResult,
  type ScreenVersions,
  type Signal,
} from './core/types.js'
export {
  InvalidSignupError,
  ScreenerConfigError,
  SignupScreenError,
  isInvalidSignupError,
  isScreenerConfigError,
  isSignupScreenError,
  type InputIssue,
  type SignupScreenErrorCode,
} from './errors/index.js'
export { LIBRARY_VERSION } from './version.js'
export {
  tune,
  TuneInputError,
  writeModel,
  renderReport,
  jsonSummary,
  textSummary,
  auc,
  rocCurve,
  prCurve,
  recallAtFpr,
  thresholdTable,
  pickThresholds,
  fitLogistic,
  signalTable,
  type TuneOptions,
  type TuneResult,
  type ModelEvaluation,
  type Metrics,
  type CurvePoint,
  type ThresholdRow,
  type ThresholdGoals,
  type ThresholdPick,
  type FitOptions,
  type FitResult,
  type SignalRow,
} from './tuning/index.js'
