import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { openMirror } from '../db/connection';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import { ensurePrivateDir } from '../private-files';

/**
 * Makes sure an account's mirror exists and belongs to it: a new file is named for the account and
 * marked initialised (so the desk never seeds the demo store into it); a file that holds another
 * account's records is refused.
 */
export function prepareAccountMirror(path: string, account: string): void {
  if (!existsSync(path)) ensurePrivateDir(dirname(path));
  const db = openMirror(path);
  try {
    const meta = readMeta(db);
    if (meta.account !== undefined && meta.account !== account) {
      throw new Error(`The mirror ${path} holds account "${meta.account}", not "${account}"`);
    }
    db.transaction(() => writeMeta(db, { account, initialised: 'true' }))();
  } finally {
    db.close();
  }
}
