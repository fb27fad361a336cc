import type { ApiEventName, ApiEvents, ApiName, ArgsOf, DeskApi, Result, ValueOf } from '../../../shared/api';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}

const TOKEN_KEY = 'integration-desk-token';

/** The bridge's token in browser mode, for the one route outside the contract (the import's file upload). */
export const bridgeToken = (): string => sessionStorage.getItem(TOKEN_KEY) ?? '';

/**
 * The browser transport: the same contract over the loopback bridge. The token arrives once in
 * the URL; it is kept in sessionStorage and removed from the address bar.
 */
function bridgeClient(): DeskApi {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let source: EventSource | null = null;
  return {
    async invoke<N extends ApiName>(name: N, args: ArgsOf<N>): Promise<Result<ValueOf<N>>> {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-desk-token': token },
          body: JSON.stringify({ name, args })
        });
        return (await response.json()) as Result<ValueOf<N>>;
      } catch (error) {
        return { ok: false, error: { code: 'init-failed', message: `The desk server is not answering (${String(error)}).` } };
      }
    },
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as ApiEvents[E]);
      source.addEventListener(event, handler as EventListener);
      return () => source?.removeEventListener(event, handler as EventListener);
    }
  };
}

/** The preload's API in Electron; the loopback bridge in a browser. */
export const api: DeskApi = window.desk ?? bridgeClient();

/** Unwraps a Result for store actions: failures become thrown ApiCallErrors the UI can show. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message);
  }
}

export async function call<N extends ApiName>(name: N, args: ArgsOf<N>): Promise<ValueOf<N>> {
  const result = await api.invoke(name, args);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.details);
  return result.value;
}
