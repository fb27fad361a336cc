import type { MessageKey } from '../../i18n';

/**
 * A sync kind's label key. Apart from SyncSummaryView so the rail (in the first bundle) does not
 * pull the sync contract's list, and with it the schema library, into the queue's first render.
 */
export const kindLabel = (kind: string): MessageKey => `sync.kind.${kind}` as MessageKey;
