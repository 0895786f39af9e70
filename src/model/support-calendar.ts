/**
 * Engine major-version support calendars: when a version leaves standard support and what follows.
 *
 * RDS (AWS release calendars, read 2026-12):
 * - PostgreSQL: https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html
 * - MySQL: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html#MySQL.Concepts.VersionMgmt.ReleaseCalendar
 * After the RDS end of standard support a database is enrolled in RDS Extended Support (charged
 * per vCPU-hour, years 1–2 at one rate, year 3 at a higher one) until the end of Extended Support,
 * when RDS upgrades it. RDS for MariaDB has no Extended Support: RDS upgrades the database at the
 * end of standard support (describe-db-major-engine-versions returns only standard support for it,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-viewing-support-dates.html).
 *
 * Community end of life (what a self-managed database on EC2 depends on):
 * - PostgreSQL: five years of minor releases per major version, https://www.postgresql.org/support/versioning/
 * - MySQL: Oracle Lifetime Support Policy (Premier Support end), https://www.mysql.com/support/eol-notice.html
 * - MariaDB: five years for long-term releases, https://mariadb.org/about/#maintenance-policy
 *
 * Months are YYYY-MM: the first month a phase applies in full. Aurora has its own rows
 * (AURORA_SUPPORT_CALENDAR, keyed by Aurora engine) because its dates differ from RDS's; commercial
 * engines have none yet. `extendedSupport` is absent where the service offers none.
 */

export type YearMonth = string;

export interface ExtendedSupportPhases {
  /** First month billed at the years 1–2 rate. */
  readonly year1: YearMonth;
  /**
   * First month billed at the year 3 rate; absent where AWS bills the year 1 rate for the whole of
   * Extended Support (Aurora MySQL version 3: "Not applicable" in its release calendar).
   */
  readonly year3?: YearMonth | undefined;
  /** Last month of Extended Support; after it the managed service upgrades the database. */
  readonly lastMonth: YearMonth;
  /** What the reader of the line should know about where these dates come from (shown on the lines). */
  readonly note?: string | undefined;
}

export interface VersionSupport {
  readonly version: string;
  /** Last month of the community's own support (security fixes); after it a self-run engine is unsupported. */
  readonly communityEolLast: YearMonth;
  /** Last month of the managed service's standard support. */
  readonly standardLast: YearMonth;
  readonly extendedSupport?: ExtendedSupportPhases | undefined;
}

export type CalendarEngine = 'postgresql' | 'mysql' | 'mariadb';

export const SUPPORT_CALENDAR: Readonly<Record<CalendarEngine, readonly VersionSupport[]>> = {
  postgresql: [
    // RDS for PostgreSQL 11 entered Extended Support on 2024-03-01, but charges started on 2024-04-01 (RDS User Guide, extended-support-charges).
    { version: '11', communityEolLast: '2023-11', standardLast: '2024-02', extendedSupport: { year1: '2024-04', year3: '2026-03', lastMonth: '2027-03' } },
    { version: '12', communityEolLast: '2024-11', standardLast: '2025-02', extendedSupport: { year1: '2025-03', year3: '2027-03', lastMonth: '2028-02' } },
    { version: '13', communityEolLast: '2025-11', standardLast: '2026-02', extendedSupport: { year1: '2026-03', year3: '2028-03', lastMonth: '2029-02' } },
    { version: '14', communityEolLast: '2026-11', standardLast: '2027-02', extendedSupport: { year1: '2027-03', year3: '2029-03', lastMonth: '2030-02' } },
    { version: '15', communityEolLast: '2027-11', standardLast: '2028-02', extendedSupport: { year1: '2028-03', year3: '2030-03', lastMonth: '2031-02' } },
    { version: '16', communityEolLast: '2028-11', standardLast: '2029-02', extendedSupport: { year1: '2029-03', year3: '2031-03', lastMonth: '2032-02' } },
    { version: '17', communityEolLast: '2029-11', standardLast: '2030-02', extendedSupport: { year1: '2030-03', year3: '2032-03', lastMonth: '2033-02' } },
  ],
  mysql: [
    { version: '5.7', communityEolLast: '2023-10', standardLast: '2024-02', extendedSupport: { year1: '2024-03', year3: '2026-03', lastMonth: '2027-02' } },
    { version: '8.0', communityEolLast: '2026-04', standardLast: '2026-07', extendedSupport: { year1: '2026-08', year3: '2028-08', lastMonth: '2029-07' } },
    { version: '8.4', communityEolLast: '2032-04', standardLast: '2029-07', extendedSupport: { year1: '2029-08', year3: '2031-08', lastMonth: '2032-07' } },
  ],
  mariadb: [
    { version: '10.5', communityEolLast: '2025-06', standardLast: '2025-06' },
    { version: '10.6', communityEolLast: '2026-07', standardLast: '2026-07' },
    { version: '10.11', communityEolLast: '2028-02', standardLast: '2028-02' },
    { version: '11.4', communityEolLast: '2029-05', standardLast: '2029-05' },
  ],
};

export type AuroraCalendarEngine = 'aurora-postgresql' | 'aurora-mysql';

/**
 * Aurora's own calendar (AWS release calendars, read 2026-12), keyed by the community major version
 * the workload's `engineVersion` names (Aurora MySQL version 2 is MySQL 5.7-compatible, version 3 is
 * 8.0-compatible; `describe-db-major-engine-versions` also reports aurora-mysql majors as "5.7", "8.0"):
 * - Aurora PostgreSQL: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html
 *   (end of standard support as RDS for PostgreSQL; Aurora PostgreSQL 11's year 3 pricing starts 1 April 2026).
 * - Aurora MySQL: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html
 *   version 2 (5.7): standard support to 31 October 2024, year 1 pricing from 1 December 2024, year 3
 *   pricing from 1 December 2026, Extended Support to 30 June 2029; version 3 (8.0): standard support
 *   to 30 April 2028, year 1 pricing from 1 May 2028, year 3 pricing "Not applicable", Extended
 *   Support to 31 July 2029. Aurora MySQL 8.4 is left out: its end of standard support is given only
 *   as "April 2032" and its Extended Support dates as "To be determined".
 * Community end of life is the same column of those calendars.
 */
export const AURORA_SUPPORT_CALENDAR: Readonly<Record<AuroraCalendarEngine, readonly VersionSupport[]>> = {
  // Same end of standard support and bands as RDS for PostgreSQL, except Aurora PostgreSQL 11's year 3 pricing, which starts on
  // 2026-04-01 (its charges started 2024-04-01, "enters Extended Support on March 1, 2024, but charges don't start until April 1, 2024",
  // Aurora User Guide, extended-support-charges).
  'aurora-postgresql': SUPPORT_CALENDAR.postgresql.map((v) =>
    v.version === '11' && v.extendedSupport ? { ...v, extendedSupport: { ...v.extendedSupport, year3: '2026-04' } } : v,
  ),
  'aurora-mysql': [
    // Aurora MySQL version 2 entered Extended Support on 2024-11-01 but was charged from 2024-12-01 (Aurora User Guide, extended-support).
    {
      version: '5.7',
      communityEolLast: '2023-10',
      standardLast: '2024-10',
      extendedSupport: {
        year1: '2024-12',
        year3: '2026-12',
        lastMonth: '2029-06',
        note: 'Dates from the Aurora MySQL release calendar as updated in 2026: earlier editions listed no year 3 pricing for Aurora MySQL version 2 and an earlier end of Extended Support (February 2027), and AWS once charged Aurora MySQL at year 1 prices throughout. The year 3 rate is the Aurora provisioned year 3 rate.',
      },
    },
    { version: '8.0', communityEolLast: '2026-04', standardLast: '2028-04', extendedSupport: { year1: '2028-05', lastMonth: '2029-07' } },
  ],
};

export function knownAuroraVersions(engine: AuroraCalendarEngine): readonly string[] {
  return AURORA_SUPPORT_CALENDAR[engine].map((v) => v.version);
}

export function auroraVersionSupport(engine: AuroraCalendarEngine, version: string): VersionSupport | undefined {
  return AURORA_SUPPORT_CALENDAR[engine].find((v) => v.version === version);
}

/**
 * Month 1 of a scenario without `startMonth`: the month this calendar was read. Fixed, not today's
 * date, so an estimate is reproducible; the lines that depend on it say so.
 */
export const ASSUMED_START_MONTH: YearMonth = '2026-12';

/** Engines with rows in the calendar; SQL Server and Oracle have none yet (their versions are not modelled). */
export function isCalendarEngine(engine: string): engine is CalendarEngine {
  return Object.hasOwn(SUPPORT_CALENDAR, engine);
}

export function knownVersions(engine: string): readonly string[] {
  return isCalendarEngine(engine) ? SUPPORT_CALENDAR[engine].map((v) => v.version) : [];
}

export function versionSupport(engine: string, version: string): VersionSupport | undefined {
  return isCalendarEngine(engine) ? SUPPORT_CALENDAR[engine].find((v) => v.version === version) : undefined;
}

/** The projection month (1-based) in which a calendar month falls, for a scenario starting in `start`. */
export function projectionMonth(start: YearMonth, month: YearMonth): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (y - sy) * 12 + (m - sm) + 1;
}

/** A band of months at one rate, in projection months (may lie partly or wholly outside the horizon). */
export interface SupportBand {
  readonly label: string;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Which rate of the year-banded charge applies. */
  readonly band: 'year1-2' | 'year3';
  readonly calendarFirst: YearMonth;
  readonly calendarLast: YearMonth;
}

function previousMonth(month: YearMonth): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The Extended Support bands of a version relative to a start month (empty if the version has none). */
export function extendedSupportBands(support: VersionSupport, start: YearMonth): SupportBand[] {
  const es = support.extendedSupport;
  if (!es) return [];
  if (es.year3 === undefined) {
    return [{ label: 'all years (year 1 rate)', band: 'year1-2', calendarFirst: es.year1, calendarLast: es.lastMonth, firstMonth: projectionMonth(start, es.year1), lastMonth: projectionMonth(start, es.lastMonth) }];
  }
  const year2Last = previousMonth(es.year3);
  return [
    { label: 'years 1–2', band: 'year1-2', calendarFirst: es.year1, calendarLast: year2Last, firstMonth: projectionMonth(start, es.year1), lastMonth: projectionMonth(start, year2Last) },
    { label: 'year 3', band: 'year3', calendarFirst: es.year3, calendarLast: es.lastMonth, firstMonth: projectionMonth(start, es.year3), lastMonth: projectionMonth(start, es.lastMonth) },
  ];
}

/** The month after `month`. */
export function nextMonth(month: YearMonth): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Where each engine's community support policy is published (cited by the EC2 unsupported-version line). */
export const COMMUNITY_POLICY: Readonly<Record<CalendarEngine, { readonly title: string; readonly url: string }>> = {
  postgresql: { title: 'PostgreSQL Versioning Policy: each major version is supported for five years', url: 'https://www.postgresql.org/support/versioning/' },
  mysql: { title: 'MySQL product support EOL announcements (Oracle Lifetime Support Policy)', url: 'https://www.mysql.com/support/eol-notice.html' },
  mariadb: { title: 'MariaDB Server maintenance policy: five years for long-term releases', url: 'https://mariadb.org/about/#maintenance-policy' },
};
