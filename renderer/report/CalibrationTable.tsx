import type { EvidenceCalibrationDisplayRow } from '../../src/index';

/** The ops-effort defaults beside the published evidence: one row per measure and fleet, then each measure's source, scope and band reasoning once. */
export function CalibrationTable({ rows }: { readonly rows: readonly EvidenceCalibrationDisplayRow[] }) {
  const measures = rows.filter((r, i) => rows.findIndex((x) => x.measure === r.measure) === i);
  return (
    <div className="calibration">
      <table aria-label="Calibration against published evidence">
        <thead>
          <tr>
            <th>Measure</th>
            <th>Fleet</th>
            <th className="num">TCO Studio default</th>
            <th className="num">Band tested</th>
            <th>In band</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.measure}</td>
              <td className="small">{r.fleet}</td>
              <td className="num">{r.model}</td>
              <td className="num">{r.band}</td>
              <td>{r.inBand ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="small">
        {measures.map((r) => (
          <li key={r.measure}>
            <strong>{r.measure}.</strong> Published: {r.published} (
            <a href={r.source.url} target="_blank" rel="noreferrer">
              {r.source.title}
            </a>
            , {r.source.date}). Scope: {r.scope} {r.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
