import type { Database } from 'better-sqlite3';

/*
 * Personal data minimised at import (LGPD): by default the mirror keeps the customer's document,
 * phone and e-mail masked, so the customer checks' verdicts are taken at import from the clear
 * values and stored beside the masks.
 *
 * customer_document_verdict: 'valid', or '<cpf|cnpj|other>:<reason>' (the check's reason codes).
 * customer_phone_verdict:    'valid', or the reason code.
 * Both NULL: the row keeps the clear values (privacy.keepFullPayloads, or a row written before
 * this migration) and the checks read them as before.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE marketplace_orders ADD COLUMN customer_document_verdict TEXT;
    ALTER TABLE marketplace_orders ADD COLUMN customer_phone_verdict TEXT;
  `);
}
