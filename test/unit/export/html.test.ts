import { describe, expect, it } from 'vitest';
import { escapeHtml, evidenceHtml } from '../../../src/main/core/export/html';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;'
    );
  });
});

describe('evidenceHtml', () => {
  it('renders rows as a table and objects as a definition list, escaped', () => {
    const html = evidenceHtml({ skuId: '<b>1</b>', warehouses: [{ warehouseId: 'wh1', totalQuantity: 3 }] });
    expect(html).toContain('<dt>skuId</dt><dd><code>&lt;b&gt;1&lt;/b&gt;</code></dd>');
    expect(html).toContain('<table class="evidence"><thead><tr><th>warehouseId</th><th>totalQuantity</th></tr></thead>');
    expect(html).toContain('<td><code>3</code></td>');
    expect(html).not.toContain('<b>');
  });
});
