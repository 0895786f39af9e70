import { API_CALLS, type Result, type TcoApi, type TcoApiCall } from '../contract/host-api';
import { toInputIssues } from '../model/parse-scenario';
import type { HostCalls } from './host-calls';
import { REQUEST_SCHEMAS } from './request-schemas';
import { describeFailure, fail, isExpectedFailure } from './result';

/** The answer of a call: typed for a name of the contract, a plain Result for any other string (which is refused). */
export type DispatchResult<K extends string> = K extends TcoApiCall ? Awaited<ReturnType<TcoApi[K]>> : Result<unknown>;
export type Dispatch = <K extends string>(call: K, argument: unknown) => Promise<DispatchResult<K>>;

const CALLS: ReadonlySet<string> = new Set(API_CALLS);

export function isApiCall(name: string): name is TcoApiCall {
  return CALLS.has(name);
}

/** "saveScenario: path: must be an absolute file path", for the first problems of an argument. */
function describeArgumentProblem(call: string, issues: Parameters<typeof toInputIssues>[0]): string {
  const described = toInputIssues(issues);
  const shown = described.slice(0, 3).map((i) => `${i.path === '(root)' ? 'argument' : i.path}: ${i.message}`);
  const more = described.length > 3 ? ` (and ${described.length - 3} more)` : '';
  return `${call}: ${shown.join('; ')}${more}`;
}

/**
 * The one edge where renderer input enters the host, shared by the IPC handlers and the web host:
 * the call must be in the contract, its argument must match the call's schema, and whatever the
 * call does, the answer is a Result — an exception never crosses the boundary.
 */
export function createDispatcher(calls: HostCalls, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  const dispatch = async (call: string, argument: unknown): Promise<Result<unknown>> => {
    if (!isApiCall(call)) return fail(`unknown call "${call.slice(0, 60)}"`);
    const parsed = REQUEST_SCHEMAS[call].safeParse(argument, { reportInput: true });
    if (!parsed.success) return fail(describeArgumentProblem(call, parsed.error.issues));
    try {
      const handler = calls[call] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      if (!isExpectedFailure(error)) log(`${call} failed unexpectedly`, error);
      return fail(describeFailure(error));
    }
  };
  // Each call's handler returns its own Result type; the generic signature only restates that.
  return dispatch as Dispatch;
}
