import { PLAN_FORMATS, type PlanFormat } from '../../../shared/api/plan';
import { call } from '../call';
import { UsageError, type CliIo } from '../io';
import { localeOption } from '../locale-option';
import { parse } from '../options';
import { writeOutput } from '../output-file';
import { openExistingMirror } from './mirror-command';

export const planHelp = `Usage: integration-desk plan export [--format md|csv] [--lang en|pt-BR|es] [--out FILE] [--db FILE]

Writes the change plan (fixes made in the local copy only) as a checklist to follow in the VTEX
Admin: one line per change with the Admin path, the object, the field and the value before -> after,
the orders it unblocks and who planned it. Markdown by default; CSV cells are safe from formula
injection. Worded in --lang, the language of the Admin the agent follows it in (English by default).
To --out FILE, else standard output.`;

export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('plan', argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' }
  });
  if (values.help) return (io.stdout(planHelp + '\n'), 0);
  if (positionals[0] !== 'export' || positionals.length > 1)
    throw new UsageError(`plan: expected "plan export", got "${positionals.join(' ')}"`);
  const format = (values.format ?? 'md') as PlanFormat;
  if (!PLAN_FORMATS.includes(format))
    throw new UsageError(`plan: --format must be one of ${PLAN_FORMATS.join(', ')}, got "${values.format}"`);
  const locale = localeOption('plan', values.lang);
  const host = await openExistingMirror(io, 'plan', values.db);
  try {
    const { text } = await call(host.api, 'plan/export', { format, locale });
    writeOutput(io, text, values.out, 'the change plan');
    return 0;
  } finally {
    host.db.close();
  }
}
