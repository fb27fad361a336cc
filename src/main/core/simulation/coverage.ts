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

/** The policy's freight rows for the address at any weight. */
export function coveringRows(store: StoreData, shippingPolicyId: string, postalCode: string, country: string): FreightValue[] {
  const rows = store.freightValues.get(shippingPolicyId);
  if (!rows) return [];
  const code = normalisePostalCode(postalCode);
  const wanted = country.trim().toUpperCase();
  const covering: FreightValue[] = [];
  for (const p of prepared(rows)) {
    if (p.country && wanted && p.country !== wanted) continue;
    // Same-length digit strings compare as text; anything else takes the careful path.
    const inRange =
      code.length === p.start.length && code.length === p.end.length
        ? p.start <= code && code <= p.end
        : postalCodeInRange(code, p.start, p.end);
    if (inRange) covering.push(...p.rows);
  }
  return covering;
}

// A limit of 0 or null is how VTEX leaves a dimension unrestricted.
function exceedsSize(policy: ShippingPolicy, pkg: PackageMeasure): boolean {
  const over = (limit: number | null, value: number): boolean => limit !== null && limit > 0 && value > limit;
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
  const rows = coveringRows(store, shippingPolicyId, postalCode, country);
  if (rows.length === 0) return { status: 'postal_code_not_covered', policy, coveringRows: rows };
  const byWeight = rows.filter((row) => row.weightStart <= pkg.weightGrams && pkg.weightGrams <= row.weightEnd);
  if (byWeight.length === 0) {
    const under = rows.every((row) => pkg.weightGrams < row.weightStart);
    return { status: under ? 'weight_under_limit' : 'weight_over_limit', policy, coveringRows: rows };
  }
  if (exceedsSize(policy, pkg)) return { status: 'size_over_limit', policy, coveringRows: rows };
  let best = { costCents: Infinity, timeSeconds: Infinity };
  for (const row of byWeight) {
    const candidate = { costCents: row.costCents, timeSeconds: parseTimeSpan(row.timeCost) };
    const cheaper = candidate.costCents < best.costCents;
    const sameButFaster = candidate.costCents === best.costCents && candidate.timeSeconds < best.timeSeconds;
    if (cheaper || sameButFaster) best = candidate;
  }
  return { status: 'covers', policy, ...best };
}
