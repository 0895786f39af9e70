import { acceptedEngineVersions, DATABASE_ENGINES, getAtPath, isBurstableClass, isCommercialEngine, isOracle, rdsPriceEngineFor, type PathKey } from '../../src/index';
import { CheckboxField, NumberField, SelectField, TextField, type FieldContext } from '../components/fields';
import { InstancePicker } from '../components/InstancePicker';
import { ENGINE_LABELS } from '../state/workload-layout';
import { CommitmentEditor } from './CommitmentEditor';

type Engine = (typeof DATABASE_ENGINES)[number];
const ENGINE_OPTIONS = DATABASE_ENGINES.map((value) => ({ value, label: ENGINE_LABELS[value] ?? value }));
const LICENCE_OPTIONS = [
  { value: 'license-included', label: 'Licence included (AWS rate)' },
  { value: 'byol', label: 'Bring your own licence' },
] as const;
const OS_OPTIONS = [
  { value: 'linux', label: 'Linux (SQL Server 2017+)' },
  { value: 'windows', label: 'Windows (licence included)' },
] as const;

function knownEngine(engine: string): Engine | undefined {
  return (DATABASE_ENGINES as readonly string[]).includes(engine) ? (engine as Engine) : undefined;
}

/** Licence model and prices of SQL Server and Oracle (docs/methodology.md, Commercial engines and licences). */
function LicensingFields({ ctx, p, engine, hasSelfManaged }: { ctx: FieldContext; p: (...rest: PathKey[]) => PathKey[]; engine: Engine; hasSelfManaged: boolean }) {
  const oracle = isOracle(engine);
  return (
    <>
      <h3>Licensing</h3>
      <div className="grid">
        <SelectField
          ctx={ctx}
          path={p('licensing', 'rds')}
          label="RDS licence"
          options={engine === 'oracle-ee' ? LICENCE_OPTIONS.filter((o) => o.value === 'byol') : engine === 'oracle-se2' ? LICENCE_OPTIONS : LICENCE_OPTIONS.filter((o) => o.value === 'license-included')}
          optional={engine === 'oracle-ee' ? 'Bring your own licence (the only model for EE)' : 'Licence included (default)'}
        />
        {hasSelfManaged && engine !== 'sqlserver-ex' && !oracle ? (
          <SelectField
            ctx={ctx}
            path={p('licensing', 'ec2')}
            label="EC2 licence"
            options={LICENCE_OPTIONS}
            optional="Bring your own licence (default)"
            info="Licence-included Windows + SQL Server rates are not in the offline snapshot: refresh prices from AWS, or the line is flagged."
          />
        ) : null}
        {hasSelfManaged && !oracle ? (
          <SelectField
            ctx={ctx}
            path={p('licensing', 'ec2Os')}
            label="EC2 operating system (BYOL)"
            options={OS_OPTIONS}
            optional="Linux (default)"
          />
        ) : null}
        {engine === 'sqlserver-ex' ? null : oracle ? (
          <NumberField ctx={ctx} path={p('licensing', 'usdPerProcessor')} label="Licence price" unit="USD per processor" optional hint={engine === 'oracle-ee' ? 'Default: Oracle list $47,500' : 'Default: Oracle list $17,500 per socket'} />
        ) : (
          <NumberField
            ctx={ctx}
            path={p('licensing', 'usdPerTwoCorePack')}
            label="Licence price"
            unit="USD per 2-core pack"
            optional
            hint={engine === 'sqlserver-web' ? 'No published list price: required for BYOL' : `Default: Microsoft list ${engine === 'sqlserver-ee' ? '$15,123' : '$3,945'}`}
          />
        )}
        {engine === 'sqlserver-ex' ? null : (
          <NumberField ctx={ctx} path={p('licensing', 'annualSupportPct')} label="Support per year" unit="% of licence" optional hint={oracle ? 'Default: 22% (Oracle)' : 'Default: 25% Software Assurance (required for BYOL on shared tenancy)'} />
        )}
      </div>
    </>
  );
}

export function DatabaseForm({
  ctx,
  index,
  region,
  engine,
  hasSelfManaged,
  hasAurora,
}: {
  ctx: FieldContext;
  index: number;
  region: string;
  engine: string;
  hasSelfManaged: boolean;
  hasAurora: boolean;
}) {
  const p = (...rest: PathKey[]): PathKey[] => ['workloads', index, ...rest];
  const known = knownEngine(engine);
  const rdsLicence = getAtPath(ctx.draft, p('licensing', 'rds'));
  const classValue = getAtPath(ctx.draft, p('instanceClass'));
  const instanceClass = typeof classValue === 'string' ? classValue : undefined;
  const versions = acceptedEngineVersions(engine, hasAurora);
  const rdsEngine = known ? rdsPriceEngineFor(known, rdsLicence === 'byol' || rdsLicence === 'license-included' ? rdsLicence : undefined) : engine;
  return (
    <>
      <div className="grid">
        <TextField ctx={ctx} path={p('name')} label="Name" maxLength={120} />
        <TextField ctx={ctx} path={p('id')} label="Id" hint="Lower-case letters, digits, hyphens" />
        <SelectField ctx={ctx} path={p('engine')} label="Engine" options={ENGINE_OPTIONS} />
        <InstancePicker ctx={ctx} path={p('instanceClass')} label="RDS instance class" region={region} kind={{ service: 'rds', engine: rdsEngine }} />
        <InstancePicker ctx={ctx} path={p('ec2InstanceType')} label="EC2 type (self-managed)" region={region} kind={{ service: 'ec2' }} optional="same as the RDS class" />
        <NumberField ctx={ctx} path={p('hoursPerMonth')} label="Hours per month" unit="h" optional hint="730 = 24/7" />
        {versions.length > 0 ? (
          <SelectField
            ctx={ctx}
            path={p('engineVersion')}
            label="Major version"
            optional="Not stated (no support-calendar charges)"
            options={versions.map((v) => ({ value: v, label: v }))}
            info="A version past its standard support end pays RDS Extended Support per vCPU-hour on RDS and Aurora, and on EC2 counts the work of running an unsupported version, from the right month (set the start month on the Scenario tab)."
          />
        ) : null}
        {instanceClass !== undefined && isBurstableClass(instanceClass) ? (
          <NumberField
            ctx={ctx}
            path={p('cpuCreditSurplusVcpuHoursPerMonth')}
            label="CPU credits above baseline"
            unit="vCPU-h/month"
            optional
            info="Burstable classes run Unlimited by default on RDS: sustained use above the baseline is billed per vCPU-hour. CloudWatch CPUSurplusCreditsCharged gives your figure."
          />
        ) : null}
      </div>
      {known && isCommercialEngine(known) ? <LicensingFields ctx={ctx} p={p} engine={known} hasSelfManaged={hasSelfManaged} /> : null}
      <h3>Storage and backups</h3>
      <div className="grid">
        <NumberField ctx={ctx} path={p('storage', 'sizeGb')} label="Storage" unit="GiB" step={1} />
        <SelectField
          ctx={ctx}
          path={p('storage', 'type')}
          label="Storage type"
          options={[
            { value: 'gp3', label: 'gp3 (General Purpose)' },
            { value: 'gp2', label: 'gp2 (General Purpose, older)' },
            { value: 'io1', label: 'io1 (Provisioned IOPS)' },
            { value: 'io2', label: 'io2 (Provisioned IOPS, Block Express)' },
          ]}
        />
        <NumberField ctx={ctx} path={p('storage', 'iops')} label="Provisioned IOPS" optional hint="io1, io2: required; gp3: above the included baseline" />
        <NumberField ctx={ctx} path={p('storage', 'throughputMBps')} label="Throughput (gp3)" unit="MiB/s" optional />
        <NumberField ctx={ctx} path={p('backup', 'retentionDays')} label="Backup retention" unit="days" step={1} />
        <NumberField ctx={ctx} path={p('backup', 'storageGb')} label="Backup storage" unit="GB" info="Total backups and snapshots kept. RDS includes backup storage up to 100% of provisioned storage; EC2 bills every snapshot GB." />
        {hasSelfManaged ? (
          <>
            <NumberField
              ctx={ctx}
              path={p('backup', 'dailyChangePct')}
              label="Daily change (EC2 snapshots)"
              unit="%/day"
              optional
              info="EBS snapshots are incremental: the first holds the volume, later ones only the blocks changed. Left empty, EC2 bills the whole backup storage every month."
            />
            <NumberField ctx={ctx} path={p('rootVolumeGb')} label="Root volume per EC2 instance" unit="GiB" step={1} optional hint="AMI default, commonly 8–30 GiB" />
            <SelectField
              ctx={ctx}
              path={p('rootVolumeType')}
              label="Root volume type"
              optional="gp3 (default)"
              options={[
                { value: 'gp3', label: 'gp3' },
                { value: 'gp2', label: 'gp2 (older AMIs)' },
              ]}
            />
          </>
        ) : null}
      </div>
      <h3>Availability</h3>
      <div className="grid">
        <CheckboxField ctx={ctx} path={p('highAvailability')} label={hasAurora ? 'Highly available (RDS Multi-AZ; an Aurora Replica in another AZ; standby in a second AZ on EC2)' : 'Highly available (RDS Multi-AZ; standby in a second AZ on EC2)'} />
        <NumberField ctx={ctx} path={p('readReplicas')} label="Read replicas" step={1} optional />
        {hasSelfManaged ? (
          <NumberField ctx={ctx} path={p('replicationGbPerMonth')} label="Replication traffic" unit="GB/month" optional hint="Priced as cross-AZ transfer on EC2; free on RDS" />
        ) : null}
      </div>
      {hasSelfManaged ? (
        <>
          <h3>Network (self-managed design)</h3>
          <div className="grid">
            <CheckboxField ctx={ctx} path={p('selfManagedNetwork', 'nlb')} label="Network Load Balancer as the endpoint clients connect to" />
            <NumberField ctx={ctx} path={p('selfManagedNetwork', 'nlbGbPerMonth')} label="Traffic through the NLB" unit="GB/month" optional />
            <NumberField
              ctx={ctx}
              path={p('selfManagedNetwork', 'natGatewayGbPerMonth')}
              label="Traffic through a NAT gateway"
              unit="GB/month"
              optional
              info="Instances in private subnets reach package mirrors and backups through a NAT gateway: hourly plus per GB. Left empty: no NAT gateway."
            />
          </div>
        </>
      ) : null}
      {hasAurora ? (
        <>
          <h3>Amazon Aurora</h3>
          <div className="grid">
            <SelectField
              ctx={ctx}
              path={p('aurora', 'storageConfiguration')}
              label="Aurora storage configuration"
              optional="Standard (default)"
              options={[
                { value: 'standard', label: 'Standard (storage + I/O per request)' },
                { value: 'io-optimized', label: 'I/O-Optimized (no I/O charge)' },
              ]}
              info="I/O-Optimized has higher instance and storage rates and no I/O charge; AWS suggests it when I/O is over about a quarter of the Aurora bill. The storage above is the cluster's, billed once; readers are the standby and read replicas."
            />
            <NumberField
              ctx={ctx}
              path={p('aurora', 'ioRequestsMillionsPerMonth')}
              label="Aurora I/O requests"
              unit="million/month"
              optional
              hint="Standard only: CloudWatch VolumeReadIOPs + VolumeWriteIOPs over a month"
            />
          </div>
        </>
      ) : null}
      <h3>Pricing</h3>
      {hasSelfManaged ? <CommitmentEditor ctx={ctx} path={p('pricing', 'ec2', 'commitment')} platform="ec2" title="EC2 (self-managed)" /> : null}
      <CommitmentEditor ctx={ctx} path={p('pricing', 'rds', 'commitment')} platform="rds" title="Amazon RDS" />
      {hasAurora ? <CommitmentEditor ctx={ctx} path={p('pricing', 'aurora', 'commitment')} platform="rds" title="Amazon Aurora" /> : null}
    </>
  );
}
