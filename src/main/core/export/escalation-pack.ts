import type { OrderView } from '../../../shared/api/orders';
import { formatInstantAs } from '../../../shared/dates';
import { formatCentsAs } from '../../../shared/money';
import { maskEmail } from '../rules/checks/documents';
import { DESK_REPLAY_LABEL } from './review-source';
import { escapeHtml, evidenceHtml } from './html';

/** The languages the pack can be written for (the desk's). */
export type PackLocale = 'en' | 'pt-BR' | 'es';

// Fits any screen: a viewport, wide tables scroll inside themselves, long ids and JSON wrap.
const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,sans-serif;color:#1b1f29;margin:24px auto;max-width:1100px;padding:0 16px;overflow-wrap:anywhere}
h1{font-size:21px;margin:0 0 4px}h2{font-size:16px;margin:26px 0 8px;border-bottom:1px solid #d9dde5;padding-bottom:4px}
.muted{color:#5a6275}code,pre{font:12px ui-monospace,Menlo,monospace}pre{background:#f6f7f9;padding:10px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%}
table{border-collapse:collapse;margin:6px 0;display:block;max-width:100%;overflow-x:auto}th,td{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-size:12px}.message{background:#f6f7f9;border-left:3px solid #b3261e;padding:6px 10px;margin:6px 0}
.cause{border:1px solid #d9dde5;border-radius:6px;padding:8px 12px;margin:8px 0}dl.evidence{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:4px 0}
dl.evidence dt{color:#5a6275}dl.evidence dd{margin:0;min-width:0}
@media (max-width:600px){body{margin:12px auto;padding:0 10px}dl.evidence{grid-template-columns:minmax(0,1fr)}dl.evidence dd{margin-bottom:6px}}
`;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Values as a reader of the ticket reads them: cents as money with its currency ("totalCents 19790"
 * becomes "total R$ 197,90"), instants in the locale (UTC, said once in the header), e-mails masked
 * like the document and phone already are.
 */
export function readableValues(value: unknown, locale: PackLocale, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => readableValues(item, locale, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const money = /Cents$/.test(name) && (typeof item === 'number' || item === null);
      out[money ? name.replace(/Cents$/, '') : name] = money
        ? item === null
          ? null
          : formatCentsAs(locale, item)
        : readableValues(item, locale, name);
    }
    return out;
  }
  if (typeof value === 'string') {
    if (/e-?mail$/i.test(key) && value !== '') return maskEmail(value);
    if (ISO_INSTANT.test(value)) return formatInstantAs(locale, value, 'UTC');
  }
  return value;
}

function section(title: string, body: string): string {
  return `<h2>${escapeHtml(title)}</h2>${body}`;
}

function facts(rows: [string, unknown][]): string {
  return `<table><tbody>${rows.map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value ?? '—')}</td></tr>`).join('')}</tbody></table>`;
}

function diagnosisHtml(view: OrderView, locale: PackLocale): string {
  const diagnosis = view.diagnosis;
  if (!diagnosis) return '<p class="muted">Not diagnosed yet.</p>';
  const when = (iso: string | null | undefined) => (iso ? formatInstantAs(locale, iso, 'UTC') : null);
  const head = facts([
    ['error type', diagnosis.errorType],
    ['outcome', diagnosis.outcome],
    ['classifier confidence', diagnosis.confidence],
    ['judged as of', when(diagnosis.asOf)],
    ['diagnosed at', when(diagnosis.ranAt)],
    ['missing data', diagnosis.missing?.join(', ') || null]
  ]);
  const causes = diagnosis.causes.map(
    (cause) =>
      `<div class="cause"><code>${escapeHtml(cause.code)}</code> — fix: <code>${escapeHtml(cause.fix.kind)}</code>` +
      `${evidenceHtml(readableValues(cause.evidence, locale))}${cause.fix.appliesInMirror ? `<p class="muted">fix parameters</p>${evidenceHtml(readableValues(cause.fix.request, locale))}` : ''}</div>`
  );
  return head + causes.join('');
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * One self-contained HTML file for a VTEX support ticket (no scripts, no remote assets): the order's
 * message and payload with the customer's document, phone and e-mail masked, the diagnosis with its
 * evidence, the simulation, the store records involved, and the attempt and audit history. Money and
 * dates are written in the agent's locale; every value is escaped; the page fits a phone's width.
 */
export function escalationPack(
  view: OrderView,
  generatedAt: Date,
  locale: PackLocale = 'en'
): { fileName: string; html: string } {
  const { order } = view;
  const readable = (value: unknown) => evidenceHtml(readableValues(value, locale));
  const when = (iso: string | null) => (iso ? formatInstantAs(locale, iso, 'UTC') : null);
  const title = `Escalation — ${order.affiliateId} ${order.marketplaceOrderId}`;
  const summary = facts([
    ['account', view.account],
    ['marketplace order id', order.marketplaceOrderId],
    ['affiliate', order.affiliateId],
    ['connector', order.connectorName],
    ['marketplace status', order.marketplaceOrderStatus],
    ['created at', when(order.createdAt)],
    ['integration status', order.integrationStatus],
    ['processed at', when(order.processedAt)],
    ['attempts', order.attempts],
    ['order value', order.paymentValueCents === null ? null : formatCentsAs(locale, order.paymentValueCents)],
    [
      'trade policy',
      view.tradePolicyId === null ? null : `${view.tradePolicyId}${view.tradePolicyName ? ` (${view.tradePolicyName})` : ''}`
    ],
    ['VTEX order id in OMS', view.omsOrderId ?? order.vtexOrderId]
  ]);
  const { records } = view;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1><p class="muted">Generated ${escapeHtml(formatInstantAs(locale, generatedAt.toISOString(), 'UTC'))} by Integration Desk. Times are UTC.</p>`,
    summary,
    section(
      'Integration message',
      `<div class="message">${escapeHtml(order.integrationMessage ?? '—')}</div>` +
        // The latest attempt was the desk's replay on the local copy: its words are not VTEX's answer.
        (view.attempts.at(-1)?.source === 'desk-replay' ? `<p class="muted">${escapeHtml(DESK_REPLAY_LABEL)}</p>` : '')
    ),
    section('Diagnosis', diagnosisHtml(view, locale)),
    section(
      'Shipping simulation',
      view.simulation ? readable(view.simulation) : '<p class="muted">No simulation: the address has no postal code.</p>'
    ),
    section('SKUs', readable(records.skus)),
    section('Inventory', readable(records.inventory)),
    section('Prices', readable(records.prices)),
    section('Docks', readable(records.docks)),
    section('Warehouses', readable(records.warehouses)),
    section('Shipping policies', readable(records.shippingPolicies)),
    section('Integration attempts', readable(view.attempts)),
    section('Audit history', readable(view.audit)),
    section(
      'Order payload (customer document, phone and e-mail masked)',
      `<pre>${escapeHtml(JSON.stringify(readableValues(order, locale), null, 2))}</pre>`
    ),
    '</body></html>\n'
  ].join('');
  return { fileName: `escalation-${fileSafe(order.affiliateId)}-${fileSafe(order.marketplaceOrderId)}.html`, html };
}
