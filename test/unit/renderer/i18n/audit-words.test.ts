import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src/shared/domain/model';
import { formatDateTime, formatMoney } from '../../../../src/renderer/src/i18n';
import { auditActionWords, auditRowWords } from '../../../../src/renderer/src/i18n/domain/audit-words';

const format = {
  money: (c: number) => formatMoney('en', c),
  number: (n: number) => String(n),
  date: (iso: string) => formatDateTime('en', iso, 'UTC')
};
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-20T12:00:00.000Z',
  actor: 'Ana',
  action: 'note',
  entityType: 'order',
  entityId: '159',
  orderRef: 'LU-123',
  before: null,
  after: null,
  note: null,
  ...over
});

describe('an audit entry as a readable row', () => {
  it('says the action in words, never the code', () => {
    expect(auditActionWords('fix:renew_price', 'en')).toBe('Fix: Renew the price');
    expect(auditActionWords('reprocess:skipped_duplicate', 'pt-BR')).toBe('Reprocessamento ignorado: já está no OMS');
    expect(auditActionWords('resolve:canceled_at_marketplace', 'es')).toBe('Resuelto: cancelado en el marketplace');
    expect(auditActionWords('reopen', 'en')).toBe('Reopened');
  });

  it('names an order by its marketplace id, not the mirror’s row id', () => {
    const words = auditRowWords(
      entry({
        action: 'reprocess:succeeded',
        before: { status: 'error', attempts: 2 },
        after: { status: 'success', attempts: 3, vtexOrderId: 'MKP-1' }
      }),
      'en',
      format
    );
    expect(words.object).toBe('Order LU-123');
    expect(words.object).not.toContain('159');
    expect(words.changes).toEqual(['Integration status: failed → integrated', 'Attempts: 2 → 3', 'VTEX order: not set → MKP-1']);
  });

  it('writes a fix’s before → after in the Admin’s words', () => {
    const words = auditRowWords(
      entry({
        action: 'fix:renew_price',
        entityType: 'price',
        entityId: '10088',
        before: [{ entity: 'price', entityId: '10088', field: 'fixedPrice[1].dateTo', value: '2026-03-15T23:59:59.000Z' }],
        after: [{ entity: 'price', entityId: '10088', field: 'fixedPrice[1].dateTo', value: '2027-03-15T23:59:59.000Z' }]
      }),
      'en',
      format
    );
    expect(words).toEqual({
      action: 'Fix: Renew the price',
      object: 'Price of SKU 10088',
      changes: ['Fixed price valid until, trade policy 1: Mar 15, 2026, 11:59 PM UTC → Mar 15, 2027, 11:59 PM UTC']
    });
  });

  it('says a resolution’s reason in words', () => {
    const words = auditRowWords(
      entry({
        action: 'resolve:duplicate',
        before: null,
        after: { reason: 'duplicate', note: null, resolvedAt: '2026-11-20T12:00:00.000Z', resolvedBy: 'Ana' }
      }),
      'pt-BR',
      format
    );
    expect(words.action).toBe('Resolvido: pedido duplicado');
    expect(words.changes).toEqual(['Motivo: não definido → pedido duplicado']);
  });
});
