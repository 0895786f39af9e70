import type { PathKey } from '../../src/index';
import { CheckboxField, NumberField, SelectField, TextField, type FieldContext } from '../components/fields';
import { InstancePicker } from '../components/InstancePicker';
import { CommitmentEditor } from './CommitmentEditor';

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
  return (
    <>
      <div className="grid">
        <TextField ctx={ctx} path={p('name')} label="Name" maxLength={120} />
        <TextField ctx={ctx} path={p('id')} label="Id" hint="Lower-case letters, digits, hyphens" />
        <SelectField
          ctx={ctx}
          path={p('engine')}
          label="Engine"
          options={[
            { value: 'postgresql', label: 'PostgreSQL' },
            { value: 'mysql', label: 'MySQL' },
            { value: 'mariadb', label: 'MariaDB' },
          ]}
        />
        <InstancePicker ctx={ctx} path={p('instanceClass')} label="RDS instance class" region={region} kind={{ service: 'rds', engine }} />
        <InstancePicker ctx={ctx} path={p('ec2InstanceType')} label="EC2 type (self-managed)" region={region} kind={{ service: 'ec2' }} optional="same as the RDS class" />
        <NumberField ctx={ctx} path={p('hoursPerMonth')} label="Hours per month" unit="h" optional hint="730 = 24/7" />
      </div>
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
          ]}
        />
        <NumberField ctx={ctx} path={p('storage', 'iops')} label="Provisioned IOPS" optional hint="io1: required; gp3: above the included baseline" />
        <NumberField ctx={ctx} path={p('storage', 'throughputMBps')} label="Throughput (gp3)" unit="MiB/s" optional />
        <NumberField ctx={ctx} path={p('backup', 'retentionDays')} label="Backup retention" unit="days" step={1} />
        <NumberField ctx={ctx} path={p('backup', 'storageGb')} label="Backup storage" unit="GB" info="Total backups and snapshots kept. RDS includes backup storage up to 100% of provisioned storage; EC2 bills every snapshot GB." />
      </div>
      <h3>Availability</h3>
      <div className="grid">
        <CheckboxField ctx={ctx} path={p('highAvailability')} label={hasAurora ? 'Highly available (RDS Multi-AZ; an Aurora Replica in another AZ; standby in a second AZ on EC2)' : 'Highly available (RDS Multi-AZ; standby in a second AZ on EC2)'} />
        <NumberField ctx={ctx} path={p('readReplicas')} label="Read replicas" step={1} optional />
        {hasSelfManaged ? (
          <NumberField ctx={ctx} path={p('replicationGbPerMonth')} label="Replication traffic" unit="GB/month" optional hint="Priced as cross-AZ transfer on EC2; free on RDS" />
        ) : null}
      </div>
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
