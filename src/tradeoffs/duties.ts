import type { ResponsibilityRow } from '../model/ops-tasks';

/**
 * The operational duties the responsibility matrix compares, one row each.
 *
 * The list follows issue 8 (hardware, OS install and patching, engine install and patching,
 * backups, HA and failover, scaling, monitoring, security configuration, encryption key
 * management, network isolation, application and query/model optimisation). "Hardware" is split
 * into the three rows AWS's RDS table uses (power/network/cooling, hardware lifecycle, server
 * maintenance) so that the RDS matrix can equal that table row for row; "OS" and "engine" are
 * split into install and patching for the same reason.
 */
export const DUTY_IDS = [
  'power-network-cooling',
  'hardware-lifecycle',
  'server-maintenance',
  'os-installation',
  'os-patching',
  'engine-install',
  'engine-patching',
  'backups',
  'high-availability',
  'scaling',
  'monitoring',
  'security-configuration',
  'encryption-keys',
  'network-isolation',
  'application-optimization',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

/** Groups of duties, for displays that fold rows (e.g. the three hardware rows into "Hardware"). */
export type DutyGroup = 'hardware' | 'operating-system' | 'engine' | 'data' | 'availability-capacity' | 'security' | 'application';

export interface Duty {
  readonly id: DutyId;
  readonly group: DutyGroup;
  /** The row of AWS's RDS responsibility table this duty is, or null when that table does not list it. */
  readonly awsTableRow: ResponsibilityRow | null;
  /** How the duty reads for a database deployment. */
  readonly databaseLabel: string;
  /** How the duty reads for an ML platform deployment (the "engine" is the ML framework and platform stack). */
  readonly mlLabel: string;
}

export const DUTIES: readonly Duty[] = [
  {
    id: 'power-network-cooling',
    group: 'hardware',
    awsTableRow: 'Power, network, and cooling',
    databaseLabel: 'Power, network and cooling',
    mlLabel: 'Power, network and cooling',
  },
  {
    id: 'hardware-lifecycle',
    group: 'hardware',
    awsTableRow: 'Hardware lifecycle',
    databaseLabel: 'Hardware lifecycle',
    mlLabel: 'Hardware lifecycle (including GPUs)',
  },
  {
    id: 'server-maintenance',
    group: 'hardware',
    awsTableRow: 'Server maintenance',
    databaseLabel: 'Server maintenance',
    mlLabel: 'Server maintenance',
  },
  {
    id: 'os-installation',
    group: 'operating-system',
    awsTableRow: 'OS installation',
    databaseLabel: 'OS installation',
    mlLabel: 'OS installation and base images',
  },
  {
    id: 'os-patching',
    group: 'operating-system',
    awsTableRow: 'OS patching',
    databaseLabel: 'OS patching',
    mlLabel: 'OS patching of notebook, training and serving hosts',
  },
  {
    id: 'engine-install',
    group: 'engine',
    awsTableRow: 'Database software install',
    databaseLabel: 'Database software install',
    mlLabel: 'ML frameworks, GPU drivers and platform software: install',
  },
  {
    id: 'engine-patching',
    group: 'engine',
    awsTableRow: 'Database software patching',
    databaseLabel: 'Database software patching and upgrades',
    mlLabel: 'ML frameworks, GPU drivers and platform software: patching and upgrades',
  },
  {
    id: 'backups',
    group: 'data',
    awsTableRow: 'Database backups',
    databaseLabel: 'Database backups',
    mlLabel: 'Backups of notebooks, experiment records and model artefacts',
  },
  {
    id: 'high-availability',
    group: 'availability-capacity',
    awsTableRow: 'High availability',
    databaseLabel: 'High availability and failover',
    mlLabel: 'High availability and failover of model serving',
  },
  {
    id: 'scaling',
    group: 'availability-capacity',
    awsTableRow: 'Scaling',
    databaseLabel: 'Scaling',
    mlLabel: 'Scaling training and serving capacity',
  },
  {
    id: 'monitoring',
    group: 'availability-capacity',
    awsTableRow: null,
    databaseLabel: 'Monitoring and alerting',
    mlLabel: 'Monitoring and alerting',
  },
  {
    id: 'security-configuration',
    group: 'security',
    awsTableRow: null,
    databaseLabel: 'Security configuration (IAM, hardening, access reviews)',
    mlLabel: 'Security configuration (IAM, hardening, access reviews)',
  },
  {
    id: 'encryption-keys',
    group: 'security',
    awsTableRow: null,
    databaseLabel: 'Encryption key management (KMS keys)',
    mlLabel: 'Encryption key management (KMS keys)',
  },
  {
    id: 'network-isolation',
    group: 'security',
    awsTableRow: null,
    databaseLabel: 'Network isolation (VPC, subnets, security groups)',
    mlLabel: 'Network isolation (VPC, subnets, security groups)',
  },
  {
    id: 'application-optimization',
    group: 'application',
    awsTableRow: 'Application optimization',
    databaseLabel: 'Application optimisation (queries, indexes, schema)',
    mlLabel: 'Model optimisation (performance and cost tuning)',
  },
];

export function dutyById(id: DutyId): Duty {
  const duty = DUTIES.find((d) => d.id === id);
  if (!duty) throw new Error(`unknown duty ${id}`);
  return duty;
}
