import { analyseCommitments, compareOptions, compareVariants, estimate, platformBreakEven, scenarioInputs, simulate, solveBreakEven, tornado, type OptionId } from '../../index';
import {
  breakEvenToCsv,
  breakEvenToText,
  commitmentsToCsv,
  commitmentsToText,
  inputsToCsv,
  inputsToText,
  optionComparisonToCsv,
  optionComparisonToText,
  simulationToCsv,
  simulationToText,
  tornadoToCsv,
  tornadoToText,
  variantComparisonToCsv,
  variantComparisonToText,
} from '../../report/analysis-text';
import { analysisContext, numberFlag, render } from '../analysis-command';
import { analysisProgress } from '../analysis-progress';
import { intFlag, splitNames } from '../args';
import { processIo } from '../command-io';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';

const SHARED = '[--variant v] [--format table|json|csv]';

export function inputsCommand(argv: readonly string[]): CommandResult {
  const usage = `tco-studio inputs <file> ${SHARED}`;
  const ctx = analysisContext(argv, {}, usage);
  const inputs = scenarioInputs(ctx.scenario);
  // JSON without the apply functions; text and CSV read the inputs themselves.
  const json = inputs.map(({ apply: _apply, ...rest }) => rest);
  return render(ctx.format, json, () => inputsToText(inputs), () => inputsToCsv(inputs));
}

export function breakevenCommand(argv: readonly string[]): CommandResult {
  const usage = `tco-studio breakeven <file> --input <path> [--between a,b] [--min x] [--max y] [--metric total|npv] ${SHARED}`;
  const ctx = analysisContext(argv, { input: { type: 'string', short: 'i' }, min: { type: 'string' }, max: { type: 'string' } }, usage);
  const path = ctx.values.input;
  if (typeof path !== 'string') {
    // An ML scenario comparing EC2 and EKS: the team size at which EKS starts to pay off.
    const platforms = ctx.between === undefined && ctx.values.min === undefined && ctx.values.max === undefined ? platformBreakEven(ctx.scenario, ctx.catalogue, { metric: ctx.metric }) : undefined;
    if (platforms) return render(ctx.format, platforms, breakEvenToText, breakEvenToCsv);
    throw new CliError(`breakeven needs --input <path>, e.g. --input labour.dba.hourlyUsd (usage: ${usage})`, EXIT.usage);
  }
  const min = numberFlag('min', ctx.values.min);
  const max = numberFlag('max', ctx.values.max);
  const result = solveBreakEven(ctx.scenario, ctx.catalogue, path, {
    ...(ctx.between ? { between: ctx.between } : {}),
    metric: ctx.metric,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  });
  return render(ctx.format, result, breakEvenToText, breakEvenToCsv);
}

export function sensitivityCommand(argv: readonly string[]): CommandResult {
  const usage = `tco-studio sensitivity <file> [--between a,b] [--range-pct 25] [--metric total|npv] [--progress] ${SHARED}`;
  const ctx = analysisContext(argv, { 'range-pct': { type: 'string' }, progress: { type: 'boolean' } }, usage);
  const rangePct = numberFlag('range-pct', ctx.values['range-pct']);
  if (rangePct !== undefined && !(rangePct > 0 && rangePct <= 100)) throw new CliError(`--range-pct: must be above 0 and at most 100 (got ${rangePct})`, EXIT.usage);
  const progress = analysisProgress(processIo(), 'sensitivity', ctx.values.progress === true);
  const result = tornado(ctx.scenario, ctx.catalogue, {
    ...(ctx.between ? { between: ctx.between } : {}),
    metric: ctx.metric,
    ...(rangePct === undefined ? {} : { rangePct }),
    onProgress: progress.step('inputs varied'),
  });
  progress.finish();
  return render(ctx.format, result, tornadoToText, tornadoToCsv);
}

export function simulateCommand(argv: readonly string[]): CommandResult {
  const usage = `tco-studio simulate <file> [--runs N] [--seed S] [--between a,b] [--metric total|npv] [--progress] ${SHARED}`;
  const ctx = analysisContext(argv, { runs: { type: 'string' }, seed: { type: 'string' }, progress: { type: 'boolean' } }, usage);
  const runs = intFlag('runs', ctx.values.runs as string | undefined, 1, 1_000_000) ?? 10_000;
  const seed = intFlag('seed', ctx.values.seed as string | undefined, 0, 4_294_967_295) ?? 1;
  const progress = analysisProgress(processIo(), 'simulate', ctx.values.progress === true);
  const result = simulate(ctx.scenario, ctx.catalogue, { runs, seed, metric: ctx.metric, ...(ctx.between ? { between: ctx.between } : {}), onProgress: progress.step(`${runs.toLocaleString('en-US')} runs`) });
  progress.finish();
  return render(ctx.format, result, simulationToText, simulationToCsv);
}

export function compareCommand(argv: readonly string[]): CommandResult {
  const usage = 'tco-studio compare <file> (--variants a,b | --variants a --variants b | --options a,b) [--format table|json|csv]';
  const ctx = analysisContext(argv, { variants: { type: 'string', multiple: true }, options: { type: 'string' } }, usage);
  const variants = ctx.values.variants as unknown as string[] | undefined;
  const options = ctx.values.options as string | undefined;
  if ((variants === undefined) === (options === undefined)) throw new CliError(`compare needs either --variants a,b or --options a,b (usage: ${usage})`, EXIT.usage);
  const flag = variants !== undefined ? 'variants' : 'options';
  // A variant name may hold commas: give each name its own --variants, or quote it ("Storage, doubled",base).
  const pair = variants !== undefined && variants.length > 1 ? variants : splitNames(variants?.[0] ?? options ?? '');
  const given = variants !== undefined ? variants.join('" --variants "') : String(options);
  if (pair === undefined) throw new CliError(`--${flag}: a double quote is left open or followed by more than a comma (got "${given}")`, EXIT.usage);
  if (pair.length !== 2 || !pair[0] || !pair[1]) {
    throw new CliError(
      `--${flag}: give two names separated by a comma${flag === 'variants' ? ', quoting a name that holds one ("a, b",base), or --variants twice' : ''} (got "${given}")`,
      EXIT.usage,
    );
  }
  if (variants !== undefined) {
    const result = compareVariants(ctx.scenario, pair[0], pair[1], (s) => estimate(s, ctx.catalogue));
    return render(ctx.format, result, variantComparisonToText, variantComparisonToCsv);
  }
  const result = compareOptions(estimate(ctx.scenario, ctx.catalogue), pair[0] as OptionId, pair[1] as OptionId);
  return render(ctx.format, result, optionComparisonToText, optionComparisonToCsv);
}

export function commitmentsCommand(argv: readonly string[]): CommandResult {
  const usage = `tco-studio commitments <file> [--utilisation pct] [--savings-plan-discount pct] ${SHARED}`;
  const ctx = analysisContext(argv, { utilisation: { type: 'string' }, 'savings-plan-discount': { type: 'string' } }, usage);
  const utilisation = numberFlag('utilisation', ctx.values.utilisation);
  const sp = numberFlag('savings-plan-discount', ctx.values['savings-plan-discount']);
  if (utilisation !== undefined && !(utilisation >= 1 && utilisation <= 100)) throw new CliError(`--utilisation: must be from 1 to 100 percent (got ${utilisation})`, EXIT.usage);
  if (sp !== undefined && !(sp > 0 && sp < 100)) throw new CliError(`--savings-plan-discount: must be above 0 and below 100 percent (got ${sp})`, EXIT.usage);
  const scenario = {
    ...ctx.scenario,
    analysis: {
      ...ctx.scenario.analysis,
      commitments: {
        ...ctx.scenario.analysis.commitments,
        ...(utilisation === undefined ? {} : { utilisationPct: utilisation }),
        ...(sp === undefined ? {} : { savingsPlanDiscountPct: sp }),
      },
    },
  };
  return render(ctx.format, analyseCommitments(scenario, ctx.catalogue), commitmentsToText, commitmentsToCsv);
}
