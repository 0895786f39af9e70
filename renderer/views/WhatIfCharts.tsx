import { memo, useMemo } from 'react';
import { cumulativeSeries, runRateByOption, servicesInRunRate, type Estimate } from '../../src/index';
import { CumulativeCostChart, RunRateChart } from '../charts';
import { Sized } from '../components/Sized';

/** The two charts the what-if panel redraws on every slider move. */
export const WhatIfCharts = memo(function WhatIfCharts({ estimate }: { estimate: Estimate }) {
  const cumulative = useMemo(() => cumulativeSeries(estimate), [estimate]);
  const runRate = useMemo(() => runRateByOption(estimate), [estimate]);
  const options = estimate.options.map((o) => ({ option: o.option, label: o.label }));
  return (
    <div className="split" data-testid="whatif-charts">
      <Sized height={260} label="Cumulative cost by option (what-if)">
        {(w, h) => <CumulativeCostChart points={cumulative.points} markers={cumulative.markers} options={options} width={w} height={h} />}
      </Sized>
      <Sized height={260} label="Monthly run-rate by service (what-if)">
        {(w, h) => <RunRateChart points={runRate} services={servicesInRunRate(runRate)} width={w} height={h} />}
      </Sized>
    </div>
  );
});
