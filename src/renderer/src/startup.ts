import { usePreferencesStore } from './stores/preferences-store';
import { isNarrowed, savedFilterState, useQueueStore } from './stores/queue-store';

/**
 * The desk's first requests, sent before React renders the shell: the agent's preferences and the
 * open queue's first page, in that order (the core answers in turn, and a preferences read takes
 * well under a millisecond). When the preferences bring a last filter other than the open queue,
 * the queue reloads under it, and the open page's answer, arriving after, is dropped. Waiting for
 * the preferences before asking cost the first render the whole React render of the shell, which
 * delays handling their answer. The start's other calls wait for the first page (App).
 */
async function loadFirstQueuePage(): Promise<void> {
  const preferences = usePreferencesStore.getState().load();
  const openPage = useQueueStore.getState().reload();
  const saved = (await preferences)?.lastFilter;
  const queue = useQueueStore.getState();
  const restored = saved ? savedFilterState(saved) : null;
  if (saved && restored && (isNarrowed(restored) || restored.states.join() !== queue.filter.states.join()))
    await queue.restoreFilter(saved);
  else await openPage;
}

/** Settles when the first queue page has been answered (or failed): the start's other calls wait for it. */
export const firstQueuePage: Promise<void> = loadFirstQueuePage();
