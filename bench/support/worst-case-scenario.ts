/**
 * The largest scenario the schema admits, for measuring what its limits cost: every workload an ML
 * platform with every part with a catalogue price filled in (training, real-time endpoints, batch), as many
 * endpoints per workload as allowed, the longest horizon, and the most uncertainty entries.
 * Plain data (a scenario file's content), so a test or a benchmark can write it to disk for the CLI.
 */
export interface WorstCaseShape {
  readonly workloads: number;
  readonly endpointsPerWorkload: number;
  readonly horizonMonths: number;
}

const ENDPOINT_TYPES = ['ml.m5.xlarge', 'ml.c5.xlarge', 'ml.g4dn.xlarge', 'ml.g5.xlarge'] as const;

export function worstCaseScenario(shape: WorstCaseShape): Record<string, unknown> {
  const workloads = Array.from({ length: shape.workloads }, (_, w) => ({
    kind: 'ml-platform',
    id: `ml-${w}`,
    name: `ML platform ${w}`,
    team: { dataScientists: 8, notebookInstanceType: 'ml.m5.xlarge', hoursPerDay: 8, daysPerMonth: 21 },
    training: { jobsPerMonth: 40, hoursPerJob: 3, instanceType: 'ml.g5.xlarge', instanceCount: 2, spotSharePct: 30 },
    realtimeInference: {
      endpoints: Array.from({ length: shape.endpointsPerWorkload }, (_, e) => ({
        name: `endpoint ${e}`,
        instanceType: ENDPOINT_TYPES[e % ENDPOINT_TYPES.length],
        instanceCount: 1 + (e % 3),
        hoursPerDay: 24,
      })),
    },
    batchTransform: { jobsPerMonth: 10, hoursPerJob: 2, instanceType: 'ml.m5.xlarge', instanceCount: 2 },
    storage: { s3Gb: 500, volumeGbPerInstance: 50 },
    inferenceDataGbPerMonth: 100,
  }));
  const uncertainty = [
    { path: 'opsEffort.effortScalePct', distribution: { kind: 'triangular', min: 70, mode: 100, max: 150 } },
    ...Array.from({ length: Math.min(shape.workloads, 99) }, (_, w) => ({
      path: `workloads[${w}].team.dataScientists`,
      distribution: { kind: 'uniform', min: 4, max: 12 },
    })),
  ];
  return {
    schemaVersion: 1,
    name: `Worst case: ${shape.workloads} ML workloads × ${shape.endpointsPerWorkload} endpoints, ${shape.horizonMonths} months`,
    question: 'How long do the analyses take at the limits of the schema?',
    region: 'us-east-1',
    horizonMonths: shape.horizonMonths,
    discountRateAnnualPct: 8,
    usageGrowthPctPerMonth: 2,
    workloads,
    analysis: { uncertainty },
  };
}
