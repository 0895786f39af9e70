import type { PriceCatalogue, PriceQuote } from './catalogue';
import type { PriceKey } from './price-key';

/**
 * Memoises catalogue lookups for the price kinds every evaluation asks for, keyed by nested maps
 * of the key's fields instead of its concatenated id: what-if analysis evaluates a scenario
 * thousands of times, and building and hashing the id string was most of the lookup cost.
 * Catalogues are immutable (a refresh yields a new one), so entries never go stale. One lives in
 * each EvaluationCache (src/model/evaluation-cache.ts); the pricing module keeps no module state.
 */
type Tree = Map<string, Tree | PriceQuote | null>;

export class QuoteCache {
  private readonly root: Tree = new Map();

  constructor(private readonly catalogue: PriceCatalogue) {}

  lookup(key: PriceKey): PriceQuote | undefined {
    switch (key.kind) {
      case 'instance':
        if (key.service === 'ec2') return this.get(key, 'ec2-instance', key.region, key.instanceType);
        if (key.service === 'rds') return this.get(key, 'rds-instance', key.region, key.instanceClass, key.engine, key.deployment);
        return this.get(key, 'sagemaker-instance', key.region, key.instanceType, key.component);
      case 'volume':
        return this.get(key, 'ebs-volume', key.region, key.volumeType);
      case 'storage':
        return this.get(key, 'rds-storage', key.region, key.storageType, key.deployment);
      case 'iops':
        return key.service === 'rds' ? this.get(key, 'rds-iops', key.region, key.storageType, key.deployment) : this.get(key, 'ebs-iops', key.region, key.volumeType);
      case 'throughput':
        return key.service === 'rds' ? this.get(key, 'rds-throughput', key.region, key.deployment) : this.get(key, 'ebs-throughput', key.region);
      case 'serverless':
        return this.get(key, 'sagemaker-serverless', key.region, String(key.memoryMb));
      case 'aurora-instance':
        return this.get(key, 'aurora-instance', key.region, key.instanceClass, key.engine, key.storageConfiguration);
      case 'aurora-storage':
        return this.get(key, 'aurora-storage', key.region, key.storageConfiguration);
      case 'aurora-backup':
        return this.get(key, 'aurora-backup', key.region, key.engine);
      case 'reserved':
      case 'aurora-reserved':
        return this.catalogue.lookup(key);
      default:
        // Kinds whose only field is the Region.
        return this.get(key, key.kind, key.region);
    }
  }

  /** Walks (and grows) a tree of maps keyed by the key's fields, so no id string is built per lookup. */
  private get(key: PriceKey, ...path: string[]): PriceQuote | undefined {
    let node: Tree = this.root;
    const last = path.length - 1;
    for (let i = 0; i < last; i++) {
      let next = node.get(path[i]!) as Tree | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(path[i]!, next);
      }
      node = next;
    }
    const hit = node.get(path[last]!);
    if (hit !== undefined) return (hit as PriceQuote | null) ?? undefined;
    const quote = this.catalogue.lookup(key) ?? null;
    node.set(path[last]!, quote);
    return quote ?? undefined;
  }
}
