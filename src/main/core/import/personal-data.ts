import type { NewMarketplaceOrder } from '../db/repositories/order-repository';
import { readSetting } from '../db/repositories/settings-repository';
import type { Db } from '../db/connection';
import { customerVerdicts, isBrazilianAddress, maskDocument, maskEmail, maskPhone } from '../rules/checks/documents';

/**
 * Personal data minimised at import, by default: Brazil's data-protection law (LGPD) asks that a
 * tool keep no more personal data than its purpose needs, and diagnosing an integration needs the
 * document's check-digit verdict, not the document itself. So the customer's CPF/CNPJ is kept as that
 * verdict plus a mask (***.456.789-**), the phone as its verdict plus its last four digits, the
 * e-mail as j***@g***.com. Accounts that need full payloads set this mirror setting to "true"
 * (the CLI's `import --keep-personal-data` does).
 */
export const KEEP_FULL_PAYLOADS = 'privacy.keepFullPayloads';

export function keepsFullPayloads(db: Db): boolean {
  return readSetting(db, KEEP_FULL_PAYLOADS) === 'true';
}

const masked = (value: string | null, mask: (value: string) => string): string | null => (value === null ? null : mask(value));

/** The order with its customer's document, phone and e-mail masked and the checks' verdicts taken from the clear values. */
export function minimisePersonalData(order: NewMarketplaceOrder): NewMarketplaceOrder {
  const customer = order.customer;
  return {
    ...order,
    customer: {
      ...customer,
      email: masked(customer.email, maskEmail),
      phone: masked(customer.phone, maskPhone),
      document: masked(customer.document, maskDocument),
      corporateDocument: masked(customer.corporateDocument, maskDocument),
      verdicts: customerVerdicts(customer, isBrazilianAddress(order.address?.country))
    }
  };
}
