import { getAtPath, type PathKey } from '../../src/index';
import { NumberField, SelectField, TextField, type FieldContext } from '../components/fields';
import { InstancePicker } from '../components/InstancePicker';
import { CommitmentEditor } from './CommitmentEditor';

type Section = 'training' | 'realtimeInference' | 'serverlessInference' | 'batchTransform';

const DEFAULTS: Record<Section, unknown> = {
  training: { jobsPerMonth: 10, hoursPerJob: 2, instanceType: 'ml.m5.xlarge', instanceCount: 1, spotSharePct: 0 },
  realtimeInference: { endpoints: [{ name: 'model-api', instanceType: 'ml.m5.xlarge', instanceCount: 1, hoursPerDay: 24 }] },
  serverlessInference: { memoryMb: 2048, requestsPerMonth: 1_000_000, meanDurationMs: 200 },
  batchTransform: { jobsPerMonth: 4, hoursPerJob: 1, instanceType: 'ml.m5.xlarge', instanceCount: 1 },
};

const TITLES: Record<Section, string> = {
  training: 'Training',
  realtimeInference: 'Real-time inference',
  serverlessInference: 'Serverless inference',
  batchTransform: 'Batch transform',
};

function Toggle({ ctx, index, section }: { ctx: FieldContext; index: number; section: Section }) {
  const on = getAtPath(ctx.draft, ['workloads', index, section]) !== undefined;
  return (
    <label style={{ display: 'flex', gap: 6, alignItems: 'center', margin: '12px 0 6px', fontWeight: 600 }}>
      <input type="checkbox" checked={on} onChange={(e) => ctx.set(['workloads', index, section], e.currentTarget.checked ? structuredClone(DEFAULTS[section]) : undefined)} />
      {TITLES[section]}
    </label>
  );
}

export function MlForm({ ctx, index, region, options }: { ctx: FieldContext; index: number; region: string; options: readonly string[] }) {
  const p = (...rest: PathKey[]): PathKey[] => ['workloads', index, ...rest];
  const has = (s: Section) => getAtPath(ctx.draft, p(s)) !== undefined;
  const endpoints = (getAtPath(ctx.draft, p('realtimeInference', 'endpoints')) as unknown[] | undefined) ?? [];
  const selfManaged = options.some((o) => o === 'ec2' || o === 'eks');
  return (
    <>
      <div className="grid">
        <TextField ctx={ctx} path={p('name')} label="Name" maxLength={120} />
        <TextField ctx={ctx} path={p('id')} label="Id" />
      </div>
      <h3>Data-science team</h3>
      <div className="grid">
        <NumberField ctx={ctx} path={p('team', 'dataScientists')} label="Data scientists" step={1} />
        <InstancePicker ctx={ctx} path={p('team', 'notebookInstanceType')} label="Notebook instance" region={region} kind={{ service: 'sagemaker', component: 'studio-notebook' }} />
        <NumberField ctx={ctx} path={p('team', 'hoursPerDay')} label="Notebook hours per day" unit="h" />
        <NumberField ctx={ctx} path={p('team', 'daysPerMonth')} label="Days per month" />
      </div>

      <Toggle ctx={ctx} index={index} section="training" />
      {has('training') ? (
        <div className="grid">
          <NumberField ctx={ctx} path={p('training', 'jobsPerMonth')} label="Jobs per month" />
          <NumberField ctx={ctx} path={p('training', 'hoursPerJob')} label="Hours per job" unit="h" />
          <InstancePicker ctx={ctx} path={p('training', 'instanceType')} label="Instance type" region={region} kind={{ service: 'sagemaker', component: 'training' }} />
          <NumberField ctx={ctx} path={p('training', 'instanceCount')} label="Instances per job" step={1} />
          <NumberField ctx={ctx} path={p('training', 'spotSharePct')} label="Share on spot" unit="%" optional />
        </div>
      ) : null}

      <Toggle ctx={ctx} index={index} section="realtimeInference" />
      {has('realtimeInference') ? (
        <>
          {endpoints.map((_, j) => (
            <div className="grid" key={j} role="group" aria-label={`Endpoint ${j + 1}`}>
              <TextField ctx={ctx} path={p('realtimeInference', 'endpoints', j, 'name')} label={`Endpoint ${j + 1} name`} />
              <InstancePicker ctx={ctx} path={p('realtimeInference', 'endpoints', j, 'instanceType')} label="Instance type" region={region} kind={{ service: 'sagemaker', component: 'hosting' }} />
              <NumberField ctx={ctx} path={p('realtimeInference', 'endpoints', j, 'instanceCount')} label="Instances" step={1} />
              <NumberField ctx={ctx} path={p('realtimeInference', 'endpoints', j, 'hoursPerDay')} label="Hours per day" unit="h" />
              <div className="field" style={{ justifyContent: 'end' }}>
                <button
                  type="button"
                  className="btn danger"
                  disabled={endpoints.length <= 1}
                  onClick={() => ctx.set(p('realtimeInference', 'endpoints'), endpoints.filter((__, k) => k !== j))}
                >
                  Remove endpoint
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            className="btn"
            onClick={() => ctx.set(p('realtimeInference', 'endpoints'), [...endpoints, { name: `endpoint-${endpoints.length + 1}`, instanceType: 'ml.m5.xlarge', instanceCount: 1, hoursPerDay: 24 }])}
          >
            Add endpoint
          </button>
          <div className="grid" style={{ marginTop: 8 }}>
            <NumberField ctx={ctx} path={p('inferenceDataGbPerMonth')} label="Inference data" unit="GB/month" optional />
          </div>
        </>
      ) : null}

      <Toggle ctx={ctx} index={index} section="serverlessInference" />
      {has('serverlessInference') ? (
        <div className="grid">
          <SelectField ctx={ctx} path={p('serverlessInference', 'memoryMb')} label="Memory" options={[1024, 2048, 3072, 4096, 5120, 6144].map((m) => ({ value: m, label: `${m} MB` }))} />
          <NumberField ctx={ctx} path={p('serverlessInference', 'requestsPerMonth')} label="Requests per month" />
          <NumberField ctx={ctx} path={p('serverlessInference', 'meanDurationMs')} label="Mean duration" unit="ms" />
          {selfManaged ? <InstancePicker ctx={ctx} path={p('serverlessInference', 'selfManagedInstanceType')} label="Self-managed replacement" region={region} kind={{ service: 'ec2' }} optional="m5.large" /> : null}
        </div>
      ) : null}

      <Toggle ctx={ctx} index={index} section="batchTransform" />
      {has('batchTransform') ? (
        <div className="grid">
          <NumberField ctx={ctx} path={p('batchTransform', 'jobsPerMonth')} label="Jobs per month" />
          <NumberField ctx={ctx} path={p('batchTransform', 'hoursPerJob')} label="Hours per job" unit="h" />
          <InstancePicker ctx={ctx} path={p('batchTransform', 'instanceType')} label="Instance type" region={region} kind={{ service: 'sagemaker', component: 'batch-transform' }} />
          <NumberField ctx={ctx} path={p('batchTransform', 'instanceCount')} label="Instances" step={1} />
        </div>
      ) : null}

      <h3>Storage</h3>
      <div className="grid">
        <NumberField ctx={ctx} path={p('storage', 's3Gb')} label="S3 data and models" unit="GB" />
        <NumberField ctx={ctx} path={p('storage', 'volumeGbPerInstance')} label="Volume per instance" unit="GB" />
        {selfManaged ? (
          <>
            <InstancePicker ctx={ctx} path={p('selfManaged', 'platformServicesInstanceType')} label="Platform services host" region={region} kind={{ service: 'ec2' }} optional="m5.large" />
            <NumberField ctx={ctx} path={p('selfManaged', 'platformServicesCount')} label="Platform services hosts" step={1} optional />
          </>
        ) : null}
      </div>

      <h3>Pricing</h3>
      {options.includes('ec2') ? <CommitmentEditor ctx={ctx} path={p('pricing', 'ec2', 'commitment')} platform="ec2" title="EC2 (self-managed)" /> : null}
      {options.includes('eks') ? <CommitmentEditor ctx={ctx} path={p('pricing', 'eks', 'commitment')} platform="eks" title="EKS nodes" /> : null}
      <CommitmentEditor ctx={ctx} path={p('pricing', 'sagemaker', 'commitment')} platform="sagemaker" title="Amazon SageMaker" />
      {has('training') ? (
        <div className="grid">
          <NumberField
            ctx={ctx}
            path={p('pricing', selfManaged ? 'ec2' : 'sagemaker', 'spot', 'expectedDiscountPct')}
            label="Expected spot discount"
            unit="%"
            optional
            info="Planning assumption, 60% by default. AWS advertises discounts 'up to 90%'; check the Spot Instance Advisor for your instance types."
          />
          <NumberField
            ctx={ctx}
            path={p('pricing', selfManaged ? 'ec2' : 'sagemaker', 'spot', 'interruptionOverheadPct')}
            label="Interruption overhead"
            unit="%"
            optional
            info="Extra hours re-run after interruptions; 10% by default (assumption for checkpointed jobs)."
          />
        </div>
      ) : null}
    </>
  );
}
