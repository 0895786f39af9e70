import { useMemo, useState } from 'react';
import {
  AWS_REGIONS,
  DEPLOYMENT_LABELS,
  DEPLOYMENT_IDS,
  INCIDENT_DEFAULTS,
  TASK_RANGES,
  describeRelativeRange,
  type OpsTask,
  OPTION_IDS,
  PRACTICE_MATURITY_LABELS,
  PRACTICE_MATURITY_LEVELS,
  PRACTICE_MATURITY_PROVENANCE,
  calibrationTable,
  evidenceCalibrationRows,
  ROLE_DEFAULTS,
  ROLE_IDS,
  deploymentFor,
  formatUsd,
  getAtPath,
  knownKubernetesVersions,
  tasksFor,
  type DeploymentId,
  type OptionId,
  type Scenario,
} from '../../src/index';
import { InfoTip, NumberField, SelectField, TextField, type FieldContext } from '../components/fields';
import { regionCatalogue } from '../state/catalogue';
import { usePricesContext } from '../state/use-region-prices';
import type { WorkloadDraft } from '../state/workload-layout';
import { CalibrationTable } from '../report/CalibrationTable';
import { UncertaintySection } from './UncertaintySection';
import { WorkloadsEditor } from './WorkloadsEditor';

function Citations({ citations, rationale }: { citations: readonly { title: string; url: string; date: string }[]; rationale: string }) {
  return (
    <>
      <div>{rationale}</div>
      <ul style={{ margin: '6px 0 0', paddingLeft: 16 }}>
        {citations.map((c) => (
          <li key={c.title}>
            {c.title} ({c.date})
          </li>
        ))}
      </ul>
    </>
  );
}

/** The scenario editor: every input of the file as a form, validated as you type with the CLI's messages. */
/** A task's rationale followed by its default range and why it is that wide. */
function taskRationaleWithRange(t: OpsTask): string {
  const range = TASK_RANGES[t.id];
  return range ? `${t.provenance.rationale} Range ${describeRelativeRange(range)}: ${range.reasoning}` : t.provenance.rationale;
}

export function EditorView({ ctx, scenario }: { ctx: FieldContext; scenario: Scenario | undefined }) {
  const workloads = (getAtPath(ctx.draft, ['workloads']) as WorkloadDraft[] | undefined) ?? [];
  const region = (getAtPath(ctx.draft, ['region']) as string | undefined) ?? 'us-east-1';
  const { snapshotRegions, prices } = usePricesContext();
  const options = (scenario?.options ?? (getAtPath(ctx.draft, ['options']) as OptionId[] | undefined) ?? (workloads.some((w) => w.kind === 'ml-platform') ? ['ec2', 'eks', 'managed'] : ['ec2', 'managed'])) as readonly OptionId[];
  const explicitOptions = getAtPath(ctx.draft, ['options']) as OptionId[] | undefined;
  const [openTasks, setOpenTasks] = useState<DeploymentId | null>(null);
  const [showCalibration, setShowCalibration] = useState(false);
  // The calibration runs the model for four fleets; only when shown, and once.
  // The ML rows price a standard fleet in us-east-1: they appear when those prices are loaded.
  const calibrationPrices = prices?.region === 'us-east-1' ? prices : undefined;
  const calibration = useMemo(
    () => (showCalibration ? evidenceCalibrationRows(calibrationTable(calibrationPrices ? regionCatalogue(calibrationPrices) : undefined)) : []),
    [showCalibration, calibrationPrices],
  );
  const deployments = DEPLOYMENT_IDS.filter((d) => options.some((o) => workloads.some((w) => (w.kind === 'database' || w.kind === 'ml-platform') && deploymentFor(o, w.kind) === d)));
  const rootIssues = ctx.issues.get('(root)');

  return (
    <div>
      {rootIssues ? <div className="banner error">{rootIssues}</div> : null}
      <section className="panel" aria-labelledby="scenario-h">
        <h2 id="scenario-h">Scenario</h2>
        <div className="grid">
          <TextField ctx={ctx} path={['name']} label="Name" maxLength={200} />
          <SelectField
            ctx={ctx}
            path={['region']}
            label="AWS Region"
            options={AWS_REGIONS.map((r) => ({ value: r, label: snapshotRegions.has(r) ? `${r} (prices embedded)` : `${r} (refresh prices)` }))}
          />
          <NumberField ctx={ctx} path={['horizonMonths']} label="Horizon" unit="months" step={1} />
          <TextField ctx={ctx} path={['startMonth']} label="Start month (optional)" hint="e.g. 2027-01" />
          {options.includes('eks') ? (
            <SelectField
              ctx={ctx}
              path={['kubernetesVersion']}
              label="EKS Kubernetes version"
              optional="Not stated (standard support assumed)"
              options={knownKubernetesVersions().map((v) => ({ value: v, label: v }))}
              info="A version past its standard support pays EKS extended support per cluster-hour from the month it starts."
            />
          ) : null}
          <NumberField ctx={ctx} path={['discountRateAnnualPct']} label="Discount rate (NPV)" unit="%/year" info="Your cost of capital; future costs are discounted month by month." />
          <NumberField ctx={ctx} path={['usageGrowthPctPerMonth']} label="Usage growth" unit="%/month" optional info="Storage, jobs, requests and data grow by this each month, compounding." />
        </div>
        <div style={{ marginTop: 10 }}>
          <TextField ctx={ctx} path={['question']} label="Question this scenario answers" multiline maxLength={1000} />
        </div>
        <fieldset style={{ border: 0, padding: 0, margin: '10px 0 0' }}>
          <legend className="muted" style={{ fontSize: 12 }}>
            Options compared
          </legend>
          <div className="row">
            {OPTION_IDS.map((o) => (
              <label key={o} className="row" style={{ gap: 4 }}>
                <input
                  type="checkbox"
                  checked={options.includes(o)}
                  onChange={(e) => {
                    const next = e.currentTarget.checked ? [...options, o] : options.filter((x) => x !== o);
                    ctx.set(['options'], OPTION_IDS.filter((x) => next.includes(x)));
                  }}
                />
                {o === 'ec2' ? 'Self-managed on EC2' : o === 'eks' ? 'Self-managed on EKS' : o === 'managed' ? 'Managed (RDS / SageMaker)' : 'Managed: Amazon Aurora'}
              </label>
            ))}
            {explicitOptions ? (
              <button type="button" className="btn" onClick={() => ctx.set(['options'], undefined)}>
                Use defaults
              </button>
            ) : null}
          </div>
          {ctx.issues.get('options') ? <span className="error">{ctx.issues.get('options')}</span> : null}
        </fieldset>
      </section>

      <WorkloadsEditor ctx={ctx} workloads={workloads} region={region} options={options} />

      <section className="panel" aria-labelledby="labour-h">
        <h2 id="labour-h">Labour rates</h2>
        <p className="muted">Loaded hourly cost per role. Defaults are US medians (BLS) × the BLS benefits loading; leave empty to use them.</p>
        <div className="grid">
          {ROLE_IDS.map((r) => (
            <NumberField
              key={r}
              ctx={ctx}
              path={['labour', r, 'hourlyUsd']}
              label={ROLE_DEFAULTS[r].label}
              unit="USD/h"
              optional
              hint={`Default ${formatUsd(ROLE_DEFAULTS[r].hourlyUsd)}/h`}
              info={<Citations citations={ROLE_DEFAULTS[r].provenance.citations} rationale={ROLE_DEFAULTS[r].provenance.rationale} />}
            />
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby="ops-h">
        <h2 id="ops-h">Ops effort</h2>
        <div className="grid">
          <NumberField ctx={ctx} path={['opsEffort', 'effortScalePct']} label="Effort scale (all tasks)" unit="%" optional info="100 = the cited defaults; 70 = a team 30% faster than them. Applies to every option alike." />
          <SelectField
            ctx={ctx}
            path={['opsEffort', 'practiceMaturity']}
            label="Practice maturity (self-managed)"
            optional="Scripted (default)"
            options={PRACTICE_MATURITY_LEVELS.map((m) => ({ value: m, label: PRACTICE_MATURITY_LABELS[m] }))}
            info={<Citations citations={PRACTICE_MATURITY_PROVENANCE.citations} rationale={PRACTICE_MATURITY_PROVENANCE.rationale} />}
          />
          <NumberField ctx={ctx} path={['opsEffort', 'downtimeCostPerHourUsd']} label="Downtime cost" unit="USD/hour" optional info="Business cost of an hour of downtime. 0 leaves downtime out. Default downtime comes from AWS SLA thresholds and is the same on both platforms." />
        </div>
        <h3>
          <button type="button" className="btn" aria-expanded={showCalibration} onClick={() => setShowCalibration(!showCalibration)}>
            {showCalibration ? '▾' : '▸'} How the defaults compare with published evidence
          </button>
        </h3>
        {showCalibration ? (
          <>
            <CalibrationTable rows={calibration} />
            {calibrationPrices ? null : (
              <p className="muted" data-testid="calibration-ml-note">
                The ML rows compare three-year totals of a standard fleet priced in us-east-1: they show when this scenario is in us-east-1, and in docs/methodology.md.
              </p>
            )}
          </>
        ) : null}
        {deployments.map((d) => (
          <div key={d}>
            <h3>
              <button type="button" className="btn" aria-expanded={openTasks === d} onClick={() => setOpenTasks(openTasks === d ? null : d)}>
                {openTasks === d ? '▾' : '▸'} {DEPLOYMENT_LABELS[d]}
              </button>
            </h3>
            {openTasks === d ? (
              <>
                <div className="grid">
                  <NumberField
                    ctx={ctx}
                    path={['opsEffort', 'incidents', d, 'incidentsPerMonth']}
                    label="Incidents per workload per month"
                    optional
                    hint={`Default ${INCIDENT_DEFAULTS[d].incidentsPerMonth} (range ${INCIDENT_DEFAULTS[d].ranges.incidentsPerMonth.low}–${INCIDENT_DEFAULTS[d].ranges.incidentsPerMonth.high})`}
                    info={
                      <Citations
                        citations={INCIDENT_DEFAULTS[d].provenance.citations}
                        rationale={`${INCIDENT_DEFAULTS[d].provenance.rationale} Range: ${INCIDENT_DEFAULTS[d].ranges.reasoning}`}
                      />
                    }
                  />
                  <NumberField
                    ctx={ctx}
                    path={['opsEffort', 'incidents', d, 'hoursPerIncident']}
                    label="Hours per incident"
                    optional
                    hint={`Default ${INCIDENT_DEFAULTS[d].hoursPerIncident} (range ${INCIDENT_DEFAULTS[d].ranges.hoursPerIncident.low}–${INCIDENT_DEFAULTS[d].ranges.hoursPerIncident.high})`}
                  />
                </div>
                <table className="data" style={{ marginTop: 8 }}>
                  <thead>
                    <tr>
                      <th>Task</th>
                      <th>Role</th>
                      <th className="num">Setup h fixed</th>
                      <th className="num">+ per unit</th>
                      <th className="num">Monthly h fixed</th>
                      <th className="num">+ per unit</th>
                      <th>Unit</th>
                      <th>On</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tasksFor(d).map((t) => {
                      const o = ['opsEffort', 'tasks', t.id] as const;
                      const cell = (field: 'setupFixedHours' | 'setupPerUnitHours' | 'monthlyFixedHours' | 'monthlyPerUnitHours') => {
                        const v = getAtPath(ctx.draft, [...o, field]);
                        return (
                          <td className="num">
                            <input
                              aria-label={`${t.label}: ${field}`}
                              type="number"
                              step="any"
                              min={0}
                              style={{ width: 70 }}
                              value={typeof v === 'number' ? v : ''}
                              placeholder={String(t[field])}
                              onChange={(e) => ctx.set([...o, field], e.currentTarget.value === '' ? undefined : e.currentTarget.valueAsNumber, true)}
                            />
                          </td>
                        );
                      };
                      const enabled = getAtPath(ctx.draft, [...o, 'enabled']) !== false;
                      return (
                        <tr key={t.id}>
                          <td>
                            {t.label}{' '}
                            <InfoTip>
                              <Citations citations={t.provenance.citations} rationale={taskRationaleWithRange(t)} />
                            </InfoTip>
                          </td>
                          <td>{t.role}</td>
                          {cell('setupFixedHours')}
                          {cell('setupPerUnitHours')}
                          {cell('monthlyFixedHours')}
                          {cell('monthlyPerUnitHours')}
                          <td>{t.unit}</td>
                          <td>
                            <input type="checkbox" aria-label={`${t.label} enabled`} checked={enabled} onChange={(e) => ctx.set([...o, 'enabled'], e.currentTarget.checked ? undefined : false)} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </>
            ) : null}
          </div>
        ))}
      </section>

      <UncertaintySection ctx={ctx} scenario={scenario} />
    </div>
  );
}
