import { formatSignedUsd as signed, formatUsd, overrideValueText } from '../../src/index';
import { Section } from './parts';
import type { ReportContext } from './report-context';

const LINES_SHOWN = 6;

/** The scenario's named variants against the base scenario: what each changes and what it does to each option. */
export function VariantsSection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const d = ctx.data;
  return (
    <Section id="variants" number={number} title="Variants compared">
      <p>
        Each variant changes some inputs of the base scenario; totals are over {d.estimate.scenario.horizonMonths} months.
        {d.source.variant ? ` This report is about the variant "${d.source.variant}".` : ' This report is about the base scenario.'}
      </p>
      {d.variants.map((v) => (
        <div key={v.name} className="variant">
          <h3>
            Variant "{v.name}"{v.isReportVariant ? ' (this report)' : ''}
          </h3>
          {v.description ? <p>{v.description}</p> : null}
          <p className="small">
            Changes: {v.overrides.map((o) => `${o.path} = ${overrideValueText(o.value)}`).join('; ') || 'none'}
          </p>
          {v.error || !v.comparison ? (
            <p className="problem">This variant could not be evaluated: {v.error}</p>
          ) : (
            <>
              <table>
                <thead>
                  <tr>
                    <th>Option</th>
                    <th className="num">Base scenario</th>
                    <th className="num">Variant</th>
                    <th className="num">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {v.comparison.options.map((o) => (
                    <tr key={o.option}>
                      <td>{ctx.optionLabel(o.option)}</td>
                      <td className="num">{formatUsd(o.a)}</td>
                      <td className="num">{formatUsd(o.b)}</td>
                      <td className="num">{signed(o.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {v.comparison.lines.length > 0 ? (
                <table>
                  <thead>
                    <tr>
                      <th>Line that changes most</th>
                      <th className="num">Change over horizon</th>
                      <th>Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.comparison.lines.slice(0, LINES_SHOWN).map((l) => (
                      <tr key={l.key}>
                        <td className="label">
                          {(l.b ?? l.a)?.label}
                          <div className="muted small">{ctx.optionLabel(l.option)}</div>
                        </td>
                        <td className="num">{signed(l.delta)}</td>
                        <td className="small">{l.explanation}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {v.comparison.lines.length > LINES_SHOWN ? (
                <p className="muted small">
                  {v.comparison.lines.length - LINES_SHOWN} more lines change; the JSON export and `tco-studio compare --variants base,"{v.name}"` list them all.
                </p>
              ) : null}
            </>
          )}
        </div>
      ))}
    </Section>
  );
}
