import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistLine, ChecklistSummary } from '../../../src/shared/api/checklist';
import { createApi } from '../../../src/main/core/api';
import { openMirror } from '../../../src/main/core/db/connection';
import { testDeps } from '../actions/seed';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');

/** A demo mirror with an Admin checklist of its first failed orders, one of them seen in OMS. */
async function mirrorWithChecklist(): Promise<{ db: string; dir: string; ids: string[]; checklistId: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'cli-checklist-'));
  const db = join(dir, 'mirror.db');
  expect((await cli(['import', DEMO, '--db', db])).code).toBe(0);
  const mirror = openMirror(db);
  try {
    const failed = mirror
      .prepare(`SELECT id, marketplace_order_id FROM marketplace_orders WHERE integration_status = 'error' ORDER BY id LIMIT 4`)
      .all() as { id: number; marketplace_order_id: string }[];
    const created = await createApi(testDeps(mirror)).dispatch('checklist/create', {
      source: { orderIds: failed.map((o) => o.id) },
      title: '=Morning'
    });
    if (!created.ok) throw new Error(created.error.message);
    const checklistId = (created.value as { id: number }).id;
    mirror
      .prepare(
        `UPDATE admin_checklist_lines SET vtex_order_id = 'SEEN0001-01', seen_at = '2026-12-03T10:00:00.000Z'
          WHERE checklist_id = ? AND marketplace_order_id = ?`
      )
      .run(checklistId, failed[0].marketplace_order_id);
    return { db, dir, ids: failed.map((o) => o.marketplace_order_id), checklistId };
  } finally {
    mirror.close();
  }
}

describe('integration-desk checklist', () => {
  it('lists the checklists and their lines, as text or --json, over the same service as the desk', async () => {
    const { db, ids, checklistId } = await mirrorWithChecklist();
    const list = await cli(['checklist', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(`#${checklistId}  =Morning  1 of 4 seen\n`);
    const json = JSON.parse((await cli(['checklist', 'list', '--json', '--db', db])).stdout) as ChecklistSummary[];
    expect(json).toMatchObject([{ id: checklistId, total: 4, seen: 1, watching: false, running: false }]);

    const lines = await cli(['checklist', 'lines', String(checklistId), '--db', db]);
    expect(lines.stdout.trim().split('\n')).toHaveLength(4);
    expect(lines.stdout).toMatch(new RegExp(`^\\[x\\] ${ids[0]} .* SEEN0001-01 seen 2026-12-03T10:00:00.000Z$`, 'm'));
    expect(lines.stdout).toMatch(new RegExp(`^\\[ \\] ${ids[1]} `, 'm'));
    const unchecked = JSON.parse(
      (await cli(['checklist', 'lines', String(checklistId), '--unchecked', '--json', '--db', db])).stdout
    ) as { total: number; lines: ChecklistLine[] };
    expect(unchecked.total).toBe(4);
    expect(unchecked.lines.map((l) => l.marketplaceOrderId)).toEqual(ids.slice(1));
  });

  it('exports the unchecked orders as CSV or Markdown in --lang, to standard output or a private file', async () => {
    const { db, dir, ids, checklistId } = await mirrorWithChecklist();
    const csv = await cli(['checklist', 'export', String(checklistId), '--db', db]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('done,marketplace_order_id,affiliate_id,marketplace,admin_path,connections_orders_link');
    expect(rows.slice(1).map((row) => row.split(',')[1])).toEqual(ids.slice(1));
    // Offline the CLI knows no account: no link, and the Admin path in English by default.
    expect(rows[1]).toMatch(/,Connections > Orders,$/);

    const out = join(dir, 'checklist.md');
    const md = await cli([
      'checklist',
      'export',
      String(checklistId),
      '--format',
      'md',
      '--lang',
      'pt-BR',
      '--out',
      out,
      '--db',
      db
    ]);
    expect(md).toMatchObject({ code: 0, stdout: '' });
    expect(md.stderr).toContain(out);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = readFileSync(out, 'utf8');
    // The title starting with "=" is Markdown text here, escaped as such, never a formula or a heading break.
    expect(text.split('\n')[0]).toBe('# Reprocessar no Admin: =Morning');
    expect(text.split('\n').filter((line) => line.startsWith('- [ ] '))).toHaveLength(3);
    expect(text).toContain('Conexões > Pedidos');
    expect(text).not.toContain(ids[0]);
  });

  it('explains its usage and refuses what it does not know', async () => {
    expect((await cli(['checklist', '--help'])).stdout).toMatch(
      /checklist export ID \[--format csv\|md\] \[--lang en\|pt-BR\|es\]/
    );
    expect((await cli(['checklist', 'watch', '1'])).code).toBe(2);
    expect((await cli(['checklist', 'export'])).stderr).toMatch(/needs the checklist's id/);
    expect((await cli(['checklist', 'export', '1', '--lang', 'fr'])).stderr).toMatch(/--lang must be one of en, pt-BR, es/);
    const { db } = await mirrorWithChecklist();
    expect((await cli(['checklist', 'export', '99', '--db', db])).stderr).toMatch(/No Admin checklist 99/);
  });
});
