import { describe, expect, it } from 'vitest';
import type { PlannedChange } from '../../../src/shared/api/plan';
import { planCsv } from '../../../src/main/core/export/plan-csv';
import { planMarkdown } from '../../../src/main/core/export/plan-markdown';

const CHANGE: PlannedChange = {
  id: 7,
  createdAt: '2026-12-01T10:00:00.000Z',
  agent: 'Ana Souza',
  fixKind: 'update_inventory',
  object: { kind: 'inventory', id: '1005/WH1', name: 'Meia at Principal' },
  field: 'Quantity',
  before: 0,
  after: 10,
  adminPath: ['shipping', 'inventoryManagement', 'sku', 'warehouseQuantity'],
  orders: [
    { id: 2, marketplaceOrderId: '702-0000002-0000002' },
    { id: 5, marketplaceOrderId: '702-0000005-0000005' }
  ],
  state: 'planned',
  stateAt: null
};

// A SKU name and an agent name written to run as a formula, break the Markdown line and inject HTML.
const HOSTILE: PlannedChange = {
  ...CHANGE,
  id: 8,
  fixKind: 'activate_sku',
  agent: '=HYPERLINK("http://evil","x")',
  object: { kind: 'sku', id: '1002', name: '+cmd|/C calc!A0\n- [x] done <img src=x onerror=alert(1)>' },
  field: 'Active',
  before: false,
  after: true,
  orders: []
};

describe('the change plan as a checklist', () => {
  it('writes one CSV row per change with the Admin path, object, before and after, orders and agent', () => {
    const lines = planCsv([CHANGE]).split('\r\n');
    expect(lines[0]).toBe('done,id,admin_path,object,field,before,after,orders_unblocked,agent,planned_at');
    expect(lines[1]).toBe(
      ',7,Shipping > Inventory management > SKU > warehouse quantity,Inventory of SKU 1005/WH1 Meia at Principal,Quantity,0,10,702-0000002-0000002 702-0000005-0000005,Ana Souza,2026-12-01T10:00:00.000Z'
    );
  });

  it('keeps CSV cells that start a formula as text', () => {
    const row = planCsv([HOSTILE]).split('\r\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    // The object cell starts with its kind, so the name's + is not at the start; still quoted for the line break.
    expect(row).toContain('"SKU 1002 +cmd|/C calc!A0\n- [x] done <img src=x onerror=alert(1)>"');
    expect(row).not.toMatch(/,=|,\+|,-|,@/);
  });

  it('writes a Markdown task per change, with values in code spans and hostile text escaped onto one line', () => {
    const md = planMarkdown([CHANGE, HOSTILE]);
    const tasks = md.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toBe(
      '- [ ] **Shipping &gt; Inventory management &gt; SKU &gt; warehouse quantity**: Inventory of SKU 1005/WH1 Meia at Principal, Quantity: `0` → `10`. ' +
        'Unblocks `702-0000002-0000002`, `702-0000005-0000005`. Planned by Ana Souza on 2026-12-01T10:00:00.000Z (#7).'
    );
    expect(tasks[1]).toContain('SKU 1002 +cmd\\|/C calc!A0 - \\[x\\] done &lt;img src=x onerror=alert(1)&gt;, Active');
    expect(tasks[1]).toContain('Unblocks no failed order');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/^- \[x\]/m);
  });

  it('writes the Admin path and the checklist in the desk language (pt-BR, es), the CSV header unchanged', () => {
    const pt = planMarkdown([CHANGE], 'pt-BR');
    expect(pt).toContain('# Plano de mudanças');
    expect(pt).toContain(
      '- [ ] **Envio &gt; Gerenciamento de estoque &gt; SKU &gt; quantidade no estoque**: Estoque do SKU 1005/WH1'
    );
    expect(pt).toContain('Desbloqueia `702-0000002-0000002`, `702-0000005-0000005`. Planejada por Ana Souza');
    const es = planCsv([CHANGE], 'es').split('\r\n');
    expect(es[0]).toBe('done,id,admin_path,object,field,before,after,orders_unblocked,agent,planned_at');
    expect(es[1]).toContain(',7,Envío > Gestión de inventario > SKU > cantidad del almacén,Inventario del SKU 1005/WH1');
    expect(planMarkdown([], 'es')).toContain('Nada planificado.');
  });

  it('names the Admin field in the desk language, not in English (a price with its trade policy, an unset value)', () => {
    expect(planMarkdown([CHANGE], 'pt-BR')).toContain(', Quantidade: `0` → `10`.');
    expect(planCsv([HOSTILE], 'es').split('\r\n')[1]).toContain(',Activo,false,true,');
    const price: PlannedChange = {
      ...CHANGE,
      id: 9,
      fixKind: 'renew_price',
      object: { kind: 'price', id: '1003', name: null },
      field: 'Fixed price end date (trade policy 1)',
      before: null,
      after: '2027-01-31T23:59:59.000Z'
    };
    expect(planMarkdown([price], 'pt-BR')).toContain(
      'Data de fim do preço fixo (política comercial 1): `(nenhum)` → `2027-01-31T23:59:59.000Z`'
    );
    expect(planCsv([price], 'es').split('\r\n')[1]).toContain(',Fecha de fin del precio fijo (política comercial 1),(ninguno),');
    // English keeps the label the mirror stored.
    expect(planCsv([price]).split('\r\n')[1]).toContain(',Fixed price end date (trade policy 1),(none),');
  });

  it('says when nothing is planned', () => {
    expect(planMarkdown([])).toContain('Nothing planned.');
    expect(planCsv([]).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
