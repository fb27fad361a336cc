import type { ConnectResult } from '../../../shared/api/accounts';
import type { Host } from '../../core/host';
import { call } from '../call';
import { CommandError, UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { environmentAccounts, requireEnvironmentAccount } from './account-host';
import { openCliHost } from './mirror-command';

export const accountHelp = `Usage: integration-desk account add NAME [--db FILE] [--api-base URL]
       integration-desk account list
       integration-desk account remove NAME

Connects VTEX accounts for \`sync\` and the desk. The CLI takes credentials from the environment
only (VTEX_ACCOUNT=NAME, VTEX_APP_KEY, VTEX_APP_TOKEN) and never writes them; the desktop app
keeps the ones typed in Settings encrypted by the operating system.
  add NAME        tests the credentials with one cheap read per API module, then records the account
                  with its own mirror (the --db file, or the desk's mirror, when it already holds
                  NAME's records; otherwise a new file). Says which License Manager resource each
                  module lacks.
  list            the connected accounts, the active one marked *, and each one's mirror
  remove NAME     forgets the account (its mirror file is kept)
  --api-base URL  one base URL for every API module (a proxy, a test server); also VTEX_API_BASE`;

function moduleLines(result: ConnectResult): string[] {
  return result.modules.map((m) =>
    m.readable
      ? `  ✓ ${m.module}`
      : `  ✕ ${m.module}: the key lacks ${m.missingResource}${m.grantedByRole ? ` (in the role "${m.grantedByRole}")` : ''}`
  );
}

async function withHost<T>(
  io: CliIo,
  db: string | undefined,
  apiBase: string | undefined,
  work: (host: Host) => Promise<T>
): Promise<T> {
  const host = await openCliHost(io, db, 'desktop', false, environmentAccounts(io, apiBase));
  try {
    return await work(host);
  } finally {
    // Connecting may have moved the host to the account's own mirror: close whichever is open.
    host.deps.db.close();
    host.db.close();
  }
}

export async function accountCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('account', argv, { db: { type: 'string' }, 'api-base': { type: 'string' } });
  const [action, name, ...extra] = positionals;
  if (values.help || !action) return (io.stdout(accountHelp + '\n'), values.help ? 0 : 2);
  if (extra.length > 0) throw new UsageError(`account: unexpected "${extra[0]}"`);
  switch (action) {
    case 'add': {
      if (!name) throw new UsageError('account add: name the account, e.g. `integration-desk account add mystore`');
      const accounts = environmentAccounts(io, values['api-base']);
      const fromEnv = requireEnvironmentAccount(accounts, 'account add');
      if (fromEnv !== name)
        throw new CommandError(
          `account add: VTEX_ACCOUNT names "${fromEnv}", not "${name}"; the credentials in the environment are that account's`
        );
      const result = await withHost(io, values.db, values['api-base'], (host) =>
        call(host.api, 'accounts/connect', { account: name })
      );
      const mirror = result.state.accounts.find((a) => a.name === name)?.mirrorPath ?? '—';
      io.stdout(`Connected account "${name}" (credentials from the environment, not saved); its mirror: ${mirror}\n`);
      for (const line of moduleLines(result)) io.stdout(line + '\n');
      return 0;
    }
    case 'list': {
      const state = await withHost(io, values.db, values['api-base'], (host) => call(host.api, 'accounts/list', {}));
      if (state.accounts.length === 0)
        io.stdout(
          'No account connected. Set VTEX_ACCOUNT, VTEX_APP_KEY and VTEX_APP_TOKEN, then run `integration-desk account add NAME`.\n'
        );
      for (const a of state.accounts) {
        io.stdout(
          `${a.active ? '*' : ' '} ${a.name.padEnd(24)} ${a.hasCredentials ? 'credentials ok' : 'no credentials here'}  ${a.mirrorPath}\n`
        );
      }
      return 0;
    }
    case 'remove': {
      if (!name) throw new UsageError('account remove: name the account');
      await withHost(io, values.db, values['api-base'], (host) => call(host.api, 'accounts/remove', { account: name }));
      io.stdout(`Account "${name}" removed; its mirror file was kept.\n`);
      return 0;
    }
    default:
      throw new UsageError(`account: unknown action "${action}" (add, list or remove)`);
  }
}
