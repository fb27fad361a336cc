import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Result } from '../../../src/shared/api/result';
import { MESSAGES, seededMirror, testDeps } from './seed';

async function pack(locale?: 'en' | 'pt-BR' | 'es'): Promise<string> {
  const db = seededMirror([
    {
      id: 2,
      marketplaceOrderId: '702-0000002-0000002',
      message: MESSAGES.outOfStock,
      items: [{ skuId: '1005', quantity: 2, priceCents: 1990 }]
    }
  ]);
  const api = createApi(testDeps(db));
  const result = (await api.dispatch('orders/escalation-pack', locale ? { id: 2, locale } : { id: 2 })) as Result<{
    html: string;
  }>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value.html;
}

describe('the escalation pack is written to be read', () => {
  it('masks the customer’s e-mail like the document and phone', async () => {
    const html = await pack();
    expect(html).not.toContain('ana@example.com');
    expect(html).toContain('a***@e***.com');
    expect(html).not.toContain('52998224725');
  });

  it('writes money with its currency and dates in the agent’s locale, never cents or ISO instants', async () => {
    const html = await pack('pt-BR');
    expect(html).toContain('<html lang="pt-BR">');
    // The order is 2 × R$ 19,90 plus R$ 15,00 freight.
    expect(html).toContain('R$\u00a054,80');
    expect(html).toContain('20 de nov. de 2026');
    expect(html).not.toMatch(/Cents/);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('gives the suggested fix with the request fields the desk would apply', async () => {
    const html = await pack();
    expect(html).toContain('fix: <code>update_inventory</code>');
    expect(html).toContain(
      'fix parameters</p><dl class="evidence"><dt>skuId</dt><dd><code>1005</code></dd><dt>warehouseId</dt><dd><code>WH1</code></dd></dl>'
    );
  });

  it('fits a phone’s width: a viewport, tables that scroll inside themselves, wrapping text', async () => {
    const html = await pack('es');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/table\{[^}]*overflow-x:auto/);
    expect(html).toMatch(/pre\{[^}]*white-space:pre-wrap/);
  });
});
