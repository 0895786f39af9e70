import { engineLabel, type Ec2Platform, type RdsEngine } from '../pricing/price-key';
import { emitRaw, fmtCount, type BuildContext } from './build-context';
import type { Citation, Provenance } from './citation';
import { LICENCE_SOURCES } from './licence-sources';
import type { CostLine, LineProvenance } from './cost-line';
import { defaultRdsLicence, isCommercialEngine, isOracle, isSqlServer, type LicenceModel } from './licence-rules';
import type { LineBase } from './line-spec';
import type { DeploymentId } from './ops-tasks';
import type { DatabaseWorkload, OptionId } from './scenario-schema';

/**
 * Software licences of the commercial engines (SQL Server, Oracle) when the customer brings their
 * own: published list prices as cited defaults (overridable in the scenario), the vendors'
 * counting rules for cloud vCPUs, and yearly support as a share of the licence price. A perpetual
 * licence is what a list price buys: it is costed once, in month 1, plus support every month.
 * Rules and sources: docs/methodology.md, "Commercial engines and licences".
 */


/** SQL Server per-core licensing: core licences are sold in 2-core packs, at least 4 per VM (Microsoft licensing guide). */
export const SQL_SERVER_MIN_CORES_PER_VM = 4;
export const SQL_SERVER_CORES_PER_PACK = 2;

/** Microsoft list price per 2-core pack; Web has none (sold through hosting partners only), Express is free. */
export const SQL_SERVER_USD_PER_TWO_CORE_PACK: Readonly<Record<'sqlserver-web' | 'sqlserver-se' | 'sqlserver-ee', number | undefined>> = {
  'sqlserver-web': undefined,
  'sqlserver-se': 3945,
  'sqlserver-ee': 15123,
};

/** Oracle Technology Global Price List, per Processor licence (EE) or per socket (SE2). */
export const ORACLE_USD_PER_PROCESSOR: Readonly<Record<'oracle-se2' | 'oracle-ee', number>> = { 'oracle-se2': 17500, 'oracle-ee': 47500 };

/** Oracle's cloud policy: 2 vCPUs per Processor licence (hyper-threading on, as on EC2 by default); SE2: 4 vCPUs per socket, at most 8 vCPUs. */
export const ORACLE_VCPUS_PER_PROCESSOR = 2;
export const ORACLE_SE2_VCPUS_PER_SOCKET = 4;
export const ORACLE_SE2_MAX_VCPUS = 8;

/** Yearly support as % of the licence price: Oracle's published 22%; Microsoft Software Assurance, an assumption of 25% (range 20–30%). */
export const ANNUAL_SUPPORT_PCT = { oracle: 22, sqlServer: 25 } as const;

/** Licences one instance needs, or why they cannot be counted. */
export type LicenceCount =
  | { readonly ok: true; readonly licences: number; readonly unit: string; readonly rule: string }
  | { readonly ok: false; readonly problem: string };

/** SQL Server 2-core packs for a VM of `vcpus` vCPUs: every vCPU licensed, at least 4 core licences. */
export function sqlServerTwoCorePacks(vcpus: number): number {
  return Math.ceil(Math.max(SQL_SERVER_MIN_CORES_PER_VM, vcpus) / SQL_SERVER_CORES_PER_PACK);
}

/** Oracle licences for an instance of `vcpus` vCPUs under Oracle's cloud policy. */
export function oracleLicences(engine: 'oracle-se2' | 'oracle-ee', vcpus: number): LicenceCount {
  if (engine === 'oracle-ee') {
    return { ok: true, licences: Math.ceil(vcpus / ORACLE_VCPUS_PER_PROCESSOR), unit: 'Processor licences', rule: `${fmtCount(vcpus)} vCPUs ÷ 2 per Processor licence, rounded up` };
  }
  if (vcpus > ORACLE_SE2_MAX_VCPUS) {
    return { ok: false, problem: `Oracle SE2 may be licensed only on instances of up to ${ORACLE_SE2_MAX_VCPUS} vCPUs (this one has ${fmtCount(vcpus)}); choose a smaller instance or Enterprise Edition` };
  }
  return { ok: true, licences: Math.ceil(vcpus / ORACLE_SE2_VCPUS_PER_SOCKET), unit: 'socket licences', rule: `${fmtCount(vcpus)} vCPUs, each 4 (rounded up) counted as 1 socket` };
}

/** The RDS engine string to price a workload's instances with (licence included or BYOL rates). */
export function rdsPriceEngine(w: DatabaseWorkload): RdsEngine {
  return rdsPriceEngineFor(w.engine, rdsLicence(w));
}

/** The RDS engine string of an engine under a licence model (the default one when not given), e.g. for instance pickers. */
export function rdsPriceEngineFor(engine: DatabaseWorkload['engine'], licence: LicenceModel = defaultRdsLicence(engine)): RdsEngine {
  if (engine === 'oracle-ee') return 'oracle-ee-byol';
  if (engine === 'oracle-se2') return licence === 'byol' ? 'oracle-se2-byol' : 'oracle-se2';
  return engine;
}

export function rdsLicence(w: DatabaseWorkload): LicenceModel {
  return w.licensing?.rds ?? defaultRdsLicence(w.engine);
}

export function ec2Licence(w: DatabaseWorkload): LicenceModel {
  return w.licensing?.ec2 ?? 'byol';
}

const SQL_PLATFORM: Readonly<Record<'sqlserver-web' | 'sqlserver-se' | 'sqlserver-ee', Ec2Platform>> = {
  'sqlserver-web': 'windows-sql-web',
  'sqlserver-se': 'windows-sql-std',
  'sqlserver-ee': 'windows-sql-ent',
};

/**
 * What the EC2 instances of a database run on: Windows with SQL Server licence included, Windows
 * alone (BYOL SQL Server on Windows), or Linux (undefined): open-source engines, Oracle, and by
 * default BYOL SQL Server, which runs on Linux since SQL Server 2017 without an OS licence.
 */
export function ec2Platform(w: DatabaseWorkload): Ec2Platform | undefined {
  const engine = w.engine;
  if (!isSqlServer(engine)) return undefined;
  if (engine !== 'sqlserver-ex' && ec2Licence(w) === 'license-included') return SQL_PLATFORM[engine];
  return w.licensing?.ec2Os === 'windows' ? 'windows' : undefined;
}

/** Whether the option's instances need customer licences (BYOL of a paid edition). */
export function needsOwnLicences(w: DatabaseWorkload, deployment: 'ec2-db' | 'rds'): boolean {
  if (w.engine === 'sqlserver-ex' || (!isSqlServer(w.engine) && !isOracle(w.engine))) return false;
  return deployment === 'rds' ? rdsLicence(w) === 'byol' : ec2Licence(w) === 'byol';
}

/** A paid SQL Server / Oracle edition whose licence is in the RDS rate (nothing to take along when leaving RDS). */
export function licenceIncludedOnRds(w: DatabaseWorkload): boolean {
  return isCommercialEngine(w.engine) && w.engine !== 'sqlserver-ex' && rdsLicence(w) === 'license-included';
}

interface Priced {
  readonly usdPerUnit: number | undefined;
  readonly unit: string;
  readonly perInstance: number;
  readonly rule: string;
  readonly provenance: () => LineProvenance;
  readonly supportPct: number;
  readonly supportProvenance: () => LineProvenance;
}

function scenarioNote(field: string, p: string): LineProvenance {
  return { kind: 'input', note: `Licence price entered in the scenario (${p}.licensing.${field})` };
}

function published(note: string, citations: readonly Citation[], rationale: string): () => LineProvenance {
  const provenance: Provenance = { citations, rationale };
  return () => ({ kind: 'published-rate', note: `Published list price, not an AWS price: ${note}`, provenance });
}

function supportProvenance(w: DatabaseWorkload, p: string, oracle: boolean): () => LineProvenance {
  if (w.licensing?.annualSupportPct !== undefined) return () => ({ kind: 'input', note: `Support share entered in the scenario (${p}.licensing.annualSupportPct)` });
  return oracle
    ? published('Oracle Software Update License & Support, 22% of the licence fee per year', [LICENCE_SOURCES.oraclePriceList], 'Oracle prices support at 22% of the net licence fee; at list price that is 22% of list.')
    : published(
        'Software Assurance, assumed 25% of the licence price per year (range 20–30%)',
        [LICENCE_SOURCES.softwareAssuranceShare, LICENCE_SOURCES.microsoftLicenseMobility],
        'Software Assurance is the condition for License Mobility (BYOL on shared tenancy EC2); Microsoft does not publish it as a share on the SQL Server page, so 25% is an assumption.',
      );
}

/** The licence price, count rule and support of one instance of `vcpus` vCPUs. */
function pricedLicences(w: DatabaseWorkload, p: string, vcpus: number): Priced | { problem: string } {
  const engine = w.engine;
  const l = w.licensing;
  if (isOracle(engine)) {
    const count = oracleLicences(engine, vcpus);
    if (!count.ok) return { problem: count.problem };
    const list = ORACLE_USD_PER_PROCESSOR[engine];
    return {
      usdPerUnit: l?.usdPerProcessor ?? list,
      unit: count.unit,
      perInstance: count.licences,
      rule: count.rule,
      provenance:
        l?.usdPerProcessor !== undefined
          ? () => scenarioNote('usdPerProcessor', p)
          : published(
              `Oracle Database ${engine === 'oracle-ee' ? 'Enterprise Edition' : 'Standard Edition 2'} $${fmtCount(list)} per ${engine === 'oracle-ee' ? 'Processor licence' : 'socket'}`,
              [LICENCE_SOURCES.oraclePriceList, LICENCE_SOURCES.oracleCloudPolicy],
              'List price: enterprise discounts are negotiated; enter yours in licensing.usdPerProcessor.',
            ),
      supportPct: l?.annualSupportPct ?? ANNUAL_SUPPORT_PCT.oracle,
      supportProvenance: supportProvenance(w, p, true),
    };
  }
  if (engine === 'sqlserver-web' || engine === 'sqlserver-se' || engine === 'sqlserver-ee') {
    const list = SQL_SERVER_USD_PER_TWO_CORE_PACK[engine];
    const packs = sqlServerTwoCorePacks(vcpus);
    return {
      usdPerUnit: l?.usdPerTwoCorePack ?? list,
      unit: '2-core packs',
      perInstance: packs,
      rule: `${fmtCount(vcpus)} vCPUs licensed as cores, at least ${SQL_SERVER_MIN_CORES_PER_VM}, in 2-core packs`,
      provenance:
        l?.usdPerTwoCorePack !== undefined
          ? () => scenarioNote('usdPerTwoCorePack', p)
          : published(
              `Microsoft SQL Server 2022 ${engine === 'sqlserver-ee' ? 'Enterprise' : 'Standard'} $${fmtCount(list ?? 0)} per 2-core pack`,
              [LICENCE_SOURCES.microsoftSqlPricing, LICENCE_SOURCES.microsoftPerCoreMinimum],
              'List price per 2-core pack; volume agreements differ: enter yours in licensing.usdPerTwoCorePack.',
            ),
      supportPct: l?.annualSupportPct ?? ANNUAL_SUPPORT_PCT.sqlServer,
      supportProvenance: supportProvenance(w, p, false),
    };
  }
  return { problem: `${engine} has no licence to price` };
}

export interface LicensedInstances {
  readonly option: OptionId;
  readonly deployment: Extract<DeploymentId, 'ec2-db' | 'rds'>;
  /** EC2 type or RDS class whose vCPUs are licensed. */
  readonly instanceType: string;
  readonly count: number;
  /** Why `count` instances are licensed (standby and replica rules). */
  readonly countNote: string;
}

/**
 * Licence lines of one option of a database workload: the licences bought once (month 1) and
 * support every month. When the vCPUs of the instance type are unknown, the edition has no
 * published price, or the vendor's rules forbid the instance size, one flagged line says so (the
 * option then cannot be recommended): never a guessed licence cost.
 */
export function emitLicences(ctx: BuildContext, w: DatabaseWorkload, index: number, at: LicensedInstances): void {
  const p = `workloads[${index}]`;
  const base: LineBase = { option: at.option, workloadId: w.id, deployment: at.deployment, category: 'infrastructure' };
  const id = `${at.option}:${w.id}:licence`;
  const where = at.deployment === 'rds' ? 'RDS (BYOL)' : 'EC2 (BYOL)';
  const vcpus = ctx.catalogue.vcpus?.(ctx.region, at.instanceType);
  const priced: Priced | { problem: string } =
    vcpus === undefined ? { problem: `vCPU count of ${at.instanceType} not found in ${ctx.region}; refresh prices from AWS` } : pricedLicences(w, p, vcpus);
  const missing = (message: string): void =>
    emitRaw(ctx, {
      base,
      service: 'Software licences',
      text: () => ({ id, label: `${engineTitle(w.engine)} licences for ${where}` }),
      quantity: at.count,
      unit: 'instances',
      unitPrice: null,
      schedule: { kind: 'once', month: 1 },
      provenance: () => ({ kind: 'missing', priceKey: `licence/${ctx.region}/${w.engine}/${at.instanceType}` }),
      flag: (): NonNullable<CostLine['flag']> => ({ kind: 'missing-price', message: `licence not priced for ${engineTitle(w.engine)} on ${at.instanceType}: ${message} (${p}.licensing)`, path: `${p}.licensing` }),
    });
  if ('problem' in priced) return missing(priced.problem);
  if (priced.usdPerUnit === undefined) {
    return missing('Microsoft publishes no list price for SQL Server Web (sold through hosting partners only); enter licensing.usdPerTwoCorePack');
  }
  const usdPerUnit = priced.usdPerUnit;
  const quantity = at.count * priced.perInstance;
  const notes = [`${priced.rule}: ${fmtCount(priced.perInstance)} per instance.`, at.countNote];
  if (isSqlServer(w.engine) && at.deployment === 'ec2-db') {
    notes.push('BYOL on shared tenancy EC2 requires License Mobility through Software Assurance (Microsoft; AWS "Microsoft Licensing on AWS").');
  }
  emitRaw(ctx, {
    base,
    service: 'Software licences',
    text: () => ({ id, label: `${engineTitle(w.engine)} licences for ${where} (${fmtCount(quantity)} ${priced.unit}, bought once)`, notes }),
    quantity,
    unit: priced.unit,
    unitPrice: usdPerUnit,
    schedule: { kind: 'once', month: 1 },
    provenance: priced.provenance,
  });
  if (priced.supportPct > 0) {
    emitRaw(ctx, {
      base,
      service: 'Software licences',
      text: () => ({
        id: `${id}-support`,
        label: `${engineTitle(w.engine)} ${isOracle(w.engine) ? 'support' : 'Software Assurance'} (${fmtCount(priced.supportPct)}% of the licence price a year)`,
        notes: ['Charged monthly as one twelfth of the yearly fee.'],
      }),
      quantity,
      unit: `${priced.unit} (monthly support)`,
      unitPrice: (usdPerUnit * priced.supportPct) / 100 / 12,
      schedule: { kind: 'monthly', growth: 'none' },
      provenance: priced.supportProvenance,
    });
  }
}

/** The engine's display name, e.g. "SQL Server Standard" (the RDS engine label without the licence model). */
export function engineTitle(engine: DatabaseWorkload['engine']): string {
  if (engine === 'oracle-se2') return 'Oracle SE2';
  if (engine === 'oracle-ee') return 'Oracle EE';
  return engineLabel(engine);
}
