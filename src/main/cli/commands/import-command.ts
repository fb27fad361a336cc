import type { CliIo } from '../io';
import { parse } from '../options';
import { call } from '../call';
import { describeOwner, otherOwner } from '../../core/writer/mirror-owner';
import { formatCounts, openCliHost, requireDir } from './mirror-command';
import { DIAGNOSIS_PENDING_NOTE } from './stats-command';

export const importHelp = `Usage: integration-desk import DIR [--db FILE] [--json] [--keep-personal-data]

Imports a snapshot folder into the mirror (all or nothing) and prints what it read per file kind.
  --db FILE   the mirror file (default: the desktop app's mirror in the user-data folder)
  --json      print { "orders": n, "skus": n, … } keyed by snapshot file names
  --keep-personal-data  keep customers' documents, phones and e-mails whole in this mirror, this
              import and later ones (setting privacy.keepFullPayloads); by default they are masked (LGPD)`;

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('import', argv, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    'keep-personal-data': { type: 'boolean' }
  });
  if (values.help) return (io.stdout(importHelp + '\n'), 0);
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
    // The import waits for another process's job on this file (SQLite's busy timeout on its own connection); say for whom.
    const holder = otherOwner(host.deps.dbPath);
    if (holder) io.stderr(`Waiting for the mirror, held by ${describeOwner(holder)}…\n`);
    const report = await call(host.api, 'import/snapshot', {
      dir,
      ...(values['keep-personal-data'] ? { keepPersonalData: true } : {})
    });
    // The import committed even when its diagnosis did not finish: success, with the diagnosis pending said.
    const { diagnosisPending } = await call(host.api, 'app/info', {});
    if (values.json) io.stdout(JSON.stringify(report.counts) + '\n');
    else {
      if (lastPercent >= 0) io.stderr('\n');
      io.stdout(`Imported ${dir} in ${(report.durationMs / 1000).toFixed(1)} s\n${formatCounts(report.counts)}\n`);
    }
    if (diagnosisPending) io.stderr(`${DIAGNOSIS_PENDING_NOTE}\n`);
    return 0;
  } finally {
    host.db.close();
  }
}
