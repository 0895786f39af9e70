import { useId, useMemo } from 'react';
import { formatUnitPrice, getAtPath, instanceOptions, pathToString, type InstanceOption, type PathKey } from '../../src/index';
import { usePricesContext } from '../state/use-region-prices';
import type { FieldContext } from './fields';

export type PickerKind = { readonly service: 'ec2' } | { readonly service: 'rds'; readonly engine: string } | { readonly service: 'sagemaker'; readonly component: string };

/** An instance-type input with a list from the Region's snapshot prices: type, vCPU, memory and hourly price. */
export function InstancePicker({ ctx, path, label, region, kind, optional }: { ctx: FieldContext; path: readonly PathKey[]; label: string; region: string; kind: PickerKind; optional?: string }) {
  const id = useId();
  const listId = `${id}-list`;
  const { snapshot, options } = useInstanceOptions(region, kind);
  const raw = getAtPath(ctx.draft, path);
  const value = typeof raw === 'string' ? raw : '';
  const error = ctx.issues.get(pathToString(path));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={listId}
        value={value}
        placeholder={optional ?? ''}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        onChange={(e) => ctx.set(path, e.currentTarget.value === '' && optional ? undefined : e.currentTarget.value, true)}
      />
      <InstanceList id={listId} options={options} />
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : (
        <span className="hint">{instanceHint(region, value, snapshot !== undefined, options)}</span>
      )}
    </div>
  );
}

/** The Region's instance types of one kind from the snapshot the host sent (none while it loads, or for another Region). */
export function useInstanceOptions(region: string, kind: PickerKind): { snapshot: unknown; options: readonly InstanceOption[] } {
  const { prices } = usePricesContext();
  const snapshot = prices && prices.region === region ? prices.snapshot : undefined;
  const options: readonly InstanceOption[] = useMemo(
    () => (snapshot ? instanceOptions({ region, quotes: snapshot.quotes, instanceTypes: snapshot.instanceTypes }, kind) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the kind's fields, not its identity
    [snapshot, region, kind.service, 'engine' in kind ? kind.engine : '', 'component' in kind ? kind.component : ''],
  );
  return { snapshot, options };
}

/** The suggestions of an instance-type box: type, vCPU, memory and hourly price. */
export function InstanceList({ id, options }: { id: string; options: readonly InstanceOption[] }) {
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.type} value={o.type}>
          {`${o.vcpu !== undefined ? `${o.vcpu} vCPU, ${o.memoryGiB} GiB, ` : ''}${formatUnitPrice(o.usdPerHour)}/h`}
        </option>
      ))}
    </datalist>
  );
}

/** What an instance-type box says under it: the chosen type's size and price, or why there is none. */
export function instanceHint(region: string, value: string, loaded: boolean, options: readonly InstanceOption[]): string {
  const chosen = options.find((o) => o.type === value);
  if (chosen) return `${chosen.vcpu !== undefined ? `${chosen.vcpu} vCPU, ${chosen.memoryGiB} GiB · ` : ''}${formatUnitPrice(chosen.usdPerHour)}/h in ${region} (snapshot)`;
  if (!loaded) return `Loading prices for ${region}…`;
  if (value) return `not in the embedded snapshot for ${region}: its price shows as missing unless refreshed`;
  return `${options.length} types priced in ${region}`;
}
