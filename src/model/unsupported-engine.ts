import { emitRaw, type BuildContext } from './build-context';
import type { LineBase } from './line-spec';
import { ASSUMED_START_MONTH, COMMUNITY_POLICY, isCalendarEngine, nextMonth, projectionMonth, versionSupport } from './support-calendar';

/**
 * Assumed DBA hours per month while a self-managed engine runs past its community end of life:
 * no more upstream security releases, so each relevant CVE must be assessed and a fix backported or
 * mitigated (or an upgrade rushed). An assumption (range 2–16 h/month), not a measurement.
 */
export const UNSUPPORTED_ENGINE_HOURS_PER_MONTH = 4;

/**
 * On EC2 nobody sells Extended Support for a community engine: the matching cost of an old major
 * version is the team's work and risk of running it unsupported. From the month after community end
 * of life to the end of the horizon, a DBA line of UNSUPPORTED_ENGINE_HOURS_PER_MONTH, stated as an
 * assumption; the routine upgrade effort stays in the ec2-db.db-major-upgrade task.
 */
export function emitUnsupportedEngineWork(
  ctx: BuildContext,
  u: { base: LineBase; id: string; engine: string; engineLabel: string; version: string | undefined; path: string },
): void {
  if (u.version === undefined || !isCalendarEngine(u.engine)) return;
  const support = versionSupport(u.engine, u.version);
  if (!support) return;
  const start = ctx.scenario.startMonth ?? ASSUMED_START_MONTH;
  const first = Math.max(1, projectionMonth(start, nextMonth(support.communityEolLast)));
  const horizon = ctx.scenario.horizonMonths;
  if (first > horizon) return;
  const policy = COMMUNITY_POLICY[u.engine];
  const rate = ctx.roles.dba.hourlyUsd;
  emitRaw(ctx, {
    base: { ...u.base, category: 'security' },
    service: 'Engineering time',
    text: () => ({
      id: `${u.id}:unsupported-engine`,
      label: `${u.engineLabel} ${u.version} past community end of life (${support.communityEolLast}): security fixes to backport or mitigate`,
      notes: [
        `No upstream security releases after ${support.communityEolLast}; from month ${first}${ctx.scenario.startMonth === undefined ? ` (month 1 assumed ${ASSUMED_START_MONTH})` : ''} the team assesses each CVE and backports or mitigates it, or upgrades. The risk of an unpatched engine is not priced.`,
      ],
    }),
    quantity: UNSUPPORTED_ENGINE_HOURS_PER_MONTH,
    unit: 'engineer-hours',
    unitPrice: rate,
    hours: UNSUPPORTED_ENGINE_HOURS_PER_MONTH,
    schedule: { kind: 'window', firstMonth: first, lastMonth: horizon },
    provenance: () => ({
      kind: 'input',
      note: `Assumption: ${UNSUPPORTED_ENGINE_HOURS_PER_MONTH} DBA hours per month (range 2–16) while the engine is past community end of life, at the DBA rate.`,
      provenance: {
        citations: [{ title: policy.title, url: policy.url, date: 'read 2026-12', grade: 'P' }],
        rationale: 'Community support ends on the published date; the hours to track and backport fixes are an assumption.',
      },
    }),
  });
}
