import * as z from 'zod';
import { scenarioSchema } from './scenario-schema';

/** The published JSON Schema of `*.tco.json` files (what a user may write, defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://tco-studio.dev/schema/scenario-v1.json',
    title: 'TCO Studio scenario (schemaVersion 1)',
    description: 'A workload and the assumptions to compare running it self-managed on Amazon EC2/EKS against Amazon RDS or Amazon SageMaker.',
  };
}
