import { describe, expect, it } from 'vitest';
import { translate } from '../../../../src/renderer/src/i18n';

const hold = { warehouse: 'Principal', order: '702-0000000-0000001' };

describe('units a planned reprocess holds, in words', () => {
  it('names the units, the warehouse and the order holding them in en, pt-BR and es', () => {
    expect(translate('en', 'held.line', { n: 2, ...hold })).toBe(
      '2 units at Principal held by order 702-0000000-0000001’s planned reprocess'
    );
    expect(translate('en', 'held.line', { n: 1, ...hold })).toBe(
      '1 unit at Principal held by order 702-0000000-0000001’s planned reprocess'
    );
    expect(translate('pt-BR', 'held.line', { n: 2, ...hold })).toBe(
      '2 unidades em Principal reservadas pelo reprocessamento planejado do pedido 702-0000000-0000001'
    );
    expect(translate('es', 'held.line', { n: 1, ...hold })).toBe(
      '1 unidad en Principal retenida por el reprocesamiento planificado del pedido 702-0000000-0000001'
    );
    for (const locale of ['en', 'pt-BR', 'es'] as const) expect(translate(locale, 'held.note')).not.toMatch(/planned_holds|\{/);
  });
});
