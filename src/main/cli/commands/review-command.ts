import { closeSync, mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REVIEW_WRITERS, reviewSource, type ReviewFormat } from '../../core/export';
import { openPrivateForWriting } from '../../core/private-files';
import { UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { call } from '../call';
import { openCliHost, requireDir } from './mirror-command';

export const reviewHelp = `Usage: integration-desk review DIR [--db FILE] [--format json|csv|html|md] [--out FILE]

Imports the snapshot (into a fresh temporary mirror unless --db is given), diagnoses every order
whose integration status is error, and writes the report (to --out, else standard output).
Time-dependent checks are judged as of the snapshot's exportedAt when its manifest has one.`;

const FORMATS: ReviewFormat[] = ['json', 'csv', 'html', 'md'];

export async function reviewCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('review', argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' }
  });
  if (values.help) return (io.stdout(reviewHelp + '\n'), 0);
  const format = (values.format ?? 'json') as ReviewFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`review: --format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const dir = requireDir('review', positionals[0]);
  const scratch = values.db ? null : mkdtempSync(join(tmpdir(), 'integration-desk-review-'));
  const host = await openCliHost(io, values.db ?? join(scratch!, 'mirror.db'));
  try {
    // The import diagnoses every failed order once; the report reads those diagnoses.
    await call(host.api, 'import/snapshot', { dir });
    const asOf = (await call(host.api, 'app/info', {})).exportedAt ?? host.deps.clock.now().toISOString();
    const source = reviewSource(host.db, asOf);
    const fd = values.out ? openPrivateForWriting(values.out) : null;
    try {
      const write = fd === null ? io.stdout : (chunk: string) => void writeSync(fd, chunk);
      REVIEW_WRITERS[format](source, write);
    } finally {
      if (fd !== null) closeSync(fd);
    }
    if (values.out) io.stderr(`Reviewed ${source.summary.failed} failed orders as of ${asOf}; wrote ${values.out}\n`);
    return 0;
  } finally {
    host.db.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
