import type { CauseEvidence } from '../../../../shared/domain/diagnosis';
import type { CustomerProfile } from '../../../../shared/domain/model';
import { cause, fix } from '../checks/findings';
import { cnpjProblem, cpfProblem, digitsOf, maskDocument, maskPhone, phoneProblem } from '../checks/documents';
import type { Diagnoser } from './types';

type DocumentEvidence = CauseEvidence['customer_document_invalid'];

/**
 * Which document to judge: a corporate buyer's CNPJ; else the document as its type says, or by its
 * length (14 digits → CNPJ, otherwise CPF). Outside Brazil only an empty document is reported.
 */
function documentProblem(customer: CustomerProfile, brazilian: boolean): DocumentEvidence | null {
  const corporate = customer.isCorporate && customer.corporateDocument ? customer.corporateDocument : null;
  const value = corporate ?? customer.document ?? '';
  const masked = value.trim() === '' ? null : maskDocument(value);
  if (!brazilian) return value.trim() === '' ? { maskedDocument: null, documentType: 'other', reason: 'empty' } : null;
  const declared = (customer.documentType ?? '').trim().toLowerCase();
  const isCnpj = corporate !== null || declared === 'cnpj' || (declared !== 'cpf' && digitsOf(value).length === 14);
  const reason = isCnpj ? cnpjProblem(value) : cpfProblem(value);
  return reason ? { maskedDocument: masked, documentType: isCnpj ? 'cnpj' : 'cpf', reason } : null;
}

/**
 * Customer document or phone invalid: CPF/CNPJ length and check digits, and the phone's digits.
 * Brazilian rules apply when the address is in Brazil or names no country (the connectors here are
 * Brazilian marketplaces).
 */
export const diagnoseCustomerDataInvalid: Diagnoser = (ctx, findings) => {
  const country = ctx.order.address?.country?.trim().toUpperCase() || 'BRA';
  const brazilian = country === 'BRA';
  const customer = ctx.order.customer;
  const document = documentProblem(customer, brazilian);
  if (document) findings.add(cause('customer_document_invalid', document, fix('act_at_marketplace', false)));
  const phone = phoneProblem(customer.phone, brazilian);
  if (phone) {
    findings.add(
      cause(
        'customer_phone_invalid',
        { maskedPhone: customer.phone ? maskPhone(customer.phone) : null, reason: phone },
        fix('act_at_marketplace', false)
      )
    );
  }
};
