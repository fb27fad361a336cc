import type { Cause } from '../../../shared/domain/diagnosis';
import type { CauseCode } from '../../../shared/domain/error-types';

/**
 * What a finding means for a reprocess of the order, one definition for the ranking of findings
 * (rules/ranking.ts) and for the judge of "would integrate" (gateway/integration-judge.ts), so the
 * two cannot disagree. Keyed on the cause code, as error-types.md defines them, not on the fix a
 * diagnoser happened to attach.
 */

/** "VTEX-side failure — reprocess later": a reprocess does not meet it again. */
const PASSING_FAULTS: ReadonlySet<CauseCode> = new Set(['transient_platform_error']);

/**
 * What a marketplace requires of a listing (an attribute such as the EAN, a locked listing). The
 * shared catalog files these errors under the product and inventory integration
 * (`connections_inventory`), not the order's: the marketplace had accepted the listing when it sent
 * the order, and VTEX's order integration does not check them. So beside a passing fault they are
 * advice, not what keeps the order failing; they are the cause only when the message names them.
 */
const LISTING_ADVICE: ReadonlySet<CauseCode> = new Set(['listing_attribute_missing', 'marketplace_listing_locked']);

/** A finding that only says VTEX failed for a while (the fix is to reprocess later). */
export function isPassingFault(cause: Pick<Cause, 'code'>): boolean {
  return PASSING_FAULTS.has(cause.code);
}

/** A finding a reprocess would meet again: neither a passing fault nor advice about a listing. */
export function blocksReprocess(cause: Pick<Cause, 'code'>): boolean {
  return !PASSING_FAULTS.has(cause.code) && !LISTING_ADVICE.has(cause.code);
}
