import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { testDeps } from '../actions/seed';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');

describe('integration-desk plan export', () => {
  it('writes the planned changes as a Markdown or CSV checklist, to standard output or a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-plan-'));
    const db = join(dir, 'mirror.db');
    expect((await cli(['import', DEMO, '--db', db])).code).toBe(0);
    expect((await cli(['plan', 'export', '--db', db])).stdout).toContain('Nothing planned.');

    // A fix made in the desk on this snapshot mirror: the copy changes, the store does not.
    const mirror = openMirror(db);
    const [skuId, warehouseId] = mirror
      .prepare('SELECT sku_id, warehouse_id FROM inventory ORDER BY sku_id LIMIT 1')
      .raw()
      .get() as [string, string];
    const fixed = applyFix(testDeps(mirror), { fix: { kind: 'update_inventory', skuId, warehouseId, totalQuantity: 999 } });
    mirror.close();
    expect(fixed.plannedChanges).toHaveLength(1);

    const md = await cli(['plan', 'export', '--db', db]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(
      new RegExp(
        `^- \\[ \\] \\*\\*Shipping &gt; Inventory management.*Inventory of SKU ${skuId}/${warehouseId}.*Quantity: \`\\d+\` → \`999\`.*Planned by agent\\.ana`,
        'm'
      )
    );

    const out = join(dir, 'plan.csv');
    const csv = await cli(['plan', 'export', '--format', 'csv', '--out', out, '--db', db]);
    expect(csv).toMatchObject({ code: 0, stdout: '' });
    expect(csv.stderr).toContain(out);
    const rows = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`,${fixed.plannedChanges[0].id},Shipping > Inventory management`);
    expect(rows[1]).toContain(',999,');

    // In the Admin's language the agent follows it in: path and field in Spanish, formula-safe cells.
    const es = await cli(['plan', 'export', '--format', 'csv', '--lang', 'es', '--db', db]);
    expect(es.stdout.split('\r\n')[1]).toMatch(
      /,Envío > Gestión de inventario > SKU > cantidad del almacén,Inventario del SKU [^,]+,Cantidad,\d+,999,/
    );
    expect((await cli(['plan', 'export', '--lang', 'pt-BR', '--db', db])).stdout).toContain(', Quantidade: `');
  });

  it('explains its usage and refuses what it does not know', async () => {
    expect((await cli(['plan', '--help'])).stdout).toMatch(
      /plan export \[--format md\|csv\] \[--lang en\|pt-BR\|es\] \[--out FILE\]/
    );
    expect((await cli(['plan', 'export', '--lang', 'de'])).stderr).toMatch(/--lang must be one of en, pt-BR, es/);
    expect((await cli(['plan', 'apply'])).code).toBe(2);
    expect((await cli(['plan', 'export', '--format', 'pdf'])).stderr).toMatch(/--format must be one of md, csv/);
  });
});
