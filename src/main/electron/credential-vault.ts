import { safeStorage } from 'electron';
import { join } from 'node:path';
import { encryptedFileVault, type CredentialVault, type StringCipher } from '../core/accounts/credential-vault';

/**
 * safeStorage as the vault's cipher. On Linux without a secret service safeStorage still "works"
 * with a hard-coded password (backend `basic_text`): that counts as unavailable, so the vault
 * refuses to save instead of writing what is clear text in all but name.
 */
const safeStorageCipher: StringCipher = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (plain) => safeStorage.encryptString(plain),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted)
};

/** Account credentials encrypted by the operating system, in the user-data folder's credentials/. */
export function safeStorageVault(dataDir: string): CredentialVault {
  return encryptedFileVault(join(dataDir, 'credentials'), safeStorageCipher);
}
