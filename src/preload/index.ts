import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeskApi } from '../shared/api';
import { API_EVENT_NAMES } from '../shared/api/events';
import { API_NAMES } from '../shared/api/names';

const INVOKE_CHANNEL = 'desk:invoke';
const EVENT_CHANNEL = 'desk:event';

const names = new Set<string>(API_NAMES);
const events = new Set<string>(API_EVENT_NAMES);

/**
 * One frozen object with `invoke` and `on`, for the contract's names only: the page never sees
 * ipcRenderer, and cannot reach a channel the contract does not declare.
 */
const desk: DeskApi = {
  invoke(name, args) {
    if (!names.has(name))
      return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `Unknown API method: ${name}` } });
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, args);
  },
  on(event, listener) {
    if (!events.has(event)) throw new Error(`Unknown event: ${event}`);
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  }
};

contextBridge.exposeInMainWorld('desk', Object.freeze(desk));
