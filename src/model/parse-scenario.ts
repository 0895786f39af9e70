import type * as z from 'zod';
import { ScenarioError, formatPath, type InputIssue } from './errors';
import { effortDetailInputs, scenarioInputs } from './scenario-inputs';
import { describeJsonSyntaxProblem, jsonSyntaxProblem, type JsonSyntaxProblem } from './json-syntax';
import { parsePath, pathToString } from './scenario-path';
import { scenarioSchema, type Scenario } from './scenario-schema';
import { applyVariant } from './variants';

/** Most issues reported for one input; beyond this the list is cut to keep messages readable. */
const MAX_ISSUES = 20;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return expected;
  }
}

/** "one of "a", "b", "c"", shortened for long lists such as Regions. */
function allowedList(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 8 ? `one of ${shown}, … (${values.length} allowed values; see tco-studio schema)` : `one of ${shown}`;
}

/** Turns one zod issue into a message that says what is allowed (and what was given). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is required (${typeName(issue.expected)})`;
      return `must be ${typeName(issue.expected)} (got ${describeValue(input)})`;
    case 'too_big': {
      const bound = String(issue.maximum);
      // A limit with its own reason (scenario size limits) says it; others get the plain bound.
      if (issue.origin === 'array') return issue.message.startsWith('Too big') ? `must have at most ${bound} items` : issue.message;
      if (issue.origin === 'string') return `must be at most ${bound} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'below'} ${bound} (got ${describeValue(input)})`;
    }
    case 'too_small': {
      const bound = String(issue.minimum);
      if (issue.origin === 'array') return `must have at least ${bound} item${bound === '1' ? '' : 's'}`;
      if (issue.origin === 'string') return bound === '1' ? 'must not be empty' : `must be at least ${bound} characters`;
      return `must be ${issue.inclusive ? 'at least' : 'above'} ${bound} (got ${describeValue(input)})`;
    }
    case 'invalid_value':
      if (input === undefined) return `is required: ${allowedList(issue.values)}`;
      return `must be ${allowedList(issue.values)} (got ${describeValue(input)})`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union': {
      const union = issue as { discriminator?: string; options?: unknown[] };
      if (Array.isArray(union.options)) {
        // A discriminated union reports the whole object; name the discriminator's value instead.
        const value =
          union.discriminator && input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[union.discriminator] : input;
        return value === undefined ? `is required: ${allowedList(union.options)}` : `must be ${allowedList(union.options)} (got ${describeValue(value)})`;
      }
      return `does not match any allowed form (got ${describeValue(input)})`;
    }
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `has the wrong format (got ${describeValue(input)})` : `${issue.message} (got ${describeValue(input)})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)} (got ${describeValue(input)})`;
    case 'invalid_key':
      return `has an unknown key (got ${describeValue(input)})`;
    case 'invalid_element':
      return 'has an invalid element';
    case 'custom':
      return issue.message;
  }
}

/** Converts zod issues to `{ path, message }`, with a message that reads after its path. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    // A bad key inside a record (an unknown task id, say) is reported on the key itself.
    if (issue.code === 'invalid_key') {
      const key = issue.path[issue.path.length - 1];
      const allowed = issue.issues.find((i) => i.code === 'invalid_value');
      out.push({
        path: formatPath(issue.path),
        message:
          allowed && allowed.code === 'invalid_value'
            ? `unknown key ${JSON.stringify(String(key))}; allowed keys: ${allowed.values.map(String).join(', ')}`
            : `unknown key ${JSON.stringify(String(key))}`,
      });
      continue;
    }
    out.push({ path: formatPath(issue.path), message: describeIssue(issue) });
  }
  if (issues.length > MAX_ISSUES) {
    out.push({ path: '(root)', message: `${issues.length - MAX_ISSUES} more problems not shown` });
  }
  return out;
}

/**
 * Validates an untrusted value as a scenario. Throws ScenarioError (and nothing else) when it is
 * not one; the error lists each problem with its field path.
 */
export function parseScenario(value: unknown): Scenario {
  let result: ReturnType<typeof scenarioSchema.safeParse>;
  try {
    result = scenarioSchema.safeParse(value, { reportInput: true });
  } catch (error) {
    // Defensive: zod reports problems as data, but a hostile value (a getter that throws,
    // a cyclic structure) must still surface as the typed validation error.
    throw new ScenarioError([{ path: '(root)', message: `cannot be read: ${(error as Error).message}` }]);
  }
  if (!result.success) throw new ScenarioError(toInputIssues(result.error.issues));
  checkAnalysisPaths(result.data);
  checkVariants(result.data);
  return result.data;
}

/** Uncertainty and sensitivity entries must name numeric inputs of this scenario. */
function checkAnalysisPaths(s: Scenario): void {
  const issues: InputIssue[] = [];
  // Built only when there is a path to check: every parse (each edit, each variant) comes here.
  let known: Set<string> | undefined;
  // Monte Carlo may also vary the finer ops-effort inputs (one task's effort, hours per incident).
  let detail: Set<string> | undefined;
  const check = (path: string, at: string, withDetail = false) => {
    known ??= new Set(scenarioInputs(s).map((i) => i.path));
    const keys = parsePath(path);
    const canonical = keys ? pathToString(keys) : undefined;
    if (canonical !== undefined && !known.has(canonical) && withDetail) {
      detail ??= new Set(effortDetailInputs(s).map((i) => i.path));
      if (detail.has(canonical)) return;
    }
    if (canonical === undefined || !known.has(canonical)) {
      const examples = [...known].slice(0, 4).join(', ');
      issues.push({ path: at, message: `"${path}" is not a numeric input of this scenario (for example ${examples})` });
    }
  };
  s.analysis.uncertainty.forEach((u, i) => check(u.path, `analysis.uncertainty[${i}].path`, true));
  s.analysis.sensitivity.ranges.forEach((r, i) => {
    check(r.path, `analysis.sensitivity.ranges[${i}].path`);
    if (!(r.low <= r.high)) issues.push({ path: `analysis.sensitivity.ranges[${i}].high`, message: `must be at least low (${r.low})` });
  });
  if (issues.length > 0) throw new ScenarioError(issues);
}

/** Variant names are unique, and every variant applied to its base is itself a valid scenario. */
function checkVariants(s: Scenario): void {
  const seen = new Set<string>();
  s.variants.forEach((v, i) => {
    if (v.name === 'base') throw new ScenarioError([{ path: `variants[${i}].name`, message: '"base" names the scenario itself; choose another name' }]);
    if (seen.has(v.name)) {
      throw new ScenarioError([{ path: `variants[${i}].name`, message: `the scenario already has a variant named "${v.name}"; choose another name` }]);
    }
    seen.add(v.name);
    applyVariant(s, v, i, parseScenario);
  });
}

/** Parses the text of a `.tco.json` file. Malformed JSON is reported as a ScenarioError at `(root)` with line and column. */
export function parseScenarioJson(textValue: string): Scenario {
  // A byte-order mark is not part of the JSON, nor a column of the first line.
  const body = textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ScenarioError([{ path: '(root)', message: `is not valid JSON: ${describeJsonSyntaxProblem(jsonSyntaxProblemOf(body))}` }]);
  }
  return parseScenario(value);
}

/** The scanner's account of a text JSON.parse refused; should the two ever disagree, the end of the text is named. */
export function jsonSyntaxProblemOf(text: string): JsonSyntaxProblem {
  return jsonSyntaxProblem(text) ?? { detail: 'the text cannot be read as JSON', ...endOf(text) };
}

function endOf(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}
