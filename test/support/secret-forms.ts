import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every form a secret could take in a file: as is, URL-encoded, base64. */
export function secretForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
}

/** The files under `dir` (recursively) whose bytes hold any form of any of the secrets. */
export function filesHoldingSecrets(dir: string, secrets: readonly string[]): string[] {
  const forms = secrets.flatMap(secretForms);
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      found.push(...filesHoldingSecrets(path, secrets));
      continue;
    }
    const bytes = readFileSync(path).toString('latin1');
    if (forms.some((form) => bytes.includes(form))) found.push(path);
  }
  return found;
}
