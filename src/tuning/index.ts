/**
 * Tuning on labelled history: metrics, threshold picking, weight refitting, the per-signal table,
 * the fitted model writer and the HTML report. `signup-screen tune` is a thin layer over {@link tune}.
 */
export { tune, type TuneOptions, type TuneResult, type ModelEvaluation, type CountsJson } from './tune.js'
export { TuneInputError } from './errors.js'
export { collectHistory, parseLabel, type CollectOptions, type CollectProblems, type Collected, type LineProblem } from './collect.js'
export { HistoryBuilder, historyFromRows, type History } from './history.js'
export {
  MAX_SCORE,
  auc,
  aucFromScores,
  averagePrecision,
  countScores,
  emptyCounts,
  prCurve,
  recallAtFpr,
  rocCurve,
  summarize,
  thresholdTable,
  type CurvePoint,
  type Metrics,
  type RecallAtFpr,
  type ScoreCounts,
  type ThresholdRow,
} from './metrics.js'
export { bandOutcome, pickThresholds, spanDays, type BandOutcome, type ThresholdGoals, type ThresholdPick } from './thresholds.js'
export { fitLogistic, groupPatterns, patternSet, scoreRows, type FitOptions, type FitResult, type PatternSet } from './logistic.js'
export { foldAssignment, validate, type Validation, type ValidationOptions, type ValidationScheme } from './validation.js'
export { signalTable, type SignalRow, type SignalVerdict } from './signals.js'
export { jsonSummary, textSummary, writeModel } from './output.js'
export { renderReport } from './report.js'
