import type { PackageMeasure, RuledOutReason } from '../../../shared/domain/diagnosis';
import type { FreightValue, ShippingPolicy } from '../../../shared/domain/model';
import type { StoreData } from '../model/store-data';
import { normalisePostalCode, postalCodeInRange } from './postal-code';
import { parseTimeSpan } from './timespan';

export type PolicyEvaluation =
  | { status: 'covers'; policy: ShippingPolicy; costCents: number; timeSeconds: number }
  | {
      status: Exclude<RuledOutReason, 'no_stock' | 'not_linked_to_trade_policy'>;
      policy: ShippingPolicy | null;
      coveringRows: FreightValue[];
    };

/** The freight rows of one postal-code range (a range usually has one row per weight band). */
interface PreparedRange {
  start: string;
  end: string;
  country: string | null;
  rows: FreightValue[];
}

// Freight rows normalised and grouped by range once per loaded store: coverage is checked for every
// failed order (the full sweep), per policy, and each range is compared once rather than per band.
const preparedCache = new WeakMap<FreightValue[], PreparedRange[]>();

function prepared(rows: FreightValue[]): PreparedRange[] {
  let list = preparedCache.get(rows);
  if (!list) {
    const ranges = new Map<string, PreparedRange>();
    for (const row of rows) {
      const start = normalisePostalCode(row.zipCodeStart);
      const end = normalisePostalCode(row.zipCodeEnd);
      const country = row.country ? row.country.trim().toUpperCase() : null;
      const key = `${start}|${end}|${country ?? ''}`;
      const range = ranges.get(key);
      if (range) range.rows.push(row);
      else ranges.set(key, { start, end, country, rows: [row] });
    }
    list = [...ranges.values()];
    preparedCache.set(rows, list);
  }
  return list;
}

/** Whether the prepared range holds the (normalised) postal code for the (upper-cased) country. */
function rangeCovers(p: PreparedRange, code: string, wanted: string): boolean {
  if (p.country && wanted && p.country !== wanted) return false;
  // Same-length digit strings compare as text; anything else takes the careful path.
  return code.length === p.start.length && code.length === p.end.length
    ? p.start <= code && code <= p.end
    : postalCodeInRange(code, p.start, p.end);
}

/** The policy's freight rows for the address at any weight. */
export function coveringRows(store: StoreData, shippingPolicyId: string, postalCode: string, country: string): FreightValue[] {
  const rows = store.freightValues.get(shippingPolicyId);
  if (!rows) return [];
  const code = normalisePostalCode(postalCode);
  const wanted = country.trim().toUpperCase();
  const covering: FreightValue[] = [];
  for (const p of prepared(rows)) {
    if (rangeCovers(p, code, wanted)) covering.push(...p.rows);
  }
  return covering;
}

// A limit of 0 or null is how VTEX leaves a dimension unrestricted.
function over(limit: number | null, value: number): boolean {
  return limit !== null && limit > 0 && value > limit;
}

function exceedsSize(policy: ShippingPolicy, pkg: PackageMeasure): boolean {
  return over(policy.largestMeasure, pkg.largestMeasureCm) || over(policy.maxMeasureSum, pkg.measureSumCm);
}

/**
 * Whether a shipping policy can carry the package to the address, checked in the order an agent
 * fixes things: the policy exists and is active, a row covers the postal code at any weight, the
 * weight falls in a covering row, the package fits the policy's maximum dimensions. When it covers,
 * the cheapest (then fastest) matching row prices it.
 */
export function evaluatePolicy(
  store: StoreData,
  shippingPolicyId: string,
  postalCode: string,
  country: string,
  pkg: PackageMeasure
): PolicyEvaluation {
  const policy = store.shippingPolicies.get(shippingPolicyId) ?? null;
  if (!policy) return { status: 'not_in_mirror', policy, coveringRows: [] };
  if (!policy.isActive) return { status: 'inactive', policy, coveringRows: [] };
  // The sweep asks this of every failed order for each reachable policy and nearly every answer is
  // "covers": one walk over the ranges finds it without building the covering rows, which only a
  // policy that does not cover names (postal codes are nearly all distinct, so no answer is reused).
  const rows = store.freightValues.get(shippingPolicyId);
  const code = normalisePostalCode(postalCode);
  const wanted = country.trim().toUpperCase();
  const weight = pkg.weightGrams;
  let covering = false;
  let fits = false;
  let allUnder = true;
  let costCents = Infinity;
  let timeSeconds = Infinity;
  for (const p of rows ? prepared(rows) : []) {
    if (!rangeCovers(p, code, wanted)) continue;
    covering = true;
    for (const row of p.rows) {
      if (weight >= row.weightStart) allUnder = false;
      if (row.weightStart > weight || weight > row.weightEnd) continue;
      fits = true;
      const seconds = parseTimeSpan(row.timeCost);
      if (row.costCents < costCents || (row.costCents === costCents && seconds < timeSeconds)) {
        costCents = row.costCents;
        timeSeconds = seconds;
      }
    }
  }
  if (fits && !exceedsSize(policy, pkg)) {
    return { status: 'covers', policy, costCents, timeSeconds };
  }
  const matching = coveringRows(store, shippingPolicyId, postalCode, country);
  if (!covering) return { status: 'postal_code_not_covered', policy, coveringRows: matching };
  if (!fits) return { status: allUnder ? 'weight_under_limit' : 'weight_over_limit', policy, coveringRows: matching };
  return { status: 'size_over_limit', policy, coveringRows: matching };
}
