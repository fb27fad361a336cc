import { closeSync, writeSync } from 'node:fs';
import { PLAN_FORMATS, type PlanFormat } from '../../../shared/api/plan';
import { openPrivateForWriting } from '../../core/private-files';
import { call } from '../call';
import { UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { openExistingMirror } from './mirror-command';

export const planHelp = `Usage: integration-desk plan export [--format md|csv] [--out FILE] [--db FILE]

Writes the change plan (fixes made in the local copy only) as a checklist to follow in the VTEX
Admin: one line per change with the Admin path, the object, the value before -> after, the orders
it unblocks and who planned it. Markdown by default; CSV cells are safe from formula injection.
To --out FILE, else standard output.`;

export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('plan', argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' }
  });
  if (values.help) return (io.stdout(planHelp + '\n'), 0);
  if (positionals[0] !== 'export' || positionals.length > 1)
    throw new UsageError(`plan: expected "plan export", got "${positionals.join(' ')}"`);
  const format = (values.format ?? 'md') as PlanFormat;
  if (!PLAN_FORMATS.includes(format))
    throw new UsageError(`plan: --format must be one of ${PLAN_FORMATS.join(', ')}, got "${values.format}"`);
  const host = await openExistingMirror(io, 'plan', values.db);
  try {
    const { text } = await call(host.api, 'plan/export', { format });
    if (!values.out) {
      io.stdout(text);
      return 0;
    }
    const fd = openPrivateForWriting(values.out);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    io.stderr(`Wrote the change plan to ${values.out}\n`);
    return 0;
  } finally {
    host.db.close();
  }
}
