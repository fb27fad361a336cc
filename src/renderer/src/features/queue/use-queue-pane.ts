import { useEffect, useState } from 'react';

type QueuePaneModule = typeof import('./QueuePane');

/** Kept once arrived, so the queue shown again renders the pane in its first commit. */
let loaded: QueuePaneModule | null = null;
const loadQueuePane = (): Promise<QueuePaneModule> => import('./QueuePane').then((module) => (loaded = module));

/**
 * The order pane and the wizard, left out of the bundle the queue's first render waits for (about
 * 110 kB of the 561 kB it parsed, issue 9). Their chunk is fetched when the browser is next idle
 * once the first rows are shown, so opening an order does not wait for it, or at once when an order
 * is opened before that.
 */
export function useQueuePane(wanted: boolean, rowsShown: boolean): QueuePaneModule | null {
  const [pane, setPane] = useState(loaded);
  useEffect(() => {
    if (pane || !(wanted || rowsShown)) return;
    let live = true;
    const load = () => void loadQueuePane().then((module) => live && setPane(module));
    if (wanted) {
      load();
      return () => void (live = false);
    }
    const idle = requestIdleCallback(load, { timeout: 2_000 });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [pane, wanted, rowsShown]);
  return pane;
}
