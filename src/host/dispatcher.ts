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

/** "saveScenario: path: must be an absolute file path": the first problems of an argument, with the call, for the log. */
function describeArgumentProblem(call: string, issues: Parameters<typeof toInputIssues>[0]): string {
  return `${call}: ${listIssues(toInputIssues(issues), (path) => `${path === '(root)' ? 'argument' : path}:`)}`;
}

/**
 * "the path must be an absolute file path": the same problems in the user's words. The renderer shows a reason as
 * it is, so no call name (an internal function) reaches the screen; the log keeps it.
 */
function userArgumentProblem(issues: Parameters<typeof toInputIssues>[0]): string {
  return listIssues(toInputIssues(issues), (path) => (path === '(root)' ? 'the request:' : path === 'path' ? 'the path' : `${path}:`));
}

/** A reason as the user reads it: a message that starts with the call's name ("importCosts: …") loses it. */
function withoutCallName(call: string, reason: string): string {
  return reason.startsWith(`${call}: `) ? reason.slice(call.length + 2) : reason;
}

function listIssues(described: readonly { path: string; message: string }[], field: (path: string) => string): string {
  const shown = described.slice(0, 3).map((i) => `${field(i.path)} ${i.message}`);
  const more = described.length > 3 ? ` (and ${described.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
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
    if (!parsed.success) {
      log(`refused ${describeArgumentProblem(call, parsed.error.issues)}`, undefined);
      return fail(userArgumentProblem(parsed.error.issues));
    }
    try {
      const handler = calls[call] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      if (!isExpectedFailure(error)) log(`${call} failed unexpectedly`, error);
      else log(`${call} refused: ${describeFailure(error)}`, undefined);
      return fail(withoutCallName(call, describeFailure(error)));
    }
  };
  // Each call's handler returns its own Result type; the generic signature only restates that.
  return dispatch as Dispatch;
}
