import type { CliIo } from '../io';
import { parse } from '../options';
import { call } from '../call';
import { formatCounts, openExistingMirror } from './mirror-command';

export const statsHelp = `Usage: integration-desk stats [--db FILE] [--json]

Counts the records in the mirror per kind (same keys as \`import --json\`), and says when the
diagnosis of the last import is still pending.`;

export const DIAGNOSIS_PENDING_NOTE =
  'Diagnosis pending: the last import committed but its failed orders are not all diagnosed yet; the desk finishes it when it opens this mirror.';

export async function statsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse('stats', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return (io.stdout(statsHelp + '\n'), 0);
  const host = await openExistingMirror(io, 'stats', values.db);
  try {
    const info = await call(host.api, 'app/info', {});
    if (values.json) io.stdout(JSON.stringify(info.counts) + '\n');
    else {
      const header = `Mirror ${info.dbPath}${info.account ? ` — account ${info.account}` : ''}${info.exportedAt ? `, snapshot of ${info.exportedAt}` : ''}`;
      io.stdout(`${header}\n${formatCounts(info.counts)}\n`);
    }
    // Beside --json's counts on stdout, the note goes to stderr so the JSON stays one object.
    if (info.diagnosisPending) (values.json ? io.stderr : io.stdout)(`${DIAGNOSIS_PENDING_NOTE}\n`);
    return 0;
  } finally {
    host.db.close();
  }
}
