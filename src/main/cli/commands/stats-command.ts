import type { CliIo } from '../io';
import { parse } from '../options';
import { call } from '../call';
import { formatCounts, openExistingMirror } from './mirror-command';

export const statsHelp = `Usage: integration-desk stats [--db FILE] [--json]

Counts the records in the mirror per kind (same keys as \`import --json\`).`;

export async function statsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse('stats', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return io.stdout(statsHelp + '\n'), 0;
  const host = await openExistingMirror(io, 'stats', values.db);
  try {
    const info = await call(host.api, 'app/info', {});
    if (values.json) io.stdout(JSON.stringify(info.counts) + '\n');
    else {
      const header = `Mirror ${info.dbPath}${info.account ? ` — account ${info.account}` : ''}${info.exportedAt ? `, snapshot of ${info.exportedAt}` : ''}`;
      io.stdout(`${header}\n${formatCounts(info.counts)}\n`);
    }
    return 0;
  } finally {
    host.db.close();
  }
}
