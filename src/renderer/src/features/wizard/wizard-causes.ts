import type { Cause, Diagnosis } from '../../../../shared/domain/diagnosis';

/**
 * The causes a wizard can walk through: the diagnosis's own, then those it "also found". The own
 * causes come first so their indexes are the same in both lists (the default choice is among them).
 */
export function wizardCauses(diagnosis: Pick<Diagnosis, 'causes' | 'alsoFound'> | null | undefined): Cause[] {
  if (!diagnosis) return [];
  return [...diagnosis.causes, ...(diagnosis.alsoFound ?? [])];
}
