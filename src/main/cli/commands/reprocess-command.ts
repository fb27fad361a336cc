import type { ReprocessOutcome, ReprocessProgress } from '../../../shared/api/reprocess';
import { call } from '../call';
import type { CliIo } from '../io';
import { openCliHost } from './mirror-command';
import { parseSelection } from './order-selection';

export const reprocessHelp = `Usage: integration-desk reprocess ORDER_ID… [--db FILE] [--json]
       integration-desk reprocess --cause CODE [--key KEY] [--db FILE] [--json]

Replays VTEX's integration checks on the mirror, oldest first. On a snapshot mirror nothing reaches
VTEX: an order that passes is marked "would integrate" with the planned changes it waits for (see
\`plan export\`), holding its units for the rest of the run only; one that fails records a new attempt
with VTEX's message. Orders OMS already holds are never sent again.
Orders are named as for \`precheck\`. --json prints the summary with every order's outcome.`;

/** Per-order lines past this many are summed up: a group can hold thousands of orders. */
const LISTED = 100;

function outcomeLine(outcome: ReprocessOutcome): string {
  const id = outcome.marketplaceOrderId;
  switch (outcome.result) {
    case 'succeeded': {
      const reserved = outcome.reserved.map((r) => `${r.units} × SKU ${r.skuId} at ${r.warehouseId}`).join(', ');
      return `  ✓ ${id} → ${outcome.vtexOrderId ?? '—'}${reserved ? ` (reserved ${reserved})` : ''}`;
    }
    case 'would_integrate':
      return `  ~ ${id}: would integrate once ${outcome.plannedChangeIds.length > 0 ? `planned change ${outcome.plannedChangeIds.map((n) => `#${n}`).join(', ')} is made` : 'reprocessed in VTEX'} (nothing sent)`;
    case 'still_failing':
      return `  ✕ ${id}: ${outcome.message ?? '—'}${outcome.causes.length > 0 ? ` [${outcome.causes.join(', ')}]` : ''}`;
    case 'skipped_duplicate':
      return `  = ${id}: OMS already holds it as ${outcome.vtexOrderId ?? '—'}`;
    default:
      return `  = ${id}: not failed, left alone`;
  }
}

export async function reprocessCommand(argv: string[], io: CliIo): Promise<number> {
  const { selection, db, json } = parseSelection('reprocess', argv);
  if (!selection) return (io.stdout(reprocessHelp + '\n'), 0);
  const host = await openCliHost(io, db);
  try {
    let progressShown = false;
    host.events.subscribe({
      emit(event, payload) {
        const progress = payload as ReprocessProgress;
        // One line redrawn per batch of a large run; a run of one batch finishes before it would help.
        if (event !== 'reprocess/progress' || json || progress.done === progress.total) return;
        progressShown = true;
        io.stderr(
          `\r${progress.done} of ${progress.total} reprocessed, ${progress.succeeded} integrated, ${progress.wouldIntegrate} would integrate`
        );
      }
    });
    const summary = await call(host.api, 'reprocess/run', selection);
    if (progressShown) io.stderr('\n');
    if (json) {
      io.stdout(JSON.stringify(summary) + '\n');
      return 0;
    }
    const total = summary.outcomes.length;
    const head = summary.localCopy
      ? `${summary.wouldIntegrate} of ${total} would integrate once the planned changes are made (nothing was sent to VTEX)`
      : `${summary.succeeded} of ${total} integrated`;
    io.stdout(`${head}; ${summary.stillFailing} still failing, ${summary.skipped} skipped (oldest first)\n`);
    for (const outcome of summary.outcomes.slice(0, LISTED)) io.stdout(outcomeLine(outcome) + '\n');
    if (total > LISTED) io.stdout(`  … and ${total - LISTED} more (--json lists them all)\n`);
    return 0;
  } finally {
    host.db.close();
  }
}
