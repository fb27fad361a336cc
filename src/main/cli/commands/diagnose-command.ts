import { call } from '../call';
import { CommandError, type CliIo } from '../io';
import { parse } from '../options';
import { openExistingMirror } from './mirror-command';

export const diagnoseHelp = `Usage: integration-desk diagnose ORDER_ID [--db FILE] [--json]

Diagnoses one order of the mirror by its marketplace order id: the error type its message says,
the root causes the mirror's data shows, their evidence and the fix. Every check runs whatever the
message says: findings outside the message's type are listed as "also found", and when the message
was not understood the type the data points to is shown as inferred ("unexplained" when nothing was
found: not an all-clear).`;

export async function diagnoseCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('diagnose', argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return (io.stdout(diagnoseHelp + '\n'), 0);
  const marketplaceOrderId = positionals[0];
  if (!marketplaceOrderId)
    throw new CommandError('diagnose: name the marketplace order id, e.g. `integration-desk diagnose 702-1234567-1234567`');
  const host = await openExistingMirror(io, 'diagnose', values.db);
  try {
    const { orders } = await call(host.api, 'diagnosis/order', { marketplaceOrderId });
    if (orders.length === 0) throw new CommandError(`diagnose: no order ${marketplaceOrderId} in the mirror ${host.deps.dbPath}`);
    const diagnosed = orders.flatMap((order) => (order.diagnosis ? [{ order, diagnosis: order.diagnosis }] : []));
    // A diagnosis on a copy holding planned changes passes only once they are made in the Admin.
    const results = await Promise.all(
      diagnosed.map(async (result) => {
        const { changes } = await call(host.api, 'plan/list', { orderId: result.diagnosis.orderId });
        return { ...result, plannedChangeIds: changes.map((change) => change.id) };
      })
    );
    if (results.length === 0) {
      io.stdout(`Order ${marketplaceOrderId} is not failing (status ${orders[0].integrationStatus}): nothing to diagnose.\n`);
      return 0;
    }
    if (values.json) {
      for (const { order, diagnosis, plannedChangeIds } of results) {
        io.stdout(
          JSON.stringify({
            marketplaceOrderId: order.marketplaceOrderId,
            affiliateId: order.affiliateId,
            message: order.integrationMessage,
            ...diagnosis,
            plannedChangeIds
          }) + '\n'
        );
      }
      return 0;
    }
    for (const { order, diagnosis, plannedChangeIds } of results) {
      const inferred = diagnosis.inferredErrorType ? ` → ${diagnosis.inferredErrorType} (inferred from the data)` : '';
      io.stdout(
        `${order.affiliateId} ${order.marketplaceOrderId}: ${diagnosis.errorType}${inferred}\n  message: ${order.integrationMessage ?? '—'}\n`
      );
      const planned =
        plannedChangeIds.length > 0
          ? ` on the local copy only: waits for planned change ${plannedChangeIds.map((id) => `#${id}`).join(', ')} (make it in the Admin, then reprocess)`
          : '';
      if (diagnosis.causes.length === 0)
        io.stdout(
          `  ${diagnosis.outcome}${planned}${diagnosis.missing?.length ? ` (missing: ${diagnosis.missing.join(', ')})` : ''}\n`
        );
      for (const cause of diagnosis.causes) {
        io.stdout(`  • ${cause.code}  fix: ${cause.fix.kind}\n    ${JSON.stringify(cause.evidence)}\n`);
      }
      for (const cause of diagnosis.alsoFound ?? []) io.stdout(`  also found: ${cause.code}  fix: ${cause.fix.kind}\n`);
      if (diagnosis.checked?.length) io.stdout(`  checked: ${diagnosis.checked.join(', ')}\n`);
    }
    return 0;
  } finally {
    host.db.close();
  }
}
