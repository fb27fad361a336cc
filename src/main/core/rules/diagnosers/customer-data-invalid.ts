import { cause, fix } from '../checks/findings';
import { customerDocumentFinding, customerPhoneFinding, isBrazilianAddress } from '../checks/documents';
import type { Diagnoser } from './types';

/**
 * Customer document or phone invalid: CPF/CNPJ length and check digits, and the phone's digits
 * (checks/documents.ts, which reads the verdict taken at import when personal data is minimised).
 * Brazilian rules apply when the address is in Brazil or names no country.
 */
export const diagnoseCustomerDataInvalid: Diagnoser = (ctx, findings) => {
  const brazilian = isBrazilianAddress(ctx.order.address?.country);
  const customer = ctx.order.customer;
  const document = customerDocumentFinding(customer, brazilian);
  if (document) findings.add(cause('customer_document_invalid', document, fix('act_at_marketplace')));
  const phone = customerPhoneFinding(customer, brazilian);
  if (phone) findings.add(cause('customer_phone_invalid', phone, fix('act_at_marketplace')));
};
