import {
  CHECKLIST_EXPORT_FORMATS,
  CHECKLIST_PAGE_MAX,
  type AdminChecklist,
  type ChecklistExportFormat,
  type ChecklistLine,
  type ChecklistSummary
} from '../../../shared/api/checklist';
import { call } from '../call';
import { UsageError, type CliIo } from '../io';
import { localeOption } from '../locale-option';
import { parse } from '../options';
import { writeOutput } from '../output-file';
import { openExistingMirror } from './mirror-command';

export const checklistHelp = `Usage: integration-desk checklist list [--json] [--db FILE]
       integration-desk checklist lines ID [--unchecked] [--json] [--db FILE]
       integration-desk checklist export ID [--format csv|md] [--lang en|pt-BR|es] [--out FILE] [--db FILE]

The Admin checklists: orders to reprocess by hand in Connections > Orders, each line checked off
when the desk's OMS watch saw the order (the watch runs in the desk).
  list     every checklist with how many of its orders OMS has shown
  lines    one checklist's orders, all of them, with the VTEX order id and time of those seen
  export   the orders still unchecked as CSV (default; cells safe from formula injection) or a
           Markdown task list, worded in --lang (the Admin's language; English by default),
           to --out FILE, else standard output`;

const statusOf = (list: ChecklistSummary) =>
  `${list.seen} of ${list.total} seen${list.watching ? ', watching' : ''}${list.lastError ? ` (last look failed: ${list.lastError})` : ''}`;

function checklistId(positionals: string[]): number {
  const raw = positionals[1];
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) <= 0)
    throw new UsageError(`checklist: ${positionals[0]} needs the checklist's id (see "checklist list"), got "${raw ?? ''}"`);
  if (positionals.length > 2) throw new UsageError(`checklist: unexpected "${positionals.slice(2).join(' ')}"`);
  return Number(raw);
}

export async function checklistCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('checklist', argv, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    unchecked: { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' }
  });
  if (values.help) return (io.stdout(checklistHelp + '\n'), 0);
  const verb = positionals[0];
  if (verb !== 'list' && verb !== 'lines' && verb !== 'export')
    throw new UsageError(`checklist: expected list, lines or export, got "${positionals.join(' ')}"`);
  if (verb === 'list' && positionals.length > 1) throw new UsageError(`checklist: list takes no id`);
  const id = verb === 'list' ? 0 : checklistId(positionals);
  const format = (values.format ?? 'csv') as ChecklistExportFormat;
  if (!CHECKLIST_EXPORT_FORMATS.includes(format))
    throw new UsageError(`checklist: --format must be one of ${CHECKLIST_EXPORT_FORMATS.join(', ')}, got "${values.format}"`);
  const locale = localeOption('checklist', values.lang);

  const host = await openExistingMirror(io, 'checklist', values.db);
  try {
    if (verb === 'list') {
      const lists = await call(host.api, 'checklist/list', {});
      if (values.json) io.stdout(JSON.stringify(lists) + '\n');
      else if (lists.length === 0) io.stdout('No Admin checklist in this mirror.\n');
      else for (const list of lists) io.stdout(`#${list.id}  ${list.title}  ${statusOf(list)}\n`);
      return 0;
    }
    if (verb === 'export') {
      const { text } = await call(host.api, 'checklist/export', { id, format, locale });
      writeOutput(io, text, values.out, `the unchecked orders of checklist #${id}`);
      return 0;
    }
    // Every line, page after page (a list has no size limit), printed as each page arrives.
    let summary: AdminChecklist | null = null;
    const lines: ChecklistLine[] = [];
    for (let after: number | null = -1; after !== null;) {
      const page: AdminChecklist = await call(host.api, 'checklist/get', { id, after, limit: CHECKLIST_PAGE_MAX });
      summary = page;
      const shown = values.unchecked ? page.lines.filter((line) => line.seenAt === null) : page.lines;
      if (values.json) lines.push(...shown);
      else
        for (const line of shown)
          io.stdout(
            `${line.seenAt ? '[x]' : '[ ]'} ${line.marketplaceOrderId}  ${line.marketplace ?? line.affiliateId}` +
              `${line.seenAt ? `  ${line.vtexOrderId} seen ${line.seenAt}` : ''}\n`
          );
      after = page.nextAfter;
    }
    if (!summary) return 0;
    if (values.json) {
      const { nextAfter: _, ...whole } = summary;
      io.stdout(JSON.stringify({ ...whole, lines }) + '\n');
    } else io.stderr(`#${summary.id} ${summary.title}: ${statusOf(summary)}\n`);
    return 0;
  } finally {
    host.db.close();
  }
}
