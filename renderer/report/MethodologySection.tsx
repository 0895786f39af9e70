import { CalibrationTable } from './CalibrationTable';
import { Section } from './parts';
import type { ReportContext } from './report-context';

/** How the numbers are made and what the model leaves out, in plain words. */
export function MethodologySection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const m = ctx.data.methodology;
  return (
    <Section id="methodology" number={number} title="Methodology and limitations">
      {m.sections.map((s) => (
        <div key={s.title}>
          <h3>{s.title}</h3>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ))}
      <h3>Calibration against published evidence</h3>
      <p>The ops-effort defaults, computed by the model for standard fleets, beside the published ratios they must land within.</p>
      <CalibrationTable rows={m.calibration} />
      <h3>Limitations</h3>
      <ul>
        {m.limitations.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="muted">Full method, every default and its source: {m.reference}</p>
    </Section>
  );
}
