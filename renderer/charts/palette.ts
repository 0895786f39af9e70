import type { CostCategory, OptionId, ServiceName } from '../../src/index';

/**
 * Stable colours for charts: the same option, category or service has the same colour in every
 * chart of the dashboard and the report. Each is a CSS variable (so the app's light and dark themes
 * can retune it in one place: renderer/styles.css) with a fallback that reads well on white paper
 * and on a light screen. SVG presentation attributes accept var() in Chromium and Electron.
 * Hues are picked from the Okabe–Ito colour-blind-safe set where they can be.
 */

const cssVar = (name: string, fallback: string) => `var(--${name}, ${fallback})`;

export const OPTION_COLORS: Readonly<Record<OptionId, string>> = {
  ec2: cssVar('option-ec2', '#2f6fde'),
  eks: cssVar('option-eks', '#8e44ad'),
  managed: cssVar('option-managed', '#16a085'),
  aurora: cssVar('option-aurora', '#d55e00'),
};

export const CATEGORY_COLORS: Readonly<Record<CostCategory, string>> = {
  infrastructure: cssVar('cat-infrastructure', '#2f6fde'),
  operations: cssVar('cat-operations', '#e67e22'),
  security: cssVar('cat-security', '#c0392b'),
  downtime: cssVar('cat-downtime', '#7f8c8d'),
};

export const CATEGORY_LABELS: Readonly<Record<CostCategory, string>> = {
  infrastructure: 'Infrastructure',
  operations: 'Operations (engineer time)',
  security: 'Security & compliance',
  downtime: 'Downtime (business cost)',
};

const SERVICE_COLOR_LIST: Readonly<Record<ServiceName, string>> = {
  'Amazon EC2': cssVar('svc-ec2', '#e69f00'),
  'Amazon EBS': cssVar('svc-ebs', '#f0c75e'),
  'Amazon RDS': cssVar('svc-rds', '#0072b2'),
  'Amazon SageMaker': cssVar('svc-sagemaker', '#009e73'),
  'Amazon EKS': cssVar('svc-eks', '#8e44ad'),
  'Amazon S3': cssVar('svc-s3', '#56b4e9'),
  'Elastic Load Balancing': cssVar('svc-elb', '#7f8c8d'),
  'Data transfer': cssVar('svc-transfer', '#b0b7c3'),
  'Software licences': cssVar('svc-licences', '#a0522d'),
  'Engineering time': cssVar('svc-engineering', '#d55e00'),
  Downtime: cssVar('svc-downtime', '#cc79a7'),
  'Delayed value': cssVar('svc-delay', '#9b59b6'),
};

const EXTRA = ['#1abc9c', '#34495e', '#e84393', '#6c5ce7', '#00b894', '#fd9644'];

/** The colour of a service; services the list does not know get a stable colour from their name. */
export function serviceColor(service: string): string {
  const known = (SERVICE_COLOR_LIST as Readonly<Record<string, string>>)[service];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < service.length; i++) h = (h * 31 + service.charCodeAt(i)) >>> 0;
  return EXTRA[h % EXTRA.length]!;
}

export function optionColor(option: string): string {
  return (OPTION_COLORS as Readonly<Record<string, string>>)[option] ?? serviceColor(option);
}

/**
 * Axis, grid and marker colours. Text and axes fall back to the app's theme variables (--text,
 * --muted, --danger in renderer/styles.css), so they stay readable in the dark theme too.
 */
export const CHART_COLORS = {
  grid: cssVar('chart-grid', '#e3e7ee'),
  axis: cssVar('chart-axis', 'var(--muted, #5b6475)'),
  text: cssVar('chart-text', 'var(--text, #1d2330)'),
  marker: cssVar('chart-marker', 'var(--danger, #c0392b)'),
  current: cssVar('chart-current', 'var(--muted, #5b6475)'),
  /** Tornado: the difference grows with the input / shrinks with it. */
  rising: cssVar('chart-rising', '#d55e00'),
  falling: cssVar('chart-falling', '#0072b2'),
  histogram: cssVar('chart-histogram', '#56b4e9'),
} as const;
