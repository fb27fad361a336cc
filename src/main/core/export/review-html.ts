import { centsToDecimalString } from '../../../shared/money';
import { escapeHtml, evidenceHtml } from './html';
import { DESK_REPLAY_LABEL, type ReviewSource, type TextSink } from './review-source';

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f29;margin:32px auto;max-width:1100px;padding:0 24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d9dde5;padding-bottom:4px}
h3{font-size:14px;margin:18px 0 6px}.muted{color:#5a6275}code,.mono{font:12px ui-monospace,Menlo,monospace}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-size:12px}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.order{border:1px solid #d9dde5;border-radius:6px;padding:10px 14px;margin:10px 0;page-break-inside:avoid}
.message{background:#f6f7f9;border-left:3px solid #b3261e;padding:6px 10px;margin:6px 0}
.cause{margin:8px 0 8px 4px}.code{font-weight:600}dl.evidence{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
dl.evidence dt{color:#5a6275}dl.evidence dd{margin:0}table.evidence{width:auto}
@media print{body{margin:0;max-width:none}.order{border-color:#999}}
`;

function countTable(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts)
    .map(([key, n]) => `<tr><td class="mono">${escapeHtml(key)}</td><td class="num">${n}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>${escapeHtml(title)}</th><th class="num">orders</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * One self-contained HTML file (no scripts, no remote assets) a support lead can mail: the summary,
 * the groups to fix once, and every failed order with its causes and evidence. Every value is escaped.
 */
export function writeReviewHtml(source: ReviewSource, write: TextSink): void {
  write(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Integration review — ${escapeHtml(source.asOf)}</title>`
  );
  write(`<style>${STYLE}</style></head><body>`);
  write(
    `<h1>Integration review</h1><p class="muted">Judged as of ${escapeHtml(source.asOf)} · ${source.summary.failed} failed orders</p>`
  );
  write(`<h2>Summary</h2>${countTable('error type', source.summary.byErrorType)}${countTable('cause', source.summary.byCause)}`);
  write(
    '<h2>Fix once, reprocess N</h2><table><thead><tr><th>cause</th><th>object</th><th class="num">orders</th><th class="num">value at stake</th><th>orders</th></tr></thead><tbody>'
  );
  for (const group of source.groups) {
    const ids = group.orderIds.slice(0, 20).map(escapeHtml).join(', ') + (group.orderIds.length > 20 ? ', …' : '');
    write(
      `<tr><td class="mono">${escapeHtml(group.code)}</td><td class="mono">${escapeHtml(group.key || '—')}</td>` +
        `<td class="num">${group.orderIds.length}</td><td class="num">${centsToDecimalString(group.valueAtStake)}</td><td class="mono">${ids}</td></tr>`
    );
  }
  write('</tbody></table><h2>Orders</h2>');
  for (const order of source.orders()) {
    write(
      `<section class="order"><h3><span class="mono">${escapeHtml(order.affiliateId)} ${escapeHtml(order.marketplaceOrderId)}</span> — ${escapeHtml(order.errorType)}` +
        `${order.inferredErrorType ? ` → ${escapeHtml(order.inferredErrorType)} (inferred)` : ''}` +
        `${order.valueCents === null ? '' : ` · ${centsToDecimalString(order.valueCents)}`}</h3>` +
        `<div class="message">${escapeHtml(order.message ?? '')}</div>` +
        (order.messageSource === 'desk-replay' ? `<p class="muted desk-replay">${escapeHtml(DESK_REPLAY_LABEL)}</p>` : '')
    );
    if (order.causes.length === 0) {
      write(
        `<div class="cause"><span class="code">${escapeHtml(order.outcome)}</span>${order.missing.length ? ` — missing: ${escapeHtml(order.missing.join(', '))}` : ''}</div>`
      );
    }
    for (const cause of order.causes) {
      write(
        `<div class="cause"><span class="code mono">${escapeHtml(cause.code)}</span> — fix: <span class="mono">${escapeHtml(cause.fix.kind)}</span>` +
          `${evidenceHtml(cause.evidence)}</div>`
      );
    }
    for (const cause of order.alsoFound) {
      write(
        `<div class="cause also">also found: <span class="code mono">${escapeHtml(cause.code)}</span> — fix: <span class="mono">${escapeHtml(cause.fix.kind)}</span></div>`
      );
    }
    write('</section>');
  }
  write('</body></html>\n');
}
