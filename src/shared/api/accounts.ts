import { z } from 'zod';
import { entry } from './contract-entry';

/** The API modules the desk reads; each has its own host and License Manager resources. */
export const VTEX_MODULE_NAMES = ['oms', 'catalog', 'logistics', 'pricing', 'checkout', 'fulfillment'] as const;
export type VtexModuleName = (typeof VTEX_MODULE_NAMES)[number];

/** Whether the key may read a module, and if not, the License Manager resource it lacks. */
export interface ModuleAccessView {
  module: VtexModuleName;
  readable: boolean;
  /** "Product › Category › Resource", as the Admin's role editor spells it. */
  missingResource: string | null;
  /** A predefined role that grants it, when VTEX documents one. */
  grantedByRole: string | null;
}

export interface AccountView {
  name: string;
  mirrorPath: string;
  active: boolean;
  /** Credentials are available for it (saved encrypted, or named by the environment). */
  hasCredentials: boolean;
}

export interface AccountsState {
  accounts: AccountView[];
  active: string | null;
  /** 'encrypted': saved through the OS keychain (desktop); 'environment': VTEX_* variables, never written. */
  credentialSource: 'encrypted' | 'environment';
  /** Why credentials cannot be saved here, or null. */
  saveRefusal: string | null;
  /** The account VTEX_ACCOUNT names (CLI, browser mode), offered to connect without typing secrets. */
  environmentAccount: string | null;
  /** The local mirror's file (an account connected over it shares it). */
  localMirrorPath: string;
}

export interface ConnectResult {
  account: string;
  modules: ModuleAccessView[];
  state: AccountsState;
}

const accountName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/i, 'a VTEX account name: letters, digits and dashes');
const secret = z.string().trim().min(1).max(512);

export const accountsContract = {
  'accounts/list': entry<AccountsState>()(z.object({}).strict()),
  /**
   * Tests the credentials with one cheap read per module and, when VTEX accepts them, saves them
   * and opens the account's mirror. Without a key pair the environment's credentials are used.
   */
  'accounts/connect': entry<ConnectResult>()(
    z
      .object({ account: accountName, appKey: secret.optional(), appToken: secret.optional() })
      .strict()
      .refine(
        (a) => (a.appKey === undefined) === (a.appToken === undefined),
        'give both the app key and the app token, or neither'
      )
  ),
  /** Opens an account's mirror; null opens the local mirror (the demo store, imported snapshots). */
  'accounts/switch': entry<AccountsState>()(z.object({ account: accountName.nullable() }).strict()),
  /** Forgets an account and its saved credentials; its mirror file is kept. */
  'accounts/remove': entry<AccountsState>()(z.object({ account: accountName }).strict())
};
