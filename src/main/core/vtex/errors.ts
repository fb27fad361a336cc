import type { VtexModule } from './config';
import { resourcePath, type RequiredResource, type VtexEndpoint } from './permissions';

export type VtexErrorKind =
  'unauthorized' | 'forbidden' | 'not-found' | 'rate-limited' | 'server' | 'network' | 'invalid-response' | 'cancelled';

export interface VtexErrorDetails {
  kind: VtexErrorKind;
  endpoint: VtexEndpoint;
  module: VtexModule;
  method: string;
  /** The request path without its query (queries may hold customer data such as an e-mail). */
  path: string;
  status: number | null;
  attempts: number;
  /** For `forbidden`: the License Manager resource the key's role lacks. */
  missing?: RequiredResource;
}

/**
 * A failed VTEX call, typed by what the agent can do about it. Its message is built only from the
 * endpoint, the status and the account's public name, and is passed through the redactor anyway:
 * a secret must never reach a log or a screen through an error.
 */
export class VtexError extends Error {
  readonly kind: VtexErrorKind;
  readonly details: VtexErrorDetails;

  constructor(details: VtexErrorDetails, message: string) {
    super(message);
    this.name = 'VtexError';
    this.kind = details.kind;
    this.details = details;
  }
}

export function describeFailure(details: VtexErrorDetails, account: string, cause?: string): string {
  const where = `${details.method} ${details.path} on account "${account}"`;
  switch (details.kind) {
    case 'unauthorized':
      return `VTEX refused the credentials for account "${account}" (401): the key or token is wrong, expired or revoked (${where})`;
    case 'forbidden':
      return details.missing
        ? `The key for account "${account}" lacks the License Manager resource ${resourcePath(details.missing)}` +
            `${details.missing.role ? ` (in the predefined role "${details.missing.role}")` : ''}: add it to the key's role to ${details.method === 'GET' ? 'read' : 'change'} ${details.module} (${where})`
        : `The key for account "${account}" may not call ${where} (403)`;
    case 'not-found':
      return `VTEX has no such record: ${where} answered 404`;
    case 'rate-limited':
      return `VTEX kept rate-limiting ${where} (429) after ${details.attempts} attempts; try again later`;
    case 'server':
      return `VTEX failed ${where} with ${details.status} after ${details.attempts} attempts`;
    case 'network':
      return `Could not reach VTEX for ${where} after ${details.attempts} attempts${cause ? `: ${cause}` : ''}`;
    case 'invalid-response':
      return `VTEX answered ${where} with something the desk cannot read${cause ? `: ${cause}` : ''}`;
    case 'cancelled':
      return `The call ${where} was cancelled`;
  }
}

/** Replaces every occurrence of each secret in a text (and its URL-encoded form) with a mark. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
