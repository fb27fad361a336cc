import { describe, expect, expectTypeOf, it } from 'vitest';
import { ADMIN_PATHS } from '../../../src/main/core/gateway/admin-places';
import { FIELD_CONTROLS, type FieldControls } from '../../../src/renderer/src/features/wizard/fix-fields';
import { REQUEST_BUILDERS, type RequestBuilders } from '../../../src/renderer/src/features/wizard/fix-request';
import { domainTexts } from '../../../src/renderer/src/i18n/domain/verdict';
import { fixRequestSchema, type FixRequest, type FixRequestKind } from '../../../src/shared/api/fixes';
import type { DeskFixSuggestionOf, FixDraft, FixKind, FixSuggestion, OutsideFixKind } from '../../../src/shared/domain/diagnosis';

/*
 * The fix seam is typed end to end (issue 9). These checks run when tsc compiles the tests (npm test's
 * typecheck): each `@ts-expect-error` below fails the build if the line under it compiles.
 */

/** Compiles only when `value` is a T. */
function assignable<T>(value: T): T {
  return value;
}

/** The contract with one more fix kind, as a developer would add it to fixRequestSchema. */
type Grown = FixRequest | { kind: 'merge_skus'; skuIds: string[]; targetSkuId: string };

const contractKinds = fixRequestSchema.options.map((option) => option.shape.kind.value).sort();

describe('the fix seam, typed end to end', () => {
  it('a suggestion carries a typed partial of its own request, in the request’s field names', () => {
    expectTypeOf<FixDraft<'activate_sku'>>().toEqualTypeOf<{ skuIds?: string[] }>();
    expectTypeOf<FixDraft<'register_erp_carrier'>>().toEqualTypeOf<{ name?: string }>();
    expectTypeOf<FixDraft<'add_divergence_rule'>>().toEqualTypeOf<{
      from?: number;
      to?: number;
      action?: 'authorize' | 'deny' | 'approval';
    }>();
    // The suggestion's kinds are the request's and the outside ones, nothing else.
    expectTypeOf<FixKind>().toEqualTypeOf<FixRequestKind | OutsideFixKind>();

    const suggestions: FixSuggestion[] = [
      { kind: 'register_erp_carrier', appliesInMirror: true, request: { name: 'Loggi' } },
      // @ts-expect-error a parameter name the request does not have ('carrier' was the old rule's)
      { kind: 'register_erp_carrier', appliesInMirror: true, request: { carrier: 'Loggi' } },
      // @ts-expect-error a fix the desk applies carries its request
      { kind: 'activate_dock', appliesInMirror: true },
      // @ts-expect-error a fix made outside the desk carries none
      { kind: 'act_in_admin', appliesInMirror: false, request: { warehouseId: 'W1' } },
      // @ts-expect-error an outside kind is never applied by the desk
      { kind: 'act_at_marketplace', appliesInMirror: true, request: {} }
    ];
    expect(suggestions.map((suggestion) => suggestion.kind)).toContain('register_erp_carrier');
  });

  it('a kind added to the request union grows the suggestions, and every table over the kinds stops compiling until it handles it', () => {
    expectTypeOf<Extract<DeskFixSuggestionOf<Grown>, { kind: 'merge_skus' }>['request']>().toEqualTypeOf<{
      skuIds?: string[];
      targetSkuId?: string;
    }>();

    // @ts-expect-error the wizard has no builder for the new kind
    assignable<RequestBuilders<Grown>>(REQUEST_BUILDERS);
    // @ts-expect-error the Fix step's form has no fields for it
    assignable<FieldControls<Grown>>(FIELD_CONTROLS);
    // @ts-expect-error the desk has no words for it
    assignable<Record<Grown['kind'] | OutsideFixKind, string>>(domainTexts('en').fixKinds);
    // @ts-expect-error the gateway has no Admin path for it
    assignable<Record<Grown['kind'], string>>(ADMIN_PATHS);

    // The same tables for today's contract compile, and hold exactly its kinds.
    expect(Object.keys(assignable<RequestBuilders<FixRequest>>(REQUEST_BUILDERS)).sort()).toEqual(contractKinds);
    expect(Object.keys(assignable<FieldControls<FixRequest>>(FIELD_CONTROLS)).sort()).toEqual(contractKinds);
    expect(Object.keys(assignable<Record<FixRequestKind, string>>(ADMIN_PATHS)).sort()).toEqual(contractKinds);
    const words = assignable<Record<FixKind, string>>(domainTexts('en').fixKinds);
    expect(contractKinds.every((kind) => words[kind].length > 0)).toBe(true);
  });
});
