import type { OrderView } from '../../../shared/api/orders';
import { escapeHtml, evidenceHtml } from './html';

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;color:#1b1f29;margin:32px auto;max-width:1100px;padding:0 24px}
h1{font-size:21px;margin:0 0 4px}h2{font-size:16px;margin:26px 0 8px;border-bottom:1px solid #d9dde5;padding-bottom:4px}
.muted{color:#5a6275}code,pre{font:12px ui-monospace,Menlo,monospace}pre{background:#f6f7f9;padding:10px;overflow:auto;white-space:pre-wrap}
table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-size:12px}.message{background:#f6f7f9;border-left:3px solid #b3261e;padding:6px 10px;margin:6px 0}
.cause{border:1px solid #d9dde5;border-radius:6px;padding:8px 12px;margin:8px 0}dl.evidence{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
dl.evidence dt{color:#5a6275}dl.evidence dd{margin:0}
`;

function section(title: string, body: string): string {
  return `<h2>${escapeHtml(title)}</h2>${body}`;
}

function facts(rows: [string, unknown][]): string {
  return `<table><tbody>${rows.map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value ?? '—')}</td></tr>`).join('')}</tbody></table>`;
}

function diagnosisHtml(view: OrderView): string {
  const diagnosis = view.diagnosis;
  if (!diagnosis) return '<p class="muted">Not diagnosed yet.</p>';
  const head = facts([
    ['error type', diagnosis.errorType],
    ['outcome', diagnosis.outcome],
    ['classifier confidence', diagnosis.confidence],
    ['judged as of', diagnosis.asOf],
    ['diagnosed at', diagnosis.ranAt],
    ['missing data', diagnosis.missing?.join(', ') || null]
  ]);
  const causes = diagnosis.causes.map(
    (cause) =>
      `<div class="cause"><code>${escapeHtml(cause.code)}</code> — fix: <code>${escapeHtml(cause.fix.kind)}</code>` +
      `${evidenceHtml(cause.evidence)}${cause.fix.params ? `<p class="muted">fix parameters</p>${evidenceHtml(cause.fix.params)}` : ''}</div>`
  );
  return head + causes.join('');
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * One self-contained HTML file for a VTEX support ticket (no scripts, no remote assets): the order's
 * message and payload with the customer's document masked, the diagnosis with its evidence, the
 * simulation, the store records involved, and the attempt and audit history. Every value is escaped.
 */
export function escalationPack(view: OrderView, generatedAt: Date): { fileName: string; html: string } {
  const { order } = view;
  const title = `Escalation — ${order.affiliateId} ${order.marketplaceOrderId}`;
  const summary = facts([
    ['account', view.account],
    ['marketplace order id', order.marketplaceOrderId],
    ['affiliate', order.affiliateId],
    ['connector', order.connectorName],
    ['marketplace status', order.marketplaceOrderStatus],
    ['created at', order.createdAt],
    ['integration status', order.integrationStatus],
    ['processed at', order.processedAt],
    ['attempts', order.attempts],
    ['trade policy', view.tradePolicyId === null ? null : `${view.tradePolicyId}${view.tradePolicyName ? ` (${view.tradePolicyName})` : ''}`],
    ['VTEX order id in OMS', view.omsOrderId ?? order.vtexOrderId]
  ]);
  const { records } = view;
  const html = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1><p class="muted">Generated ${escapeHtml(generatedAt.toISOString())} by Integration Desk</p>`,
    summary,
    section('Integration message', `<div class="message">${escapeHtml(order.integrationMessage ?? '—')}</div>`),
    section('Diagnosis', diagnosisHtml(view)),
    section('Shipping simulation', view.simulation ? evidenceHtml(view.simulation) : '<p class="muted">No simulation: the address has no postal code.</p>'),
    section('SKUs', evidenceHtml(records.skus)),
    section('Inventory', evidenceHtml(records.inventory)),
    section('Prices', evidenceHtml(records.prices)),
    section('Docks', evidenceHtml(records.docks)),
    section('Warehouses', evidenceHtml(records.warehouses)),
    section('Shipping policies', evidenceHtml(records.shippingPolicies)),
    section('Integration attempts', evidenceHtml(view.attempts)),
    section('Audit history', evidenceHtml(view.audit)),
    section('Order payload (customer document and phone masked)', `<pre>${escapeHtml(JSON.stringify(order, null, 2))}</pre>`),
    '</body></html>\n'
  ].join('');
  return { fileName: `escalation-${fileSafe(order.affiliateId)}-${fileSafe(order.marketplaceOrderId)}.html`, html };
}
