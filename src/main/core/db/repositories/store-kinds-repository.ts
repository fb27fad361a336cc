import { STORE_KINDS, type StoreKind } from '../../model/store-data';
import type { Db } from '../connection';
import { readMeta, writeMeta } from './meta-repository';

/** The store kinds among names (a manifest's `partial`); an unknown name is refused. */
export function storeKindsOf(names: string[]): StoreKind[] {
  return names.map((name) => {
    const kind = STORE_KINDS.find((k) => k === name);
    if (!kind) throw new Error(`"${name}" is not a kind of store record; expected one of ${STORE_KINDS.join(', ')}`);
    return kind;
  });
}

/** The kinds recorded as imported whole (see migration 0004); empty when none were recorded. */
export function readCompleteKinds(db: Db): StoreKind[] {
  const recorded = readMeta(db).complete_kinds;
  const parsed: unknown = recorded === undefined ? [] : JSON.parse(recorded);
  return Array.isArray(parsed) ? STORE_KINDS.filter((kind) => parsed.includes(kind)) : [];
}

/**
 * Records what an import brought: each store kind it held a file of is now complete, except those
 * its manifest declares partial (which, like kinds never imported, make a missing record missing
 * data). Kinds the import did not touch keep what they were.
 */
export function recordImportedKinds(db: Db, imported: readonly string[], partial: readonly StoreKind[]): void {
  const complete = new Set(readCompleteKinds(db));
  for (const kind of STORE_KINDS) if (imported.includes(kind)) complete.add(kind);
  for (const kind of partial) complete.delete(kind);
  writeMeta(db, { complete_kinds: JSON.stringify(STORE_KINDS.filter((kind) => complete.has(kind))) });
}
