import { useEffect, useState } from 'react';
import type { PricesStatus, RefreshProgress, Settings, TcoApi } from '../../src/contract/host-api';
import { AWS_REGIONS, formatAge, priceAge, STALE_AFTER_DAYS_RANGE, type Estimate } from '../../src/index';

/** Where prices come from (snapshot, cache, live) and their dates; refresh from AWS with progress and cancel; profile and Region. */
export function PricesView({
  api,
  estimate,
  region,
  scenarioText,
  onRefreshed,
  staleAfterDays,
  onStaleAfterDays,
}: {
  api: TcoApi;
  estimate: Estimate | undefined;
  region: string;
  scenarioText: string | undefined;
  onRefreshed: (region: string) => void;
  /** The user's stale-price threshold (Settings), and how to change it. */
  staleAfterDays: number;
  onStaleAfterDays: (days: number) => void;
}) {
  const [status, setStatus] = useState<PricesStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** A failed refresh is reported next to the button that started it. */
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const [progress, setProgress] = useState<RefreshProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [target, setTarget] = useState(region);
  const [full, setFull] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [thresholdText, setThresholdText] = useState(String(staleAfterDays));
  useEffect(() => setThresholdText(String(staleAfterDays)), [staleAfterDays]);
  /** The threshold typed, or why it cannot be one (the setting's own range). */
  const thresholdDays = (text: string): number | string =>
    /^\d+$/.test(text) && Number(text) >= STALE_AFTER_DAYS_RANGE.min && Number(text) <= STALE_AFTER_DAYS_RANGE.max
      ? Number(text)
      : `must be a whole number of days from ${STALE_AFTER_DAYS_RANGE.min} to ${STALE_AFTER_DAYS_RANGE.max}`;
  const typed = thresholdDays(thresholdText);
  const thresholdError = typeof typed === 'string' ? typed : null;
  const saveThreshold = (text: string) => {
    setThresholdText(text);
    const days = thresholdDays(text);
    if (typeof days === 'string') return;
    void api.setSettings({ staleAfterDays: days }).then((r) => (r.ok ? onStaleAfterDays(r.value.staleAfterDays) : setError(r.reason)));
  };
  const today = new Date().toISOString().slice(0, 10);

  const reload = () => {
    void api.pricesStatus().then((r) => (r.ok ? setStatus(r.value) : setError(r.reason)));
  };
  useEffect(() => {
    reload();
    void api.getSettings().then((r) => (r.ok ? setSettings(r.value) : setError(r.reason)));
    return api.onRefreshProgress((p) => setProgress(p));
  }, [api]);

  const refresh = async () => {
    setRunning(true);
    setRefreshError(null);
    setResult(null);
    setProgress({ phase: 'starting', items: 0 });
    const r = await api.refreshPrices({ region: target, profile: settings?.awsProfile, full, scenarioText });
    setRunning(false);
    if (!r.ok) setRefreshError(r.reason);
    else {
      setResult(
        r.value.cancelled
          ? `Cancelled: nothing was written for ${r.value.region}; the previous prices stay.`
          : `${r.value.prices.toLocaleString('en-US')} prices refreshed for ${r.value.region}${r.value.skipped ? `, ${r.value.skipped} malformed records skipped` : ''}.`,
      );
      onRefreshed(r.value.region);
    }
    reload();
  };

  const pct = progress?.totalItems ? Math.min(100, (100 * progress.items) / progress.totalItems) : progress?.totalBytes && progress.bytes ? Math.min(100, (100 * progress.bytes) / progress.totalBytes) : undefined;

  return (
    <div>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <section className="panel" aria-labelledby="sources-h">
        <h2 id="sources-h">Where prices come from</h2>
        {status ? (
          <>
            <p>
              Embedded snapshot: <strong>{status.snapshot.name}</strong> of {status.snapshot.builtOn}, for {status.snapshot.regions.length} Regions. Cached AWS prices, when present, take precedence; each
              price shows its own source, date and age.
            </p>
            <div className="field" style={{ maxWidth: 360 }}>
              <label htmlFor="stale-after-days">Flag prices older than (days)</label>
              <input
                id="stale-after-days"
                inputMode="numeric"
                value={thresholdText}
                aria-invalid={thresholdError !== null}
                aria-describedby="stale-after-days-hint"
                onChange={(e) => saveThreshold(e.currentTarget.value)}
              />
              <div id="stale-after-days-hint" className={thresholdError ? 'error' : 'muted'}>
                {thresholdError ??
                  'Default 90 days (one quarter, a FinOps re-forecast cycle). A stale price is still used; lines, the Prices view and the report flag it with its age.'}
              </div>
            </div>
            {status.snapshot.problem ? (
              <div className="banner error" role="alert">
                {status.snapshot.problem}
              </div>
            ) : null}
            {status.snapshot.coverage.length > 0 ? (
              <>
              <div className="table-scroll">
              <table className="data" aria-label="Snapshot prices by Region">
                <thead>
                  <tr>
                    <th>Region</th>
                    <th className="num">Prices</th>
                    <th>Sources dated</th>
                    {COVERAGE_COLUMNS.map((c) => (
                      <th key={c.label} className="num" title={c.title}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...status.snapshot.coverage]
                    .sort((a, b) => (a.region === region ? -1 : b.region === region ? 1 : a.region.localeCompare(b.region)))
                    .map((c) => (
                      <tr key={c.region} aria-current={c.region === region ? 'true' : undefined}>
                        <td className="nowrap">
                          {c.region}
                          {c.region === region ? <div className="muted small">this scenario</div> : null}
                        </td>
                        <td className="num">{c.prices.toLocaleString('en-US')}</td>
                        <td className="nowrap">{c.oldestAsOf === c.newestAsOf ? c.oldestAsOf : `${c.oldestAsOf} – ${c.newestAsOf}`}</td>
                        {COVERAGE_COLUMNS.map((col) => {
                          const [published, derived] = coverageCount(c.coverage, col.groups);
                          return (
                            <td key={col.label} className="num" title={`${published} published, ${derived} derived`}>
                              {published + derived === 0 ? (
                                <span className="badge warn">none</span>
                              ) : (
                                <>
                                  {published.toLocaleString('en-US')}
                                  {derived > 0 ? <span className="muted"> +{derived.toLocaleString('en-US')}~</span> : null}
                                </>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                </tbody>
              </table>
              </div>
              <p className="muted small">Rows per Region: published by AWS, +N~ derived by a stated rule (flagged ~ wherever used); none: no offline price, flagged as not found if a scenario needs it.</p>
              </>
            ) : null}
          </>
        ) : null}
        {status ? (
          <table className="data" aria-label="Cached prices">
            <thead>
              <tr>
                <th>Region</th>
                <th>Service</th>
                <th>Source</th>
                <th>Prices as of</th>
                <th>Fetched</th>
                <th className="num">Items</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {status.cache.length === 0 ? (
                <tr>
                  <td colSpan={7} className="muted">
                    No cached prices yet: the embedded snapshot is used. Cache folder {status.cacheDir}.
                  </td>
                </tr>
              ) : null}
              {status.cache.map((c) => (
                <tr key={`${c.region}/${c.service}`}>
                  <td>{c.region}</td>
                  <td>{c.service}</td>
                  <td>{c.source}</td>
                  <td>{c.asOf}</td>
                  <td title={c.fetchedAt}>{c.fetchedAt ? `${c.fetchedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}</td>
                  <td className="num">{c.items.toLocaleString('en-US')}</td>
                  <td>{c.stale ? <span className="badge warn">older than {status.ttlDays} days</span> : <span className="badge">fresh</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {estimate ? (
          <>
            <h3>Prices this estimate uses</h3>
            <table className="data" aria-label="Price sources of the estimate">
              <thead>
                <tr>
                  <th>Source</th>
                  <th>Kind</th>
                  <th>As of</th>
                  <th>Age</th>
                  <th>Basis</th>
                  <th className="num">Lines</th>
                </tr>
              </thead>
              <tbody>
                {estimate.priceSources.map((u) => (
                  <tr key={`${u.source.kind}${u.source.title}${u.source.asOf}`}>
                    <td>
                      {u.source.title}
                      {u.source.note ? <div className="muted">{u.source.note}</div> : null}
                    </td>
                    <td>{u.source.kind}</td>
                    <td>{u.source.asOf}</td>
                    <td>
                      {(({ days, stale }) => (
                        <>
                          {formatAge(days)}
                          {stale ? (
                            <>
                              {' '}
                              <span className="badge warn">stale</span>
                            </>
                          ) : null}
                        </>
                      ))(priceAge(u.source, today, staleAfterDays))}
                    </td>
                    <td>{u.source.basis === 'derived' ? <span className="badge warn">derived</span> : 'published'}</td>
                    <td className="num">{u.lineCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="refresh-h">
        <h2 id="refresh-h">Refresh from AWS</h2>
        <p className="muted">Uses your AWS credentials from the default chain (environment, shared config and credentials files, SSO); TCO Studio never stores keys. Needs pricing:GetProducts (and, for a full refresh, pricing:ListPriceLists and pricing:GetPriceListFileUrl).</p>
        <div className="grid">
          <div className="field">
            <label htmlFor="aws-profile">AWS profile</label>
            <input
              id="aws-profile"
              value={settings?.awsProfile ?? ''}
              placeholder="default"
              onChange={(e) => {
                const awsProfile = e.currentTarget.value || undefined;
                setSettings((s) => (s ? { ...s, awsProfile } : s));
                void api.setSettings({ awsProfile });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="refresh-region">Region</label>
            <select id="refresh-region" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {AWS_REGIONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </div>
          <label className="row" style={{ gap: 4, alignSelf: 'end' }}>
            <input type="checkbox" checked={full} onChange={(e) => setFull(e.currentTarget.checked)} /> Whole regional catalogue (large download)
          </label>
        </div>
        <div className="row" style={{ marginTop: 10 }}>
          <button type="button" className="btn primary" disabled={running} onClick={() => void refresh()}>
            Refresh prices
          </button>
          <button type="button" className="btn" disabled={!running} onClick={() => void api.cancelRefresh()}>
            Cancel
          </button>
        </div>
        {progress && (running || pct !== undefined) ? (
          <div style={{ marginTop: 10 }} aria-live="polite">
            <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct === undefined ? undefined : Math.round(pct)} aria-label="Price refresh progress">
              <div style={{ width: `${pct ?? 5}%` }} />
            </div>
            <div className="muted" data-testid="refresh-progress">
              {progress.phase}: {progress.items.toLocaleString('en-US')} items
              {progress.totalItems ? ` of ${progress.totalItems.toLocaleString('en-US')}` : ''}
              {progress.bytes ? `, ${(progress.bytes / 1e6).toFixed(1)} MB` : ''}
              {progress.etaSeconds !== undefined ? `, about ${Math.ceil(progress.etaSeconds)} s left` : ''}
              {progress.message ? ` · ${progress.message}` : ''}
            </div>
          </div>
        ) : null}
        {result ? (
          <div className="banner" role="status">
            {result}
          </div>
        ) : null}
        {refreshError ? (
          <div className="banner error" role="alert" data-testid="refresh-error">
            Refresh failed: {refreshError}
          </div>
        ) : null}
      </section>
    </div>
  );
}

/** The Prices view's coverage columns: price-key groups (service/kind) added up. */
const COVERAGE_COLUMNS: readonly { readonly label: string; readonly title?: string; readonly groups: RegExp }[] = [
  { label: 'EC2', groups: /^ec2\/instance$/ },
  { label: 'EC2 reserved', groups: /^ec2\/reserved$/ },
  { label: 'RDS', groups: /^rds\/instance$/ },
  { label: 'RDS reserved', groups: /^rds\/reserved$/ },
  { label: 'Aurora', groups: /^rds\/aurora-/ },
  { label: 'RDS storage', groups: /^rds\/(storage|iops|throughput|backup)$/ },
  { label: 'EBS', groups: /^ebs\// },
  { label: 'SageMaker', groups: /^sagemaker\// },
  { label: 'Other', title: 'S3, load balancers, NAT gateway, EKS, data transfer', groups: /^(s3|elb|vpc|eks)\/|^ec2\/(inter-az-transfer|internet-egress)$/ },
];

/** [published, derived] rows of the groups a column adds up. */
export function coverageCount(coverage: Readonly<Record<string, readonly [number, number]>>, groups: RegExp): [number, number] {
  let published = 0;
  let derived = 0;
  for (const [group, [p, d]] of Object.entries(coverage)) {
    if (!groups.test(group)) continue;
    published += p;
    derived += d;
  }
  return [published, derived];
}
