/** Presentational Recharts components shared by the dashboard and the report (series from src/report/chart-series.ts). */
export { MonthlyCostChart, type MonthlyCostChartProps } from './MonthlyCostChart';
export { RunRateChart, type RunRateChartProps } from './RunRateChart';
export { CumulativeCostChart, type CumulativeCostChartProps } from './CumulativeCostChart';
export { OpsHoursChart, type OpsHoursChartProps } from './OpsHoursChart';
export { TornadoChart, type TornadoChartProps } from './TornadoChart';
export { DistributionChart, type DistributionChartProps } from './DistributionChart';
export { BreakEvenCurveChart, type BreakEvenCurveChartProps } from './BreakEvenCurveChart';
export { OPTION_COLORS, CATEGORY_COLORS, CATEGORY_LABELS, CHART_COLORS, optionColor, serviceColor } from './palette';
export type { ChartSizeProps } from './chart-props';
