import { resolve } from 'node:path';
import { generateSnapshot } from '../../core/demo/generate';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { parse, positiveInt } from '../options';

export const generateHelp = `Usage: integration-desk generate --orders N --seed S --out DIR [--format ndjson|json]

Writes a realistic demo store snapshot of any size (deterministic per seed): marketplaces, trade
policies, catalog, inventory, logistics, prices, settings and N orders, the failed ones carrying
real VTEX messages whose cause the store data reproduces.`;

export async function generateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(
    'generate',
    argv,
    { orders: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
    false
  );
  if (values.help) return (io.stdout(generateHelp + '\n'), 0);
  if (!values.out) throw new UsageError('generate: --out DIR is required');
  const format = values.format ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'json')
    throw new UsageError(`generate: --format must be ndjson or json, got "${format}"`);
  const orders = positiveInt('generate', 'orders', values.orders, 1000);
  const seed = positiveInt('generate', 'seed', values.seed, 1);
  const out = resolve(values.out);
  const result = await generateSnapshot(out, { orders, seed, format });
  io.stdout(`Wrote ${orders} orders (seed ${seed}) to ${out}\n${JSON.stringify(result.counts)}\n`);
  return 0;
}
