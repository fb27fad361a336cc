import type { CliIo } from '../io';
import { parse } from '../options';
import { call } from '../call';
import { formatCounts, openCliHost, requireDir } from './mirror-command';

export const importHelp = `Usage: integration-desk import DIR [--db FILE] [--json]

Imports a snapshot folder into the mirror (all or nothing) and prints what it read per file kind.
  --db FILE   the mirror file (default: the desktop app's mirror in the user-data folder)
  --json      print { "orders": n, "skus": n, … } keyed by snapshot file names`;

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('import', argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return io.stdout(importHelp + '\n'), 0;
  const dir = requireDir('import', positionals[0]);
  const host = await openCliHost(io, values.db);
  try {
    let lastPercent = -1;
    host.events.subscribe({
      emit(event, payload) {
        if (event !== 'import/progress' || values.json) return;
        const { percent, file, records } = payload as { percent: number; file: string; records: number };
        const rounded = Math.floor(percent);
        if (rounded === lastPercent) return;
        lastPercent = rounded;
        io.stderr(`\r${String(rounded).padStart(3)}%  ${file}  ${records} records`);
      }
    });
    const report = await call(host.api, 'import/snapshot', { dir });
    if (values.json) io.stdout(JSON.stringify(report.counts) + '\n');
    else {
      if (lastPercent >= 0) io.stderr('\n');
      io.stdout(`Imported ${dir} in ${(report.durationMs / 1000).toFixed(1)} s\n${formatCounts(report.counts)}\n`);
    }
    return 0;
  } finally {
    host.db.close();
  }
}
