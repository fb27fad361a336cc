import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiEventName, ApiEvents } from '../../shared/api';
import { fail } from '../../shared/api/result';
import type { CoreApi } from '../core/api';
import type { EventHub } from '../core/ports';
import { isAppUrl, type RendererEntry } from '../core/url-policy';

export const INVOKE_CHANNEL = 'desk:invoke';
export const EVENT_CHANNEL = 'desk:event';

/**
 * Only the app's own page, in a top frame, may call the core. A call without a sender frame (the
 * frame navigated away or was destroyed while the message was in flight) is refused, not trusted.
 */
function fromApp(event: IpcMainInvokeEvent, entry: RendererEntry): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(entry, frame.url);
}

/**
 * Registers the single invoke channel. Arguments are validated by the core's dispatcher against
 * the contract; calls that arrive before the core is ready wait for it, and fail with
 * `init-failed` (never hang) when the core could not start.
 */
export function registerIpc(
  core: Promise<{ api: CoreApi; events: EventHub }>,
  window: () => BrowserWindow | null,
  entry: RendererEntry
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, args: unknown) => {
    if (!fromApp(event, entry)) return fail('unauthorized', 'Calls come only from the app.');
    try {
      const { api } = await core;
      return await api.dispatch(name, args);
    } catch (error) {
      return fail('init-failed', `Integration Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  void core
    .then(({ events }) =>
      events.subscribe({
        emit<E extends ApiEventName>(name: E, payload: ApiEvents[E]) {
          window()?.webContents.send(EVENT_CHANNEL, name, payload);
        }
      })
    )
    .catch(() => undefined);
}
