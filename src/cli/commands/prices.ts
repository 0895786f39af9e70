import {
  describePriceKey,
  priceKeyId,
  type PriceCatalogue,
  type PriceKey,
} from '../../index';
import { RDS_PRICE_LIST_ENGINES, type Ec2Platform, type RdsEngine } from '../../pricing/price-key';
import { formatUnitPrice, formatUsd } from '../../format/format';
import { describePriceSource } from '../../report/provenance-text';
import { textTable } from '../../report/text-table';
import { checkRegion, oneOf, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { cliCatalogue } from '../cli-catalogue';
import { pricesStatusCommand } from './prices-status';

const USAGE = 'tco-studio prices show <instance-type> [--region r] [--service ec2|rds|sagemaker] [--format table|json]';
const SUBCOMMANDS = 'tco-studio prices show|refresh|status (see tco-studio --help)';
const TERMS = ['1yr', '3yr'] as const;
const EC2_PLATFORMS: readonly Ec2Platform[] = ['windows', 'windows-sql-web', 'windows-sql-std', 'windows-sql-ent'];
const PURCHASE = ['no-upfront', 'partial-upfront', 'all-upfront'] as const;

function candidateKeys(service: 'ec2' | 'rds' | 'sagemaker', type: string, region: string): PriceKey[] {
  const keys: PriceKey[] = [];
  if (service === 'ec2') {
    keys.push({ service: 'ec2', kind: 'instance', region, instanceType: type });
    // Windows and Windows + SQL Server rates: only present once fetched from AWS (not in the snapshot).
    for (const platform of EC2_PLATFORMS) keys.push({ service: 'ec2', kind: 'instance', region, instanceType: type, platform });
    for (const offeringClass of ['standard', 'convertible'] as const)
      for (const term of TERMS)
        for (const purchaseOption of PURCHASE)
          keys.push({ service: 'ec2', kind: 'reserved', region, instanceType: type, term, purchaseOption, offeringClass });
  } else if (service === 'rds') {
    for (const engine of Object.keys(RDS_PRICE_LIST_ENGINES) as RdsEngine[])
      for (const deployment of ['single-az', 'multi-az'] as const) {
        keys.push({ service: 'rds', kind: 'instance', region, engine, instanceClass: type, deployment });
        for (const term of TERMS)
          for (const purchaseOption of PURCHASE)
            keys.push({ service: 'rds', kind: 'reserved', region, engine, instanceClass: type, deployment, term, purchaseOption });
      }
  } else {
    for (const component of ['studio-notebook', 'training', 'hosting', 'batch-transform'] as const)
      keys.push({ service: 'sagemaker', kind: 'instance', region, component, instanceType: type });
  }
  return keys;
}

function serviceOf(type: string): 'ec2' | 'rds' | 'sagemaker' {
  if (type.startsWith('db.')) return 'rds';
  if (type.startsWith('ml.')) return 'sagemaker';
  return 'ec2';
}

const TYPE_PATTERN = /^(db\.|ml\.)?[a-z][a-z0-9-]*\.[a-z0-9]+$/;

export function pricesCommand(argv: readonly string[], given?: PriceCatalogue): CommandResult {
  const [sub, ...rest] = argv;
  if (sub === 'status') return pricesStatusCommand(rest);
  if (sub === 'refresh') throw new CliError('prices refresh calls AWS and runs asynchronously: run it through runAsync (main.ts)', EXIT.internal);
  if (sub !== 'show') {
    throw new CliError(
      sub === undefined ? `prices needs a subcommand (usage: ${SUBCOMMANDS})` : `unknown prices subcommand "${sub}" (usage: ${SUBCOMMANDS})`,
      EXIT.usage,
    );
  }
  const { values, positionals } = parseFlags(
    rest,
    { region: { type: 'string', short: 'r' }, service: { type: 'string', short: 's' }, format: { type: 'string', short: 'f' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`prices show needs one instance type (usage: ${USAGE})`, EXIT.usage);
  const type = positionals[0]!;
  if (!TYPE_PATTERN.test(type)) {
    throw new CliError(`instance type "${type}" is not valid: use a name such as m6i.large, db.r6i.xlarge or ml.g5.xlarge`, EXIT.invalidInput);
  }
  const region = checkRegion(values.region ?? 'us-east-1');
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const catalogue = given ?? cliCatalogue().catalogue;
  const service = oneOf('service', values.service, ['ec2', 'rds', 'sagemaker'] as const, serviceOf(type));
  if (service !== serviceOf(type)) {
    const expected = service === 'rds' ? 'db.' : service === 'sagemaker' ? 'ml.' : 'no';
    throw new CliError(`instance type "${type}" does not fit --service ${service} (${service} types have ${expected} prefix)`, EXIT.invalidInput);
  }

  const found = candidateKeys(service, type, region)
    .map((key) => ({ key, quote: catalogue.lookup(key) }))
    .filter((x): x is { key: PriceKey; quote: NonNullable<typeof x.quote> } => x.quote !== undefined);

  if (found.length === 0) {
    const inRegion = catalogue.info.regions.includes(region);
    throw new CliError(
      inRegion
        ? `no ${service.toUpperCase()} price for "${type}" in ${region} in ${catalogue.info.name}; check the instance type, or refresh prices from AWS`
        : `no prices for ${region} in ${catalogue.info.name} (it holds ${catalogue.info.regions.join(', ')}); refresh prices from AWS for this Region`,
      EXIT.invalidInput,
    );
  }

  if (format === 'json') {
    const items = found.map(({ key, quote }) => ({
      key: priceKeyId(key),
      description: describePriceKey(key),
      region,
      usdPerUnit: quote.usdPerUnit,
      unit: quote.unit,
      ...(quote.upfrontUsd !== undefined ? { upfrontUsd: quote.upfrontUsd } : {}),
      source: quote.source,
    }));
    return { stdout: `${JSON.stringify(items, null, 2)}\n`, exitCode: EXIT.ok };
  }
  const rows = found.map(({ key, quote }) => [
    describePriceKey(key),
    `${formatUnitPrice(quote.usdPerUnit)} per ${quote.unit === 'Hrs' ? 'hour' : quote.unit}`,
    quote.upfrontUsd !== undefined ? formatUsd(quote.upfrontUsd) : '',
    describePriceSource(quote.source),
  ]);
  const sources = [...new Map(found.map(({ quote }) => [quote.source.title, quote.source])).values()];
  const text = [
    `${type} in ${region} (${catalogue.info.name})`,
    textTable(['Price', 'Rate', 'Upfront', 'Source'], rows, ['left', 'right', 'right', 'left']),
    '',
    'Sources:',
    ...sources.map((s) => `  ${s.title}; ${s.url ?? ''}${s.note ? `\n    ${s.note}` : ''}`),
  ].join('\n');
  return { stdout: `${text}\n`, exitCode: EXIT.ok };
}
