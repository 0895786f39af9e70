/**
 * TCO Studio modelling core: the public API the renderer, the CLI and the Electron main process
 * import. Pure TypeScript: no Node, DOM, Electron or React (enforced by tsconfig.core.json and the
 * dependency rules in .dependency-cruiser.cjs).
 */
export { HOURS_PER_MONTH, DAYS_PER_MONTH, FTE_HOURS_PER_MONTH, SECONDS_PER_MONTH, WEEKS_PER_MONTH } from './model/units';
export { ScenarioError, ModelError, formatPath, type InputIssue } from './model/errors';
export { SOURCES, type Citation, type Provenance } from './model/citation';
export { ROLE_DEFAULTS, ROLE_IDS, BENEFITS_LOADING, type RoleId, type RoleDefault } from './model/labour';
export {
  OPS_TASKS,
  OPS_TASK_IDS,
  DEPLOYMENT_IDS,
  RESPONSIBILITY_ROWS,
  UNIT_KINDS,
  tasksFor,
  type OpsTask,
  type DeploymentId,
  type ResponsibilityRow,
  type UnitKind,
} from './model/ops-tasks';
export {
  PRACTICE_MATURITY_LEVELS,
  PRACTICE_MATURITY_LABELS,
  PRACTICE_MATURITY_FACTORS,
  PRACTICE_MATURITY_PROVENANCE,
  DEFAULT_PRACTICE_MATURITY,
  maturityAffects,
  maturityFactor,
  MATURITY_TASK_KEYS,
  type PracticeMaturity,
} from './model/practice-maturity';
export { calibrationTable, databaseCalibration, fleetFigures, CALIBRATION_FLEETS, type FleetShape, type FleetFigures } from './model/evidence-calibration';
export { inBand, type CalibrationRow as EvidenceCalibrationRow } from './model/calibration-row';
export { INCIDENT_DEFAULTS, HOURS_PER_INCIDENT, defaultDowntimeHoursPerMonth, DOWNTIME_PROVENANCE, type IncidentRanges, type LowHigh } from './model/incidents';
export { TASK_RANGES, LABOUR_RANGE, aroundLikely, describeRelativeRange, type RelativeRange, type TaskRange, type ThreePoint } from './model/ops-ranges';
export { defaultRangeInputs, labourRange, type DefaultRangeInput } from './model/default-ranges';
export { AWS_REGIONS, type AwsRegion } from './model/regions';
export {
  scenarioSchema,
  SCHEMA_VERSION,
  SCENARIO_LIMITS,
  TIME_TO_VALUE_DEFAULTS,
  OPTION_IDS,
  VARIANT_NAME_MAX,
  variantNameProblem,
  type Scenario,
  type ScenarioInput,
  type Workload,
  type DatabaseWorkload,
  type MlWorkload,
  type OptionId,
  type Commitment,
  type TradeoffSettings,
  type TradeoffSettingsInput,
} from './model/scenario-schema';
export { jsonSyntaxProblemOf, parseScenario, parseScenarioJson, toInputIssues } from './model/parse-scenario';
export { describeJsonSyntaxProblem, quoteSnippet, type JsonSyntaxProblem } from './model/json-syntax';
export { scenarioJsonSchema } from './model/json-schema';
export { COST_CATEGORIES, PLATFORM_IDS, type CostLine, type CostCategory, type ServiceName, type LineSchedule, type LineProvenance, type GrowthRule } from './model/cost-line';
export { deploymentFor, optionsFor, optionLabel, DEPLOYMENT_LABELS } from './model/options';
export { unitCounts, effectiveTask, emitOpsEffort } from './model/ops-effort';
export { OptionProjection, project, type MonthRow, type Projection } from './model/projection';
export { EvaluationCache } from './model/evaluation-cache';
export { findCrossover, type Crossover } from './model/crossover';
export {
  estimate,
  evaluateTotals,
  emitOption,
  ESTIMATE_FORMAT_VERSION,
  type Estimate,
  type EstimatedLine,
  type OptionResult,
  type EstimateWarning,
  type EstimateOptions,
  type SourceUse,
  type WarningKind,
  type OptionTotalsResult,
} from './model/estimate';
export { createTiming, scheduleTotal, schedulePresentValue, type Timing } from './model/timing';
export { createSink, type LineSink } from './model/line-sink';
export { createContext, resolveRoles, type BuildContext } from './model/build-context';
export { ec2TypeForDatabase } from './model/database-ec2';
export { DATABASE_ENGINES, acceptedEngineVersions, isBurstableClass } from './model/scenario-schema';
export { knownKubernetesVersions } from './model/kubernetes-calendar';
export { engineTitle, rdsPriceEngineFor } from './model/licensing';
export { isCommercialEngine, isOracle, isSqlServer } from './model/licence-rules';
export { rdsGp3Baseline } from './model/database-rds';
export { ec2TypeForMl, serverlessReplacementCount } from './model/ml-self-managed';
export { starterScenario, TEMPLATE_IDS, type TemplateId } from './model/templates';

export type { PriceCatalogue, PriceQuote, PriceSource, PriceTier, CatalogueInfo } from './pricing/catalogue';
export { layeredCatalogue, tieredCost } from './pricing/catalogue';
export { quotesOverCatalogue, type QuoteEntries } from './pricing/quotes-over-catalogue';
export { priceKeyId, describePriceKey, type PriceKey } from './pricing/price-key';
export { DEFAULT_STALE_AFTER_DAYS, STALE_AFTER_DAYS_RANGE, priceAge, priceAgeDays, formatAge, type PriceAge, type PriceAgePolicy } from './pricing/price-age';
export {
  instanceOptions,
  quotesCatalogue,
  regionsCatalogue,
  snapshotCatalogueName,
  type InstanceOption,
  type InstanceOptionKind,
  type RegionInstanceData,
} from './pricing/region-catalogue';
export { parseSnapshotRegion, parseSnapshotIndex, SNAPSHOT_REGION_FORMAT, SNAPSHOT_INDEX_FORMAT, type SnapshotRegion, type SnapshotRegionFile, type SnapshotIndex } from './pricing/snapshot-region';
export type { PriceRow, SpecsRow } from './pricing/price-rows';

// Trade-offs beyond dollars (issue 8; docs/tradeoffs.md): plain data and pure functions for the CLI,
// the desktop "Trade-offs" view and the PDF section.
export { DUTIES, DUTY_IDS, dutyById, type Duty, type DutyId, type DutyGroup } from './tradeoffs/duties';
export {
  RESPONSIBILITY_MATRIX,
  SAGEMAKER_COMPONENTS,
  responsibilityMatrix,
  dutyLabel,
  awsPublishedRows,
  ownerCounts,
  type Owner,
  type ResponsibilityEntry,
  type ComponentResponsibility,
  type SageMakerComponent,
  type PublishedRow,
} from './tradeoffs/responsibility-matrix';
export {
  CONTROL_LEVERS,
  LEVER_IDS,
  LEVER_LABELS,
  LEVER_POINTS,
  controlLevers,
  controlPoints,
  type ControlLever,
  type LeverId,
  type LeverLevel,
} from './tradeoffs/control-levers';
export { EXIT_STEPS, EXIT_STEP_IDS, exitStepsFor, type ExitStep } from './model/exit-steps';
export { exitEffort, effectiveExitStep, type ExitEffortEstimate, type ExitStepEstimate } from './model/exit-effort';
export { TIME_TO_VALUE_PROVENANCE } from './model/time-to-value';
export {
  timeToValue,
  optionSetupHours,
  delayMonthsWithinHorizon,
  type TimeToValue,
  type OptionTimeToValue,
  type SetupHours,
} from './model/time-to-value';
export {
  CRITERIA,
  CRITERION_IDS,
  DEFAULT_WEIGHTS,
  DEFAULT_WEIGHTS_PROVENANCE,
  SCORE_STEPS,
  SCORE_STEPS_PROVENANCE,
  type Criterion,
  type CriterionId,
} from './model/scorecard-criteria';
export {
  scorecard,
  normalizeWeights,
  lowerIsBetterScore,
  defaultScores,
  type ScorecardInput,
  type ScorecardOptionInput,
  type ScorecardResult,
  type OptionScorecard,
  type CriterionScore,
  type CriterionWeight,
  type Recommendation,
  type Driver,
  type ScoreOverride,
} from './tradeoffs/scorecard';
export { DEFAULT_TRADEOFF_SETTINGS, tradeoffSettings } from './model/tradeoff-settings';
export { tradeoffCostLines, TIME_TO_VALUE_WORKLOAD_ID } from './model/tradeoff-lines';
export { optionDeployments, type OptionDeployment } from './model/options';
export {
  tradeoffsReport,
  TRADEOFFS_FORMAT_VERSION,
  type TradeoffsReport,
  type TradeoffOption,
  type DeploymentMatrix,
  type MatrixRow,
  type DeploymentLevers,
  type LeverRow,
} from './tradeoffs/report';

// What-if analysis (issue 5): inputs, break-even, sensitivity, Monte Carlo, commitments, variants.
export { scenarioInputs, effortDetailInputs, findInput, clampInput, type NumericInput, type InputGroup } from './model/scenario-inputs';
export { scenarioChoices, commitmentChoiceId, COMMITMENT_CHOICES, COMMITMENT_AS_IN_SCENARIO, type ChoiceInput } from './model/scenario-choices';
export { parsePath, pathToString, getAtPath, setAtPath, setManyAtPaths, type PathKey, type PathWrite } from './model/scenario-path';
export { applyVariant, overrideProblems, overrideValueText, variantScenario, type OverrideProblem } from './model/variants';
export type { Distribution, AnalysisSettings, Variant } from './model/scenario-schema';
export { resolvePair, evaluateMetric, type Metric, type OptionPair } from './analysis/metric';
export { solveBreakEven, platformBreakEven, breakEvenInputOf, defaultRange, type BreakEvenResult, type BreakEvenCrossing, type BreakEvenPoint, type BreakEvenOptions } from './analysis/breakeven';
export { tornado, inputRange, type TornadoResult, type TornadoBar, type TornadoOptions } from './analysis/sensitivity';
export { simulate, uncertainInputs, MAX_RUNS, type SimulationResult, type SimulationOptions, type SimulatedInput, type InputSource, type Percentiles, type HistogramBin } from './analysis/monte-carlo';
export { sample, quantile, describeDistribution, Z90 } from './analysis/distributions';
export { createRandom, standardNormal } from './analysis/random';
export { analyseCommitments, type CommitmentAnalysis, type CommitmentRow, type CommitmentCandidate } from './analysis/commitments';
export { compareVariants, compareOptions, type VariantComparison, type OptionComparison, type LineDifference, type BreakdownRow } from './analysis/compare';
export * from './report/chart-series';
export * from './format/format';

// Reports: the document as data (the print view lays it out), its inputs and the text helpers the views share.
export { analysisPair, recommendationOf } from './report/recommendation';
export { evidenceCalibrationRows, calibrationMarkdown, type EvidenceCalibrationDisplayRow } from './report/evidence-calibration-rows';
export { refusalOf, refusalMissingText, REFUSAL_NAMED_PRICES } from './report/missing-prices';
export { NO_UNCERTAINTY_STATEMENT, NO_SPREAD_STATEMENT, modelsUncertainty, runsVary, noProbabilityReason, cheapestInRunsSentence, uncertainInputsPhrase } from './report/confidence-text';
export { buildReportData, type ReportRequest } from './report/report-data';
export { priceAgeText } from './report/price-age-text';
export { briefOf, BRIEF_LIMITS, BRIEF_CATEGORIES, type ReportBrief, type BriefDriver, type BriefRunRateRow, type BriefVariantRow } from './report/brief';
export { REPORT_FORMAT_VERSION } from './report/report-document';
export type * from './report/report-document';
export { parseReportPageInput, pageCatalogue, PAPER_FORMAT, type ReportPageInput, type ReportPaper } from './report/report-input';
export { describeCrossover } from './report/estimate-text';
export { describeLineSource } from './report/provenance-text';
export { byKind, LEVEL_TEXT, OWNER_TEXT } from './report/tradeoffs-text';
export { calibrate, type Calibration, type CalibrationRow } from './analysis/calibration';
export type { ImportedSpend, MonthlySpend, UsageTypeSpend, SpendForecast, CostExplorerApiSource, CostExplorerCsvSource } from './analysis/imported-spend';
export { parseCostExplorerCsv, COST_EXPLORER_CSV_HOW_TO, MAX_COST_EXPLORER_CSV_BYTES } from './analysis/cost-explorer-csv';
