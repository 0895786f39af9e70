import { useEffect, useMemo, useState } from 'react';
import type { CostImportPlan, TcoApi } from '../../src/contract/host-api';
import { calibrate, COST_EXPLORER_CSV_HOW_TO, formatUsd, MAX_COST_EXPLORER_CSV_BYTES, parseCostExplorerCsv, type Estimate, type ImportedSpend, type OptionId } from '../../src/index';
import { OptionSelect } from '../components/fields';

/** Reads a CSV downloaded from the Cost Explorer console; a file that is not one is the parser's message. */
async function readCostExplorerCsv(file: File): Promise<ImportedSpend> {
  if (file.size > MAX_COST_EXPLORER_CSV_BYTES) throw new Error(`${file.name} is ${file.size} bytes; a Cost Explorer CSV is far smaller (the limit is ${MAX_COST_EXPLORER_CSV_BYTES} bytes)`);
  return parseCostExplorerCsv(await file.text(), file.name, new Date().toISOString());
}

/** How an import came about, after its period: the profile and requests of an API import, the file of a CSV. */
function importSourceText(spend: ImportedSpend): string {
  const s = spend.source;
  if (s.kind === 'cost-explorer-csv') return ` from ${s.fileName} (Cost Explorer console CSV): no Cost Explorer requests made (${formatUsd(0)}).`;
  return `${s.profile ? ` with profile ${s.profile}` : ''}: ${spend.requests} Cost Explorer request${spend.requests === 1 ? '' : 's'} made (${formatUsd(spend.requests * 0.01)}).`;
}

/**
 * Cost Explorer import (with its API cost stated first), or a CSV downloaded from the console,
 * and the calibration of a model option against the real bill.
 */
export function ActualsView({ api, estimate }: { api: TcoApi; estimate: Estimate | undefined }) {
  const [months, setMonths] = useState(3);
  const [plan, setPlan] = useState<CostImportPlan | null>(null);
  const [spend, setSpend] = useState<ImportedSpend | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [option, setOption] = useState<OptionId>(estimate?.options[0]?.option ?? 'ec2');
  /** The AWS profile to import with: the app's setting, shared with the Prices view. */
  const [profile, setProfile] = useState('');
  useEffect(() => {
    void api.getSettings().then((r) => {
      if (r.ok) setProfile(r.value.awsProfile ?? '');
    });
  }, [api]);

  const calibration = useMemo(() => {
    if (!spend || !estimate) return undefined;
    try {
      return calibrate(estimate, option, spend);
    } catch (e) {
      return (e as Error).message;
    }
  }, [spend, estimate, option]);

  return (
    <div>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <section className="panel" aria-labelledby="ce-h">
        <h2 id="ce-h">Import your AWS costs (Cost Explorer)</h2>
        <p className="muted">Monthly cost by service and by usage type for EC2, RDS and SageMaker, plus the forecast. Cost Explorer charges $0.01 per API request; you will see the cost before anything is called. Needs ce:GetCostAndUsage and ce:GetCostForecast.</p>
        <div className="row">
          <label htmlFor="ce-profile">AWS profile</label>
          <input
            id="ce-profile"
            value={profile}
            placeholder="default"
            style={{ width: 160 }}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setProfile(value);
              void api.setSettings({ awsProfile: value }).then((r) => (r.ok ? undefined : setError(r.reason)));
            }}
          />
          <label htmlFor="ce-months">Months</label>
          <input id="ce-months" type="number" min={1} max={12} value={months} onChange={(e) => setMonths(Math.max(1, Math.min(12, e.currentTarget.valueAsNumber || 1)))} style={{ width: 70 }} />
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => {
              setError(null);
              void api.planCostImport({ months }).then((r) => (r.ok ? setPlan(r.value) : setError(r.reason)));
            }}
          >
            Check the cost
          </button>
        </div>
        {plan ? (
          <div className="banner" style={{ marginTop: 10 }}>
            <p style={{ margin: '0 0 8px' }}>{plan.description}</p>
            <button
              type="button"
              className="btn primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void api.importCosts({ months, confirmed: true, ...(profile ? { profile } : {}) }).then((r) => {
                  setBusy(false);
                  if (r.ok) {
                    setSpend(r.value as ImportedSpend);
                    setPlan(null);
                    setError(null);
                  } else setError(r.reason);
                });
              }}
            >
              Import: {plan.requests} requests, {formatUsd(plan.costUsd)} (at most {plan.maxRequests}, {formatUsd(plan.maxCostUsd)})
            </button>
          </div>
        ) : null}
        <h3 id="ce-csv-h">Or import a CSV downloaded from the Cost Explorer console</h3>
        <p className="muted">No API access needed: in the AWS console, {COST_EXPLORER_CSV_HOW_TO}, then choose the file here. Nothing is sent anywhere.</p>
        <div className="row">
          <label htmlFor="ce-csv">Cost Explorer CSV</label>
          <input
            id="ce-csv"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              setError(null);
              readCostExplorerCsv(file).then(
                (value) => {
                  setSpend(value);
                  setPlan(null);
                },
                (err: unknown) => setError(`Not imported: ${(err as Error).message}`),
              );
              // Choosing the same file again (after fixing it) imports it again.
              input.value = '';
            }}
          />
        </div>
        {spend ? (
          <p className="banner" role="status" data-testid="import-done">
            Imported {spend.period.start} to {spend.period.end}
            {importSourceText(spend)}
          </p>
        ) : null}
      </section>
      {spend && estimate ? (
        <section className="panel" aria-labelledby="cal-h">
          <h2 id="cal-h">Calibration</h2>
          <div className="row">
            <label htmlFor="cal-option">Today we run</label>
            <OptionSelect id="cal-option" options={estimate.options} value={option} onChange={setOption} />
          </div>
          {typeof calibration === 'string' ? <div className="banner error">{calibration}</div> : null}
          {calibration && typeof calibration !== 'string' ? (
            <>
              <p data-testid="calibration-summary">
                Today you spend <strong>{formatUsd(calibration.actualMonthlyUsd)}</strong>/month on these services; the model's {calibration.optionLabel} says{' '}
                <strong>{formatUsd(calibration.modelMonthlyUsd)}</strong> ({calibration.differenceUsd >= 0 ? 'bill higher by ' : 'bill lower by '}
                {formatUsd(Math.abs(calibration.differenceUsd))}).
              </p>
              <table className="data">
                <thead>
                  <tr>
                    <th>Service</th>
                    <th className="num">Actual / month</th>
                    <th className="num">Model / month</th>
                    <th className="num">Difference</th>
                    <th>From</th>
                  </tr>
                </thead>
                <tbody>
                  {calibration.rows.map((r) => (
                    <tr key={r.service}>
                      <td>{r.service}</td>
                      <td className="num">{formatUsd(r.actualMonthlyUsd)}</td>
                      <td className="num">{formatUsd(r.modelMonthlyUsd)}</td>
                      <td className="num">{formatUsd(r.differenceUsd)}</td>
                      <td className="muted">{r.awsServices.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {calibration.notes.map((n) => (
                <p key={n} className="muted">
                  {n}
                </p>
              ))}
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
