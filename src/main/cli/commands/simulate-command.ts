import { call } from '../call';
import { UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { openExistingMirror } from './mirror-command';

export const simulateHelp = `Usage: integration-desk simulate (--sc ID | --affiliate ID) --postal-code CEP [--country BRA]
                                 --item SKU:QTY [--item …] [--db FILE] [--json]

Simulates shipping from the mirror alone: per item its availability, the quantity available in
warehouses the trade policy reaches, the SLAs that can deliver it, and why each dock, warehouse and
shipping policy was ruled out.`;

function parseItem(text: string): { id: string; quantity: number } {
  const match = /^([^:]+):(\d+)$/.exec(text);
  if (!match || Number(match[2]) <= 0)
    throw new UsageError(`simulate: --item must be SKU:QTY with a positive quantity, got "${text}"`);
  return { id: match[1], quantity: Number(match[2]) };
}

export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(
    'simulate',
    argv,
    {
      sc: { type: 'string' },
      affiliate: { type: 'string' },
      'postal-code': { type: 'string' },
      country: { type: 'string' },
      item: { type: 'string', multiple: true },
      db: { type: 'string' },
      json: { type: 'boolean' }
    },
    false
  );
  if (values.help) return (io.stdout(simulateHelp + '\n'), 0);
  if (!values.sc && !values.affiliate) throw new UsageError('simulate: give --sc ID or --affiliate ID');
  if (!values['postal-code']) throw new UsageError('simulate: --postal-code is required');
  if (!values.item?.length) throw new UsageError('simulate: give at least one --item SKU:QTY');
  const items = values.item.map(parseItem);
  const host = await openExistingMirror(io, 'simulate', values.db);
  try {
    const result = await call(host.api, 'simulation/run', {
      ...(values.sc ? { salesChannel: values.sc } : {}),
      ...(values.affiliate ? { affiliateId: values.affiliate } : {}),
      postalCode: values['postal-code'],
      country: values.country ?? 'BRA',
      items
    });
    if (values.json) {
      io.stdout(JSON.stringify(result) + '\n');
      return 0;
    }
    io.stdout(
      `Trade policy ${result.tradePolicyId ?? '—'} · CEP ${result.postalCode} ${result.country} · package ${result.package.weightGrams} g\n`
    );
    for (const item of result.items) {
      io.stdout(
        `SKU ${item.id} × ${item.quantity}: ${item.availability}${item.unlimited ? ' (unlimited)' : `, ${item.availableQuantity} available`}\n`
      );
      for (const sla of item.slas)
        io.stdout(
          `  SLA ${sla.id}: ${(sla.priceCents / 100).toFixed(2)}, ${sla.estimate}, dock ${sla.dockId}, warehouse ${sla.warehouseId}\n`
        );
      for (const out of item.ruledOut) io.stdout(`  ✕ ${out.kind} ${out.id}: ${out.reason}\n`);
    }
    return 0;
  } finally {
    host.db.close();
  }
}
