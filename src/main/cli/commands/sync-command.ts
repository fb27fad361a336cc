import { SYNC_KINDS, type SyncKind, type SyncProgress, type SyncSummary } from '../../../shared/api/sync';
import { call } from '../call';
import { UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { environmentAccounts, registeredMirror, requireEnvironmentAccount } from './account-host';
import { openCliHost } from './mirror-command';

export const syncHelp = `Usage: integration-desk sync [--full] [--kinds K,K…] [--since DATE] [--db FILE] [--api-base URL] [--json]

Brings from VTEX what the mirror's failed orders name — their SKUs, inventory and prices, the
sales channels, affiliates, docks, warehouses, shipping policies and freight values for their postal
codes, and the OMS orders of their marketplace ids — then re-diagnoses them and says what changed.
Credentials come from VTEX_ACCOUNT, VTEX_APP_KEY and VTEX_APP_TOKEN. Each kind is applied whole or
not at all; Ctrl+C stops after the call in flight, and the same command run again resumes.
  --full        every SKU of the catalog (listed page by page), not only those the failed orders
                name: their SKUs, inventory and prices; a listing cut short resumes after its last page
  --kinds K,K   only these kinds: ${SYNC_KINDS.join(', ')}
  --since DATE  also every OMS order created from DATE (YYYY-MM-DD or ISO) until now, windowed
  --db FILE     the mirror (default: the account's own mirror, see \`account add\`)
  --api-base URL  one base URL for every API module (a proxy, a test server); also VTEX_API_BASE
  --json        print the summary as JSON`;

function kindsOf(value: string | undefined): SyncKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const unknown = kinds.find((k) => !(SYNC_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined || kinds.length === 0)
    throw new UsageError(`sync: --kinds takes ${SYNC_KINDS.join(', ')}; got "${unknown ?? value}"`);
  return kinds as SyncKind[];
}

function sinceOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) throw new UsageError(`sync: --since must be a date (YYYY-MM-DD) or an ISO date-time, got "${value}"`);
  return new Date(time).toISOString();
}

const LINE = 48;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The summary as the agent reads it: per kind, what failed and why, and what the re-diagnosis found. */
export function describeSync(summary: SyncSummary): string[] {
  const lines: string[] = [];
  lines.push(
    summary.cancelled
      ? `Sync of "${summary.account}" cancelled: what was applied is kept; run the same command to resume.`
      : `Synced account "${summary.account}"${summary.mode === 'full' ? ' in full' : ''}.`
  );
  if (summary.listing)
    lines.push(
      `  ✓ catalog listing: ${plural(summary.listing.listed, 'SKU id', 'SKU ids')}${summary.listing.resumedAfterPage ? ` (resumed after page ${summary.listing.resumedAfterPage})` : ''}`
    );
  for (const kind of SYNC_KINDS) {
    const applied = summary.applied[kind];
    const failed = summary.failed[kind];
    if (applied !== undefined)
      lines.push(`  ✓ ${kind}: ${applied} applied${summary.missing[kind] ? `, ${summary.missing[kind]} unknown to VTEX` : ''}`);
    else if (summary.resumed.includes(kind)) lines.push(`  = ${kind}: applied by the interrupted run, not fetched again`);
    else if (failed) lines.push(`  ✕ ${kind}: ${failed.message} — the mirror keeps its previous ${kind}`);
  }
  if (summary.incremental)
    lines.push(
      `  ✓ OMS since the date: ${summary.incremental.orders} orders in ${summary.incremental.windows} windows${summary.incremental.resumedFrom ? ` (resumed after ${summary.incremental.resumedFrom})` : ''}`
    );
  const c = summary.changes;
  if (c.rediagnosed > 0) {
    lines.push(
      `Re-diagnosed ${plural(c.rediagnosed, 'failed order', 'failed orders')}: ${plural(c.nowPassing, 'order now passes', 'orders now pass')} every check, ` +
        `${plural(c.nowFailing, 'order', 'orders')} now ${c.nowFailing === 1 ? 'shows' : 'show'} a cause, ${plural(c.causeChanged, 'order has', 'orders have')} another top cause.`
    );
  }
  return lines;
}

export async function syncCommand(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parse(
    'sync',
    argv,
    {
      full: { type: 'boolean' },
      kinds: { type: 'string' },
      since: { type: 'string' },
      db: { type: 'string' },
      'api-base': { type: 'string' },
      json: { type: 'boolean' }
    },
    false
  );
  if (values.help) return (io.stdout(syncHelp + '\n'), 0);
  void positionals;
  const kinds = kindsOf(values.kinds);
  const since = sinceOf(values.since);
  const accounts = environmentAccounts(io, values['api-base']);
  const account = requireEnvironmentAccount(accounts, 'sync');
  const db = values.db ?? registeredMirror(accounts, account, 'sync');
  const host = await openCliHost(io, db, 'desktop', false, accounts);
  const cancel = () => {
    io.stderr('\nStopping after the call in flight…\n');
    void host.api.dispatch('sync/cancel', {});
  };
  process.once('SIGINT', cancel);
  signal?.addEventListener('abort', cancel, { once: true });
  const unsubscribe = host.events.subscribe({
    emit(event, payload) {
      if (event !== 'sync/progress' || values.json) return;
      const p = payload as SyncProgress;
      // One line redrawn in place; padded because a shorter line would leave the longer one's tail.
      const redraw = (text: string, end = '') => io.stderr(`\r${text.padEnd(LINE)}${end}`);
      if (p.phase === 'fetching') redraw(`${p.kind}: ${p.done} of ${p.total}`);
      else if (p.phase === 'listing') redraw(`catalog: ${p.done} SKU ids listed`);
      else if (p.phase === 'window') redraw(`oms-orders by date: ${p.done} windows, ${p.total} orders`);
      else redraw(`${p.kind}: ${p.phase}${p.phase === 'applied' ? ` (${p.done})` : ''}`, '\n');
    }
  });
  try {
    const summary = await call(host.api, 'sync/run', { mode: values.full ? 'full' : undefined, kinds, since });
    if (values.json) io.stdout(JSON.stringify(summary) + '\n');
    else for (const line of describeSync(summary)) io.stdout(line + '\n');
    return summary.cancelled ? 130 : Object.keys(summary.failed).length > 0 ? 1 : 0;
  } finally {
    unsubscribe();
    process.removeListener('SIGINT', cancel);
    signal?.removeEventListener('abort', cancel);
    host.db.close();
  }
}
