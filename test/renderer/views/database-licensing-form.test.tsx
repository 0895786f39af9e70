// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldContext } from '../../../renderer/components/fields';
import { validate } from '../../../renderer/state/derived';
import { DatabaseForm } from '../../../renderer/views/DatabaseForm';
import type { PathKey } from '../../../src/index';
import { dbWorkload } from '../../support/scenarios';

afterEach(cleanup);

function formFor(over: Parameters<typeof dbWorkload>[0]) {
  const draft = { schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 0, workloads: [dbWorkload(over)] };
  const validation = validate(draft);
  const sets: [readonly PathKey[], unknown][] = [];
  const ctx: FieldContext = { draft, issues: validation.issues, parsed: validation.scenario, set: (path, value) => sets.push([path, value]) };
  const view = render(<DatabaseForm ctx={ctx} index={0} region="us-east-1" engine={String(over?.engine ?? 'postgresql')} hasSelfManaged hasAurora={false} />);
  return { view, sets };
}

const selectLabelled = (view: ReturnType<typeof render>, label: string) => view.getByLabelText(new RegExp(`^${label}`)) as HTMLSelectElement;

describe('database form: commercial engines', () => {
  it('lists the SQL Server and Oracle editions among the engines', () => {
    const { view } = formFor({});
    const options = [...selectLabelled(view, 'Engine').options].map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['SQL Server Express', 'SQL Server Standard', 'SQL Server Enterprise', 'Oracle SE2', 'Oracle EE']));
  });

  it('shows licensing fields only for a commercial engine', () => {
    expect(formFor({}).view.queryByText('Licensing')).toBeNull();
    const { view } = formFor({ engine: 'sqlserver-se' });
    expect(view.getByText('Licensing')).toBeTruthy();
    expect(within(view.container).getByText(/Default: Microsoft list \$3,945/)).toBeTruthy();
  });

  it('offers BYOL only for Oracle EE on RDS, and no EC2 licence-included choice for Oracle', () => {
    const { view } = formFor({ engine: 'oracle-ee' });
    const rds = [...selectLabelled(view, 'RDS licence').options].map((o) => o.value);
    expect(rds).toEqual(['', 'byol']);
    expect(view.queryByLabelText('EC2 licence')).toBeNull();
  });

  it('sets the EC2 licence model of a SQL Server workload', () => {
    const { view, sets } = formFor({ engine: 'sqlserver-ee' });
    const select = view.container.querySelector<HTMLSelectElement>('select[data-path="workloads[0].licensing.ec2"]')!;
    fireEvent.change(select, { target: { value: 'license-included' } });
    expect(sets).toContainEqual([['workloads', 0, 'licensing', 'ec2'], 'license-included']);
  });
});
