import { overrideProblems, parseScenario, ScenarioError, type Scenario, type Variant } from '../../src/index';

/** One value of a would-be variant, as the file stores it (a number, a text such as an instance type, or a commitment object). */
export interface VariantOverride {
  readonly path: string;
  readonly value: Variant['overrides'][number]['value'];
}

/** The outcome of checking a what-if session before it is saved as a variant. */
export type VariantSaveCheck =
  | { readonly ok: true; readonly variants: readonly unknown[] }
  | {
      readonly ok: false;
      /** What is wrong with the name, in the words of a file's rules. */
      readonly name?: string;
      /** What is wrong with each value, by the override's path. */
      readonly values: ReadonlyMap<string, string>;
      /** A problem neither of those explains (shown as is, so a refusal is never silent). */
      readonly other?: string;
    };

/**
 * Checks a would-be variant with the same rules as a file: the document with the variant added is parsed by
 * the real scenario parser, and only a document that parses may be saved. `draft` is the document as edited
 * (valid: the what-if view shows only then), `base` the scenario parsed from it.
 */
export function checkVariantSave(draft: unknown, base: Scenario, name: string, overrides: readonly VariantOverride[]): VariantSaveCheck {
  const existing = Array.isArray((draft as { variants?: unknown } | undefined)?.variants) ? ((draft as { variants: unknown[] }).variants) : [];
  const variants = [...existing, { name, overrides: overrides.map((o) => ({ path: o.path, value: o.value })) }];
  try {
    parseScenario({ ...(draft as object), variants });
    return { ok: true, variants };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const at = `variants[${existing.length}]`;
    const nameIssue = error.issues.find((i) => i.path === `${at}.name`);
    const values = new Map(overrideProblems(base, overrides, parseScenario).map((p) => [p.path, p.message]));
    const other = nameIssue === undefined && values.size === 0 ? error.message : undefined;
    return { ok: false, ...(nameIssue ? { name: nameIssue.message } : {}), values, ...(other !== undefined ? { other } : {}) };
  }
}
