import type { MessageKey } from '../../i18n';

/**
 * A sync kind's label key. Apart from SyncSummaryView so the rail (in the first bundle) does not
 * pull the sync contract's list, and with it the schema library, into the queue's first render.
 */
export const kindLabel = (kind: string): MessageKey => `sync.kind.${kind}` as MessageKey;

/** A running sync's progress line (the catalog listing of a full sync has no total yet). */
export function progressText(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  progress: { kind: string; phase: string; done: number; total: number }
): string {
  if (progress.phase === 'applied') return t('sync.applied', { kind: t(kindLabel(progress.kind)) });
  if (progress.phase === 'listing') return t('sync.listing', { n: progress.done });
  return t('sync.progress', { kind: t(kindLabel(progress.kind)), done: progress.done, total: progress.total });
}
