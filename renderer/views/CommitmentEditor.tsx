import { getAtPath, pathToString, type PathKey } from '../../src/index';
import { NumberField, SelectField, type FieldContext } from '../components/fields';

type Platform = 'ec2' | 'eks' | 'rds' | 'sagemaker';

const PLANS: Record<Platform, readonly string[]> = {
  ec2: ['compute', 'ec2-instance'],
  eks: ['compute', 'ec2-instance'],
  rds: ['database'],
  sagemaker: ['sagemaker'],
};

/** Pricing choice for one option of a workload: on-demand, reserved instances or a Savings Plan. */
export function CommitmentEditor({ ctx, path, platform, title }: { ctx: FieldContext; path: readonly PathKey[]; platform: Platform; title: string }) {
  const c = (getAtPath(ctx.draft, path) ?? getAtPath(ctx.parsed, path)) as { model?: string } | undefined;
  const model = c?.model ?? 'on-demand';
  const note = ctx.priceNotes?.get(pathToString(path));
  const models = platform === 'sagemaker' ? ['on-demand', 'savings-plan'] : ['on-demand', 'reserved', 'savings-plan'];
  const setModel = (m: string) => {
    if (m === 'on-demand') ctx.set(path, { model: 'on-demand' });
    else if (m === 'reserved') ctx.set(path, { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront' });
    else ctx.set(path, { model: 'savings-plan', plan: PLANS[platform][0], term: '1yr', purchaseOption: 'no-upfront', discountPct: 20 });
  };
  return (
    <div className="grid" role="group" aria-label={title}>
      <div className="field">
        <label htmlFor={`${path.join('-')}-model`}>{title}</label>
        <select id={`${path.join('-')}-model`} value={model} onChange={(e) => setModel(e.currentTarget.value)}>
          {models.map((m) => (
            <option key={m} value={m}>
              {m === 'on-demand' ? 'On-demand' : m === 'reserved' ? 'Reserved instances' : 'Savings Plan (rate you enter)'}
            </option>
          ))}
        </select>
      </div>
      {model !== 'on-demand' ? (
        <>
          <SelectField ctx={ctx} path={[...path, 'term']} label="Term" options={[{ value: '1yr', label: '1 year' }, { value: '3yr', label: '3 years' }]} />
          <SelectField
            ctx={ctx}
            path={[...path, 'purchaseOption']}
            label="Payment"
            options={[
              { value: 'no-upfront', label: 'No upfront' },
              { value: 'partial-upfront', label: 'Partial upfront' },
              { value: 'all-upfront', label: 'All upfront' },
            ]}
          />
        </>
      ) : null}
      {model === 'reserved' && note !== undefined ? (
        <p className="field-note warn" role="note">
          {note.charAt(0).toUpperCase()}
          {note.slice(1)}.
        </p>
      ) : null}
      {model === 'reserved' ? (
        <>
          {platform === 'ec2' || platform === 'eks' ? (
            <SelectField ctx={ctx} path={[...path, 'offeringClass']} label="Offering class" options={[{ value: 'standard', label: 'Standard' }, { value: 'convertible', label: 'Convertible' }]} />
          ) : null}
          <NumberField ctx={ctx} path={[...path, 'hourlyUsd']} label="Your hourly rate" unit="USD" optional hint="Optional; with the upfront fee, replaces the catalogue rate" />
          <NumberField ctx={ctx} path={[...path, 'upfrontUsd']} label="Your upfront fee" unit="USD" optional />
        </>
      ) : null}
      {model === 'savings-plan' ? (
        <>
          <SelectField ctx={ctx} path={[...path, 'plan']} label="Plan" options={PLANS[platform].map((p) => ({ value: p, label: p }))} />
          <NumberField
            ctx={ctx}
            path={[...path, 'discountPct']}
            label="Discount"
            unit="%"
            info="From the AWS Savings Plans pricing page for your term and payment. AWS quotes up to 66% (Compute), 72% (EC2 Instance) and 64% (SageMaker); actual rates depend on type and Region."
          />
        </>
      ) : null}
    </div>
  );
}
