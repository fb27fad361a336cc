import type { FixRequestKind } from '../../../../shared/api/fixes';
import type {
  Cause,
  CauseEvidence,
  CauseRefs,
  DeskFixSuggestion,
  FixDraft,
  FixSuggestion,
  MissingData,
  OutsideFixKind,
  OutsideFixSuggestion
} from '../../../../shared/domain/diagnosis';
import type { CauseCode } from '../../../../shared/domain/error-types';

/** Builds a cause whose evidence is checked against its code. */
export function cause<C extends CauseCode>(code: C, evidence: CauseEvidence[C], fix: FixSuggestion, refs: CauseRefs = {}): Cause {
  // Absent refs are left out rather than set to undefined, so a cause survives a JSON round trip
  // unchanged. A plain loop: this runs for every cause of a million-order diagnosis.
  const built: Record<string, unknown> = { code };
  for (const key in refs) {
    const value = refs[key as keyof CauseRefs];
    if (value !== undefined) built[key] = value;
  }
  built.evidence = evidence;
  built.fix = fix;
  // The mapped union cannot be narrowed from a generic code; the signature above is the check.
  return built as unknown as Cause;
}

/**
 * A fix suggestion: a kind the desk applies, with the part of its request the cause knows (typed by
 * the kind), or a kind made outside the desk, which carries none.
 */
export function fix<K extends FixRequestKind>(kind: K, request: FixDraft<K>): DeskFixSuggestion;
export function fix(kind: OutsideFixKind): OutsideFixSuggestion;
export function fix(kind: FixRequestKind | OutsideFixKind, request?: object): FixSuggestion {
  // The overloads above are the check; the implementation only tells the two families apart.
  if (request) return { kind, appliesInMirror: true, request } as FixSuggestion;
  let outside = OUTSIDE_FIXES.get(kind as OutsideFixKind);
  if (!outside)
    OUTSIDE_FIXES.set(
      kind as OutsideFixKind,
      (outside = Object.freeze({ kind: kind as OutsideFixKind, appliesInMirror: false }))
    );
  return outside;
}

/**
 * One frozen suggestion per kind made outside the desk, shared by every cause that names it: a whole
 * run builds hundreds of thousands of them, and the stored rows serialise each kind once.
 */
const OUTSIDE_FIXES = new Map<OutsideFixKind, OutsideFixSuggestion>();

/** A stage found nothing it could judge: the line's later stages cannot run either. */
export const BLOCKED = 'blocked';

/** Causes found (stop here), none (go on), or BLOCKED for want of data. */
export type StageResult = Cause[] | typeof BLOCKED;

/** What a diagnoser collects: the causes and the kinds of data it missed. */
export class Findings {
  readonly causes: Cause[] = [];
  readonly missing = new Set<MissingData>();

  add(...causes: Cause[]): void {
    this.causes.push(...causes);
  }

  /** Notes missing data and returns BLOCKED, so a stage can `return findings.need('skus')`. */
  need(kind: MissingData): typeof BLOCKED {
    this.missing.add(kind);
    return BLOCKED;
  }

  /** True when the stage settled the line (found causes or could not run). */
  settle(result: StageResult): boolean {
    if (result === BLOCKED) return true;
    for (const found of result) this.causes.push(found);
    return result.length > 0;
  }
}
