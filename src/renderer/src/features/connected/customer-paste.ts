import type { ProvidedCustomer } from '../../../../shared/api/connected';

const FIELDS = ['email', 'phone', 'document', 'corporateDocument'] as const;

/** The customer's fields from what the agent pasted: a whole payload (its clientProfileData) or that object itself. */
export function customerFromPaste(text: string): ProvidedCustomer | 'bad-json' | 'no-customer' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'bad-json';
  }
  const root = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const profile = typeof root.clientProfileData === 'object' && root.clientProfileData !== null ? root.clientProfileData : root;
  const customer: ProvidedCustomer = {};
  for (const field of FIELDS) {
    const value = (profile as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') customer[field] = value.trim();
  }
  return Object.keys(customer).length === 0 ? 'no-customer' : customer;
}
