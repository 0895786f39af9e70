import type { PathKey } from '../../src/index';
import { CheckboxField, NumberField, SelectField, TextField, type FieldContext } from '../components/fields';
import { InstancePicker } from '../components/InstancePicker';
import { CommitmentEditor } from './CommitmentEditor';

export function DatabaseForm({ ctx, index, region, engine, hasSelfManaged }: { ctx: FieldContext; index: number; region: string; engine: string; hasSelfManaged: boolean }) {
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
            { value: 'io2', label: 'io2 (Provisioned IOPS, Block Express)' },
          ]}
        />
        <NumberField ctx={ctx} path={p('storage', 'iops')} label="Provisioned IOPS" optional hint="io1, io2: required; gp3: above the included baseline" />
        <NumberField ctx={ctx} path={p('storage', 'throughputMBps')} label="Throughput (gp3)" unit="MiB/s" optional />
        <NumberField ctx={ctx} path={p('backup', 'retentionDays')} label="Backup retention" unit="days" step={1} />
        <NumberField ctx={ctx} path={p('backup', 'storageGb')} label="Backup storage" unit="GB" info="Total backups and snapshots kept. RDS includes backup storage up to 100% of provisioned storage; EC2 bills every snapshot GB." />
      </div>
      <h3>Availability</h3>
      <div className="grid">
        <CheckboxField ctx={ctx} path={p('highAvailability')} label="Highly available (RDS Multi-AZ; standby in a second AZ on EC2)" />
        <NumberField ctx={ctx} path={p('readReplicas')} label="Read replicas" step={1} optional />
        {hasSelfManaged ? (
          <NumberField ctx={ctx} path={p('replicationGbPerMonth')} label="Replication traffic" unit="GB/month" optional hint="Priced as cross-AZ transfer on EC2; free on RDS" />
        ) : null}
      </div>
      <h3>Pricing</h3>
      {hasSelfManaged ? <CommitmentEditor ctx={ctx} path={p('pricing', 'ec2', 'commitment')} platform="ec2" title="EC2 (self-managed)" /> : null}
      <CommitmentEditor ctx={ctx} path={p('pricing', 'rds', 'commitment')} platform="rds" title="Amazon RDS" />
    </>
  );
}
