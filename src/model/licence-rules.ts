/**
 * Which licence models each database engine allows, on RDS and on EC2: the rules the scenario
 * schema enforces and the cost builders follow. No imports from the schema (it imports these).
 * Sources: docs/methodology.md, "Commercial engines and licences".
 */

export type LicenceModel = 'license-included' | 'byol';

export type SqlServerEngine = 'sqlserver-ex' | 'sqlserver-web' | 'sqlserver-se' | 'sqlserver-ee';
export type OracleEngine = 'oracle-se2' | 'oracle-ee';

export function isSqlServer(engine: string): engine is SqlServerEngine {
  return engine.startsWith('sqlserver-');
}

export function isOracle(engine: string): engine is OracleEngine {
  return engine.startsWith('oracle-');
}

/** SQL Server and Oracle: engines with a licence to account for. Express is free but still a commercial engine (Windows on EC2, vendor terms). */
export function isCommercialEngine(engine: string): boolean {
  return isSqlServer(engine) || isOracle(engine);
}

/**
 * The RDS licence model when the scenario does not say: Oracle EE is bring-your-own-licence only;
 * SQL Server and Oracle SE2 are licence included (AWS, "Amazon RDS for Oracle licensing options";
 * RDS for SQL Server pricing).
 */
export function defaultRdsLicence(engine: string): LicenceModel {
  return engine === 'oracle-ee' ? 'byol' : 'license-included';
}

export interface LicensingInput {
  readonly rds?: LicenceModel | undefined;
  readonly ec2?: LicenceModel | undefined;
  readonly ec2Os?: 'linux' | 'windows' | undefined;
  readonly usdPerTwoCorePack?: number | undefined;
  readonly usdPerProcessor?: number | undefined;
  readonly annualSupportPct?: number | undefined;
}

export interface LicensingProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Replicas an edition cannot have: Oracle replicas need Enterprise Edition (AWS, "Requirements
 * and considerations for RDS for Oracle replicas"; on EC2, Data Guard is Enterprise Edition only).
 */
export function replicaProblem(engine: string, readReplicas: number): string | undefined {
  if (engine === 'oracle-se2' && readReplicas > 0) {
    return `must be 0 for Oracle SE2: Oracle replicas need Enterprise Edition (Data Guard), on RDS and on EC2 (got ${readReplicas})`;
  }
  return undefined;
}

/** What is wrong with a workload's licensing block for its engine (empty when nothing is). */
export function licensingProblems(engine: string, l: LicensingInput | undefined): LicensingProblem[] {
  if (l === undefined) return [];
  const out: LicensingProblem[] = [];
  if (!isCommercialEngine(engine)) {
    return [{ path: [], message: `applies to SQL Server and Oracle engines only (engine is ${engine})` }];
  }
  if (isSqlServer(engine)) {
    if (l.rds === 'byol') {
      out.push({
        path: ['rds'],
        message:
          'byol is not modelled for RDS for SQL Server: the price data has licence-included rates only (AWS offers Bring Your Own Media through License Mobility, not priced here); use license-included',
      });
    }
    if (l.usdPerProcessor !== undefined) out.push({ path: ['usdPerProcessor'], message: 'is an Oracle licence price; SQL Server uses usdPerTwoCorePack' });
    if (engine === 'sqlserver-ex') {
      if (l.ec2 === 'license-included') out.push({ path: ['ec2'], message: 'SQL Server Express is free: use byol (no licence to buy)' });
      if (l.usdPerTwoCorePack !== undefined) out.push({ path: ['usdPerTwoCorePack'], message: 'SQL Server Express is free: it has no licence price' });
    }
  }
  if (isOracle(engine)) {
    if (engine === 'oracle-ee' && l.rds === 'license-included') {
      out.push({ path: ['rds'], message: 'Oracle Enterprise Edition on RDS is byol only (licence included is Standard Edition 2 only)' });
    }
    if (l.ec2 === 'license-included') {
      out.push({ path: ['ec2'], message: 'Oracle on EC2 is byol only: AWS sells no licence-included Oracle on EC2' });
    }
    if (l.ec2Os === 'windows') out.push({ path: ['ec2Os'], message: 'is modelled for SQL Server only; Oracle on EC2 is priced on Linux' });
    if (l.usdPerTwoCorePack !== undefined) out.push({ path: ['usdPerTwoCorePack'], message: 'is a SQL Server licence price; Oracle uses usdPerProcessor' });
  }
  return out;
}
