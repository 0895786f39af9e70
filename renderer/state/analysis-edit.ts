import { overrideProblems, parseScenario, ScenarioError, variantNameProblem, type Distribution, type NumericInput, type Scenario } from '../../src/index';

export type DistributionKind = Distribution['kind'];

export const DISTRIBUTION_KINDS: readonly { readonly kind: DistributionKind; readonly label: string }[] = [
  { kind: 'triangular', label: 'Triangular (low, most likely, high)' },
  { kind: 'uniform', label: 'Uniform (low, high)' },
  { kind: 'lognormal', label: 'Lognormal (P10, P90)' },
  { kind: 'fixed', label: 'Fixed value' },
];

/** The share of the current value a new distribution or range spans on either side: the tornado's default ±25%. */
export const DEFAULT_SPREAD = 0.25;

/** Two decimals at most: defaults a person reads and edits, not 37.72499999. */
function tidy(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * The distribution a new entry starts with: ±25% of the input's current value (the tornado's default range), kept
 * within the values the input allows. For a value of 0 the spread is a tenth of the allowed range, at most 1.
 */
export function defaultDistribution(kind: DistributionKind, input: Pick<NumericInput, 'value' | 'min' | 'max'>, spread = DEFAULT_SPREAD): Distribution {
  const v = input.value;
  const half = v !== 0 ? Math.abs(v) * spread : Math.min(1, (input.max - input.min) / 10);
  const lo = tidy(Math.max(input.min, v - half));
  const hi = tidy(Math.min(input.max, v + half));
  const mode = tidy(v);
  switch (kind) {
    case 'fixed':
      return { kind, value: mode };
    case 'uniform':
      return { kind, min: lo, max: hi };
    case 'triangular':
      return { kind, min: lo, mode, max: hi };
    case 'lognormal': {
      // Both percentiles must be above 0: a value at or below 0 gets a small positive pair.
      const p10 = lo > 0 ? lo : tidy(Math.max(0.01, half / 2));
      return { kind, p10, p90: hi > p10 ? hi : tidy(p10 * 2) };
    }
  }
}

/** "triangular 37.5 / 50 / 62.5": a distribution in one line, its parameters in the file's order. */
export function distributionText(d: Distribution, format: (n: number) => string): string {
  switch (d.kind) {
    case 'fixed':
      return `fixed at ${format(d.value)}`;
    case 'uniform':
      return `uniform from ${format(d.min)} to ${format(d.max)}`;
    case 'triangular':
      return `triangular from ${format(d.min)} to ${format(d.max)}, most likely ${format(d.mode)}`;
    case 'lognormal':
      return `lognormal with P10 ${format(d.p10)} and P90 ${format(d.p90)}`;
  }
}

/** Inputs whose label holds every word of the query, case-insensitive ("dba rate" finds "Database administrator loaded rate" only by its words). */
export function searchInputs<T extends Pick<NumericInput, 'label' | 'path'>>(inputs: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return inputs.filter((i) => words.every((w) => i.label.toLowerCase().includes(w)));
}

// ---------------------------------------------------------------------------------------------
// Variants: every edit is checked with the file's rules before it reaches the document
// ---------------------------------------------------------------------------------------------

export type VariantEdit = { readonly ok: true; readonly variants: readonly unknown[] } | { readonly ok: false; readonly problem: string };

function variantsOf(draft: unknown): Record<string, unknown>[] {
  const v = (draft as { variants?: unknown } | undefined)?.variants;
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

/** Parses the document with these variants; the first problem about variant `index` (or any) in words, or the variants when valid. */
function check(draft: unknown, variants: readonly unknown[], index: number, describe: (error: ScenarioError) => string | undefined): VariantEdit {
  try {
    parseScenario({ ...(draft as object), variants });
    return { ok: true, variants };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const mine = error.issues.find((i) => i.path.startsWith(`variants[${index}]`));
    return { ok: false, problem: describe(error) ?? (mine ? mine.message : error.message) };
  }
}

/** Renames variant `index`, by the variant name rule and uniqueness (and not "base"); the name is used as typed, trimmed. */
export function renameVariant(draft: unknown, index: number, name: string): VariantEdit {
  const trimmed = name.trim();
  const rule = variantNameProblem(trimmed);
  if (rule !== undefined) return { ok: false, problem: `The name ${rule}` };
  const variants = variantsOf(draft).map((v, i) => (i === index ? { ...v, name: trimmed } : v));
  return check(draft, variants, index, (e) => e.issues.find((i) => i.path === `variants[${index}].name`)?.message);
}

/** The variants without variant `index`. */
export function deleteVariant(draft: unknown, index: number): VariantEdit {
  return { ok: true, variants: variantsOf(draft).filter((_, i) => i !== index) };
}

/**
 * Sets (or with undefined, removes) one override of variant `index`. A value the file's rules refuse is named with
 * the input's own message (base is the parsed document, for overrideProblems).
 */
export function setVariantOverride(draft: unknown, base: Scenario, index: number, path: string, value: number | undefined): VariantEdit {
  const variants = variantsOf(draft).map((v, i) => {
    if (i !== index) return v;
    const overrides = (Array.isArray(v.overrides) ? (v.overrides as { path: string; value: unknown }[]) : []).filter((o) => o.path !== path || value !== undefined);
    const at = overrides.findIndex((o) => o.path === path);
    if (value !== undefined) {
      if (at >= 0) overrides[at] = { path, value };
      else overrides.push({ path, value });
    }
    return { ...v, overrides };
  });
  return check(draft, variants, index, () => (value === undefined ? undefined : overrideProblems(base, [{ path, value }], parseScenario)[0]?.message));
}
