import { cause, fix } from '../checks/findings';
import { invoiceKeyProblem } from '../checks/documents';
import type { Diagnoser } from './types';

/** NF-e access key invalid: 44 digits ending in the modulo-11 check digit. */
export const diagnoseInvoiceInvalid: Diagnoser = (ctx, findings) => {
  const key = ctx.order.invoiceKey?.trim();
  if (!key) {
    findings.need('order.invoiceKey');
    return;
  }
  const problem = invoiceKeyProblem(key);
  if (problem) findings.add(cause('invoice_key_invalid', { key, ...problem }, fix('act_in_admin')));
};
