import type { Cause, CauseEvidence, DiagnosisOutcome, StockBlocker, StockRow } from '../../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import type { Locale } from '../index';
import { missingDataWords, packageWords, valueWords } from './data-words';
import { domainEn } from './en';
import { domainEs } from './es';
import { domainPt } from './pt';
import type { DomainTexts, InvalidReason } from './types';

const TEXTS: Record<Locale, DomainTexts> = { en: domainEn, 'pt-BR': domainPt, es: domainEs };

export function domainTexts(locale: Locale): DomainTexts {
  return TEXTS[locale];
}

export function errorTypeTitle(errorType: ErrorType, locale: Locale): string {
  return TEXTS[locale].errorTypes[errorType]?.title ?? errorType;
}

export function causeTitle(code: CauseCode, locale: Locale): string {
  return TEXTS[locale].causes[code]?.title ?? code;
}

export interface VerdictNames {
  skuName?: (skuId: string) => string | null;
  tradePolicyName?: (id: string) => string | null;
  warehouseName?: (id: string) => string | null;
  dockName?: (id: string) => string | null;
  shippingPolicyName?: (id: string) => string | null;
}

export interface VerdictFormat {
  money: (cents: number) => string;
  number: (value: number) => string;
  date: (iso: string) => string;
}

const STOCK_WORDS: Record<Locale, (row: StockRow, number: (n: number) => string) => string> = {
  en: (r, n) =>
    `${r.warehouseName ?? r.warehouseId}: ${r.unlimited ? 'unlimited' : `${n(r.totalQuantity)} in stock, ${n(r.reservedQuantity)} reserved`}`,
  'pt-BR': (r, n) =>
    `${r.warehouseName ?? r.warehouseId}: ${r.unlimited ? 'infinito' : `${n(r.totalQuantity)} em estoque, ${n(r.reservedQuantity)} reservados`}`,
  es: (r, n) =>
    `${r.warehouseName ?? r.warehouseId}: ${r.unlimited ? 'ilimitado' : `${n(r.totalQuantity)} en stock, ${n(r.reservedQuantity)} reservados`}`
};

const NONE: Record<Locale, string> = { en: 'none', 'pt-BR': 'nenhum', es: 'ninguno' };

export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

/**
 * The slot values a cause's sentence needs, from its typed evidence: one branch per code, so
 * each sees its own evidence type and a new code fails to compile until it has its words.
 */
function slots(cause: Cause, locale: Locale, names: VerdictNames, f: VerdictFormat): Record<string, string> {
  const sku = (id: string | null | undefined) => {
    if (!id) return '—';
    const name = names.skuName?.(id);
    return name ? `${id} ${name}` : id;
  };
  const tp = (id: string | null | undefined) => {
    if (!id) return '—';
    const name = names.tradePolicyName?.(id);
    return name ? `${id} (${name})` : id;
  };
  const stock = (rows: StockRow[]) =>
    rows.length ? rows.map((row) => STOCK_WORDS[locale](row, f.number)).join('; ') : NONE[locale];
  const reason = (r: string) => TEXTS[locale].reasons[r as InvalidReason] ?? r;
  const list = (items: string[]) => (items.length ? items.join(', ') : NONE[locale]);
  switch (cause.code) {
    case 'sku_not_found':
    case 'sku_id_not_numeric':
      return { sku: cause.evidence.skuId };
    case 'sku_ref_id_matches_other_sku':
      return { sent: cause.evidence.sentId, sku: `${cause.evidence.skuId} ${cause.evidence.skuName}` };
    case 'sku_inactive':
      return { sku: `${cause.evidence.skuId} ${cause.evidence.skuName}` };
    case 'product_inactive':
      return { sku: `${cause.evidence.skuId} ${cause.evidence.skuName}`, product: cause.evidence.productId };
    case 'sku_not_in_trade_policy':
      return {
        sku: sku(cause.evidence.skuId),
        tp: cause.evidence.tradePolicyName
          ? `${cause.evidence.tradePolicyId} (${cause.evidence.tradePolicyName})`
          : tp(cause.evidence.tradePolicyId)
      };
    case 'sku_not_in_collection':
      return {
        sku: sku(cause.evidence.skuId),
        collection: cause.evidence.collectionId || '—',
        tp: tp(cause.evidence.tradePolicyId)
      };
    case 'insufficient_stock':
      return {
        sku: sku(cause.evidence.skuId),
        ordered: f.number(cause.evidence.ordered),
        available: f.number(cause.evidence.available),
        tp: tp(cause.tradePolicyId),
        warehouses: stock(cause.evidence.warehouses)
      };
    case 'negative_inventory':
      return {
        sku: sku(cause.evidence.skuId),
        warehouses: stock(cause.evidence.warehouses.filter((row) => row.reservedQuantity > row.totalQuantity))
      };
    case 'stock_outside_trade_policy':
      return {
        sku: sku(cause.evidence.skuId),
        tp: tp(cause.evidence.tradePolicyId),
        warehouses: stock(cause.evidence.warehouses.filter((row) => row.totalQuantity > 0 || row.unlimited))
      };
    case 'no_dock_for_trade_policy':
      return { tp: tp(cause.evidence.tradePolicyId) };
    case 'postal_code_not_covered':
      return { cep: cause.evidence.postalCode, tp: tp(cause.tradePolicyId) };
    case 'package_exceeds_carrier_limits':
      return { cep: cause.evidence.postalCode, package: packageWords(cause.evidence.package, locale) };
    case 'selected_sla_not_offered':
      return {
        selected: cause.evidence.selectedSla ?? '—',
        offered: list(cause.evidence.offeredSlas),
        sku: sku(cause.evidence.skuId)
      };
    case 'price_divergence_rule_missing':
    case 'price_divergence_over_allowance':
      return {
        paid: f.money(cause.evidence.paidCents),
        expected: f.money(cause.evidence.expectedCents),
        percent: f.number(cause.evidence.percent),
        ranges: list(
          cause.evidence.rules
            .filter((rule) => rule.action === 'authorize')
            .map((rule) => `${f.number(rule.from)}–${f.number(rule.to)}%`)
        )
      };
    case 'price_divergence_awaiting_approval':
      return {
        percent: f.number(cause.evidence.percent),
        order: cause.evidence.vtexOrderId ? ` (${cause.evidence.vtexOrderId})` : ''
      };
    case 'item_price_differs':
      return {
        sku: sku(cause.evidence.skuId),
        sent: f.money(cause.evidence.sentCents),
        expected: f.money(cause.evidence.expectedCents)
      };
    case 'freight_price_differs':
      return { sent: f.money(cause.evidence.sentCents), expected: f.money(cause.evidence.simulatedCents) };
    case 'price_missing_for_trade_policy':
      return { sku: sku(cause.evidence.skuId), tp: tp(cause.evidence.tradePolicyId) };
    case 'price_expired_for_trade_policy': {
      const ends = cause.evidence.expired
        .map((p) => p.dateTo)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        sku: sku(cause.evidence.skuId),
        tp: tp(cause.evidence.tradePolicyId),
        date: ends.length ? f.date(ends[ends.length - 1]) : '—'
      };
    }
    case 'address_incomplete':
      return { fields: list(cause.evidence.missingFields.map((field) => valueWords(field, locale))) };
    case 'postal_code_malformed':
      return { cep: cause.evidence.postalCode, country: cause.evidence.country };
    case 'fob_not_configured':
      return { connector: cause.evidence.connectorName ?? '—' };
    case 'carrier_not_mapped_in_erp':
      return { courier: cause.evidence.courier, known: list(cause.evidence.knownCarriers) };
    case 'order_canceled_at_marketplace':
    case 'order_status_not_integrable':
      return { status: cause.evidence.status };
    case 'retry_window_expired':
      return {
        age: f.number(cause.evidence.ageDays),
        window: f.number(cause.evidence.windowDays),
        marketplace: cause.evidence.marketplace
      };
    case 'marketplace_blocked_item':
      return { skus: list(cause.evidence.skuIds.map(sku)) };
    case 'customer_document_invalid':
      return { document: cause.evidence.maskedDocument ?? '—', reason: reason(cause.evidence.reason) };
    case 'customer_phone_invalid':
      return { phone: cause.evidence.maskedPhone ?? '—', reason: reason(cause.evidence.reason) };
    case 'invoice_key_invalid':
      return { key: cause.evidence.key, reason: reason(cause.evidence.reason) };
    case 'payment_value_missing':
      return {};
    case 'payment_value_differs_from_items':
      return { paid: f.money(cause.evidence.paidCents), expected: f.money(cause.evidence.expectedCents) };
    case 'cart_below_minimum':
      return { actual: f.money(cause.evidence.actualCents), minimum: f.money(cause.evidence.minimumCents) };
    case 'order_already_in_oms':
      return { order: cause.evidence.vtexOrderId };
    case 'trade_policy_not_bound_to_store':
      return {
        affiliate: cause.evidence.affiliateId,
        tp: cause.evidence.tradePolicyName
          ? `${cause.evidence.tradePolicyId} (${cause.evidence.tradePolicyName})`
          : tp(cause.evidence.tradePolicyId)
      };
    case 'connector_credentials_invalid':
      return { connector: cause.evidence.connectorName ?? cause.evidence.affiliateId };
    case 'listing_attribute_missing':
      return { sku: sku(cause.evidence.skuId), attributes: list(cause.evidence.attributes) };
    case 'marketplace_listing_locked':
      return { status: cause.evidence.status ?? '—' };
    case 'transient_platform_error':
      return { attempts: f.number(cause.evidence.attempts) };
    case 'out_of_stock_not_sellable':
      return { sku: sku(cause.evidence.skuId) };
    case 'xml_hides_out_of_stock':
      return { sku: sku(cause.evidence.skuId), integrations: list(cause.evidence.integrations) };
  }
}

/** "12 units" in the agent's language. */
export function unitsWords(units: number, locale: Locale, format: VerdictFormat): string {
  const words = TEXTS[locale].units;
  return (units === 1 ? words.one : words.other).replace('{n}', format.number(units));
}

/** The dock's name when known, else its id (a verdict names what the agent will look for in the Admin). */
export function blockerDock(blocker: StockBlocker, names: VerdictNames): string {
  if (!blocker.dockId) return '—';
  return blocker.dockName ?? names.dockName?.(blocker.dockId) ?? blocker.dockId;
}

export function blockerWarehouse(blocker: StockBlocker, names: VerdictNames): string {
  return blocker.warehouseName ?? names.warehouseName?.(blocker.warehouseId) ?? blocker.warehouseId;
}

/**
 * Stock the trade policy cannot reach, said by what blocks it: "Dock CD Norte is inactive: activating
 * it frees 12 units of SKU 10110". Without blockers, the warehouses sentence of the cause.
 */
function blockedStockVerdict(
  evidence: CauseEvidence['stock_outside_trade_policy'],
  locale: Locale,
  names: VerdictNames,
  format: VerdictFormat
): string | null {
  // A diagnosis stored before blockers existed has none: it keeps the warehouses sentence.
  const blockers = evidence.blockers ?? [];
  if (blockers.length === 0) return null;
  const tp = names.tradePolicyName?.(evidence.tradePolicyId);
  return blockers
    .map((blocker) =>
      fill(TEXTS[locale].blockers[blocker.kind].verdict, {
        dock: blockerDock(blocker, names),
        warehouse: blockerWarehouse(blocker, names),
        tp: tp ? `${evidence.tradePolicyId} (${tp})` : evidence.tradePolicyId,
        units: unitsWords(blocker.unitsFreed, locale, format),
        sku: evidence.skuId
      })
    )
    .join('; ');
}

/** One sentence, in the agent's language, saying what the cause is with its key numbers. */
export function causeVerdict(cause: Cause, locale: Locale, names: VerdictNames, format: VerdictFormat): string {
  if (cause.code === 'stock_outside_trade_policy') {
    const blocked = blockedStockVerdict(cause.evidence, locale, names, format);
    if (blocked) return blocked;
  }
  return fill(TEXTS[locale].causes[cause.code].verdict, slots(cause, locale, names, format));
}

/** The sentence for a diagnosis that found no cause. */
export function outcomeVerdict(outcome: DiagnosisOutcome, missing: string[], locale: Locale): string {
  if (outcome === 'causes') return '';
  return fill(TEXTS[locale].outcomes[outcome].explanation, {
    missing: missingDataWords(missing, locale).join(', ') || NONE[locale]
  });
}
