/**
 * TCO Studio modelling core: the public API the renderer, the CLI and the Electron main process
 * import. Pure TypeScript: no Node, DOM, Electron or React (enforced by tsconfig.core.json and
 * scripts/check-core-purity.mjs).
 */
export { HOURS_PER_MONTH, DAYS_PER_MONTH, FTE_HOURS_PER_MONTH, SECONDS_PER_MONTH } from './model/units';
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
export { INCIDENT_DEFAULTS, HOURS_PER_INCIDENT, defaultDowntimeHoursPerMonth, DOWNTIME_PROVENANCE } from './model/incidents';
export { AWS_REGIONS, type AwsRegion } from './model/regions';
export {
  scenarioSchema,
  SCHEMA_VERSION,
  OPTION_IDS,
  type Scenario,
  type ScenarioInput,
  type Workload,
  type DatabaseWorkload,
  type MlWorkload,
  type OptionId,
  type Commitment,
} from './model/scenario-schema';
export { parseScenario, parseScenarioJson, toInputIssues } from './model/parse-scenario';
export { scenarioJsonSchema } from './model/json-schema';
export { COST_CATEGORIES, PLATFORM_IDS, type CostLine, type CostCategory, type ServiceName, type LineSchedule, type LineProvenance, type GrowthRule } from './model/cost-line';
export { deploymentFor, optionsFor, optionLabel, DEPLOYMENT_LABELS } from './model/options';
export { unitCounts, effectiveTask, opsEffortLines } from './model/ops-effort';
export { growthFactors, discountFactors, lineAmountInMonth, project, type MonthRow, type Projection } from './model/projection';
export { findCrossover, type Crossover } from './model/crossover';
export {
  estimate,
  buildOptionLines,
  ESTIMATE_FORMAT_VERSION,
  type Estimate,
  type EstimatedLine,
  type OptionResult,
  type EstimateWarning,
  type EstimateOptions,
  type SourceUse,
  type WarningKind,
} from './model/estimate';
export { createContext, type BuildContext } from './model/build-context';
export { ec2TypeForDatabase } from './model/database-ec2';
export { rdsGp3Baseline } from './model/database-rds';
export { ec2TypeForMl, serverlessReplacementCount } from './model/ml-self-managed';
export { starterScenario, TEMPLATE_IDS, type TemplateId } from './model/templates';

export type { PriceCatalogue, PriceQuote, PriceSource, PriceTier, CatalogueInfo } from './pricing/catalogue';
export { layeredCatalogue, tieredCost } from './pricing/catalogue';
export { priceKeyId, describePriceKey, type PriceKey } from './pricing/price-key';
export { embeddedCatalogue, embeddedSnapshotInfo, catalogueFromSnapshot, type SnapshotFile } from './pricing/snapshot-catalogue';
