import { VTEX_MODULE_NAMES, type VtexModuleName } from '../../../shared/api/accounts';

/**
 * How the desk reaches one VTEX account: its name, its credentials, and where each API module lives.
 * Credentials travel only in request headers; nothing here ever formats them into text.
 */

/** An API key pair, or a user/app token sent as the VtexIdclientAutCookie header. */
export type VtexCredentials = { appKey: string; appToken: string } | { userToken: string };

export type VtexAccount = { account: string; apiBase?: string } & VtexCredentials;

/** The API modules the desk reads (the contract's list); each has its own host and License Manager resources. */
export type VtexModule = VtexModuleName;

export const VTEX_MODULES: readonly VtexModule[] = VTEX_MODULE_NAMES;

const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/i;

/** Refuses an account name that could steer the request to another host (dots, slashes, @). */
export function checkAccountName(account: string): string {
  if (!ACCOUNT_NAME.test(account))
    throw new Error(`"${account.slice(0, 64)}" is not a VTEX account name (letters, digits and dashes only)`);
  return account;
}

/**
 * The origin (and path prefix) of a module. VTEX's documented hosts by default: Pricing lives on
 * api.vtex.com/{account}, every other module on {account}.vtexcommercestable.com.br. One `apiBase`
 * (a proxy, a test server) serves every module's paths unchanged.
 */
export function moduleBase(config: VtexAccount, module: VtexModule): string {
  if (config.apiBase) return config.apiBase.replace(/\/+$/, '');
  const account = checkAccountName(config.account);
  return module === 'pricing' ? `https://api.vtex.com/${account}` : `https://${account}.vtexcommercestable.com.br`;
}

/** Header names whose values are secrets: never recorded, logged or echoed. */
export const SECRET_HEADERS: readonly string[] = [
  'x-vtex-api-appkey',
  'x-vtex-api-apptoken',
  'vtexidclientautcookie',
  'authorization',
  'cookie'
];

export function authHeaders(credentials: VtexCredentials): Record<string, string> {
  return 'userToken' in credentials
    ? { VtexIdclientAutCookie: credentials.userToken }
    : { 'X-VTEX-API-AppKey': credentials.appKey, 'X-VTEX-API-AppToken': credentials.appToken };
}

/** The secrets of an account, for redaction. */
export function secretsOf(config: VtexCredentials): string[] {
  return ('userToken' in config ? [config.userToken] : [config.appKey, config.appToken]).filter((s) => s.length > 0);
}

/**
 * Reads an account from the environment (CLI and browser mode): VTEX_ACCOUNT, VTEX_APP_KEY and
 * VTEX_APP_TOKEN (or VTEX_USER_TOKEN), VTEX_API_BASE optional. Null when no account is configured.
 */
export function accountFromEnv(env: Record<string, string | undefined>): VtexAccount | null {
  const account = env.VTEX_ACCOUNT?.trim();
  if (!account) return null;
  checkAccountName(account);
  const apiBase = apiBaseFrom(undefined, env);
  const appKey = env.VTEX_APP_KEY?.trim();
  const appToken = env.VTEX_APP_TOKEN?.trim();
  if (appKey && appToken) return { account, apiBase, appKey, appToken };
  const userToken = env.VTEX_USER_TOKEN?.trim();
  if (userToken) return { account, apiBase, userToken };
  throw new Error('VTEX_ACCOUNT is set but its credentials are not: set VTEX_APP_KEY and VTEX_APP_TOKEN (or VTEX_USER_TOKEN)');
}

/**
 * The one base URL that replaces every module's host (a proxy, a test server): `--api-base` wins
 * over VTEX_API_BASE; undefined means VTEX's documented hosts. Only a plain http(s) origin with an
 * optional path is taken: credentials in it would be sent to wherever it points and printed.
 */
export function apiBaseFrom(flag: string | undefined, env: Record<string, string | undefined>): string | undefined {
  const [value, name] = flag?.trim() ? [flag.trim(), '--api-base'] : [env.VTEX_API_BASE?.trim(), 'VTEX_API_BASE'];
  if (!value) return undefined;
  // The value is not echoed: a URL with credentials in it is exactly what must not reach a log.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) URL such as http://127.0.0.1:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${name} must be an http(s) URL, not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`${name} must be a plain base URL, without credentials, query or fragment`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}
