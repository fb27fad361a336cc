import { authHeaders, moduleBase, secretsOf, type VtexAccount } from './config';
import { describeFailure, redact, VtexError, type VtexErrorDetails, type VtexErrorKind } from './errors';
import { REQUIRED_RESOURCES, type VtexEndpoint } from './permissions';
import { backoffMs, DEFAULT_RETRY, realSleep, retryAfterMs, type RetryPolicy, type Sleep } from './retry';
import { Semaphore } from './semaphore';

/** One call as the desk records it: never a header, never a query (it may hold customer data). */
export interface VtexCallLog {
  endpoint: VtexEndpoint;
  method: string;
  path: string;
  status: number | null;
  attempt: number;
  outcome: 'ok' | 'retry' | 'failed';
}

export interface VtexHttpOptions {
  retry?: Partial<RetryPolicy>;
  /** Calls in flight at once (VTEX rate-limits per account). */
  concurrency?: number;
  /** Per attempt; a hanging call is aborted and retried. */
  timeoutMs?: number;
  sleep?: Sleep;
  /** Epoch milliseconds, for Retry-After dates. */
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  log?: (entry: VtexCallLog) => void;
}

export interface VtexRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

const RETRIED = new Set([500, 502, 503, 504]);

class Retry {
  constructor(
    readonly kind: VtexErrorKind,
    readonly status: number | null,
    readonly waitMs: number | null,
    readonly cause?: string
  ) {}
}

/**
 * The transport of every VTEX read: one account, its hosts, its headers; a cap on concurrent calls;
 * 429 waited out by Retry-After (and every other call held back meanwhile); 5xx, network errors and
 * timeouts retried with jittered backoff up to a maximum of attempts; failures typed as VtexError.
 */
export class VtexHttp {
  private readonly policy: RetryPolicy;
  private readonly semaphore: Semaphore;
  private readonly timeoutMs: number;
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly fetchFn: typeof fetch;
  private readonly secrets: string[];
  private pausedUntil = 0;

  constructor(
    readonly account: VtexAccount,
    private readonly options: VtexHttpOptions = {}
  ) {
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.semaphore = new Semaphore(options.concurrency ?? 4);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.fetchFn = options.fetch ?? fetch;
    this.secrets = secretsOf(account);
  }

  /** The parsed JSON body; null for a 404 when `allowNotFound` (an absent record is an answer). */
  async json<T>(endpoint: VtexEndpoint, request: VtexRequest, allowNotFound: true): Promise<T | null>;
  async json<T>(endpoint: VtexEndpoint, request: VtexRequest, allowNotFound?: false): Promise<T>;
  async json<T>(endpoint: VtexEndpoint, request: VtexRequest, allowNotFound = false): Promise<T | null> {
    return (await this.exchange<T>(endpoint, request, allowNotFound)).value;
  }

  /** Like `json`, with the HTTP status of the answer (a write's audit records it). */
  async exchange<T>(
    endpoint: VtexEndpoint,
    request: VtexRequest,
    allowNotFound = false
  ): Promise<{ status: number | null; value: T | null }> {
    const module = REQUIRED_RESOURCES[endpoint].module;
    const url = moduleBase(this.account, module) + request.path + queryString(request.query);
    const fail = (kind: VtexErrorKind, status: number | null, attempts: number, cause?: string): VtexError => {
      const details: VtexErrorDetails = {
        kind,
        endpoint,
        module,
        method: request.method,
        path: this.clean(request.path),
        status,
        attempts
      };
      if (kind === 'forbidden') details.missing = REQUIRED_RESOURCES[endpoint];
      return new VtexError(details, this.clean(describeFailure(details, this.account.account, cause)));
    };
    for (let attempt = 1; ; attempt++) {
      if (request.signal?.aborted) throw fail('cancelled', null, attempt - 1);
      const outcome = await this.semaphore.run(() => this.attempt<T>(url, request, allowNotFound));
      if (!(outcome instanceof Retry)) {
        this.record(endpoint, request, outcome.status, attempt, outcome.error ? 'failed' : 'ok');
        if (outcome.error) throw fail(outcome.error.kind, outcome.status, attempt, outcome.error.cause);
        return { status: outcome.status, value: outcome.value };
      }
      if (request.signal?.aborted) throw fail('cancelled', outcome.status, attempt);
      const tooLong = outcome.waitMs !== null && outcome.waitMs > this.policy.maxRetryAfterMs;
      if (attempt >= this.policy.maxAttempts || tooLong) {
        this.record(endpoint, request, outcome.status, attempt, 'failed');
        throw fail(outcome.kind, outcome.status, attempt, outcome.cause);
      }
      this.record(endpoint, request, outcome.status, attempt, 'retry');
      const wait = outcome.waitMs ?? backoffMs(this.policy, attempt, this.random);
      if (outcome.kind === 'rate-limited') this.pausedUntil = Math.max(this.pausedUntil, this.now() + wait);
      try {
        await this.sleep(wait, request.signal);
      } catch {
        throw fail('cancelled', outcome.status, attempt);
      }
    }
  }

  private async attempt<T>(
    url: string,
    request: VtexRequest,
    allowNotFound: boolean
  ): Promise<Retry | { status: number | null; value: T | null; error?: { kind: VtexErrorKind; cause?: string } }> {
    // A 429 elsewhere holds every call back until its Retry-After has passed.
    const hold = this.pausedUntil - this.now();
    if (hold > 0) await this.sleep(hold, request.signal).catch(() => undefined);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(url, {
        method: request.method,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...authHeaders(this.account) },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
        redirect: 'error'
      });
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) return { status: null, value: null, error: { kind: 'cancelled' } };
      const cause = timeout.aborted
        ? `no answer within ${this.timeoutMs} ms`
        : this.clean(error instanceof Error ? error.message : String(error));
      return new Retry('network', null, null, cause);
    }
    const status = response.status;
    if (status === 429) return new Retry('rate-limited', status, retryAfterMs(response.headers.get('retry-after'), this.now()));
    if (RETRIED.has(status)) return new Retry('server', status, null);
    if (status === 401) return { status, value: null, error: { kind: 'unauthorized' } };
    if (status === 403) return { status, value: null, error: { kind: 'forbidden' } };
    if (status === 404) return allowNotFound ? { status, value: null } : { status, value: null, error: { kind: 'not-found' } };
    if (status >= 500) return { status, value: null, error: { kind: 'server' } };
    if (status < 200 || status >= 300)
      return { status, value: null, error: { kind: 'invalid-response', cause: `status ${status}` } };
    try {
      return { status, value: (text === '' ? null : JSON.parse(text)) as T };
    } catch {
      return { status, value: null, error: { kind: 'invalid-response', cause: 'the body is not JSON' } };
    }
  }

  private record(
    endpoint: VtexEndpoint,
    request: VtexRequest,
    status: number | null,
    attempt: number,
    outcome: VtexCallLog['outcome']
  ): void {
    this.options.log?.({ endpoint, method: request.method, path: this.clean(request.path), status, attempt, outcome });
  }

  /** Any text leaving the client passes here, so a secret echoed by a server or a path never escapes. */
  clean(text: string): string {
    return redact(text, this.secrets);
  }
}

/** Encodes spaces as %20, not "+": the OMS full-text search does not accept "+". */
function queryString(query: VtexRequest['query']): string {
  const pairs = Object.entries(query ?? {}).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return pairs.length === 0
    ? ''
    : '?' + pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&');
}
