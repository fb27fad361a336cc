import { describe, expect, it } from 'vitest';
import { dayOrderOf } from '../../../src/renderer/src/i18n';

describe('the desk’s date field follows the desk’s language, not the browser’s', () => {
  it('reads days as dd/mm in pt-BR and es, mm/dd in English', () => {
    expect(dayOrderOf('pt-BR')).toBe('dmy');
    expect(dayOrderOf('es')).toBe('dmy');
    expect(dayOrderOf('en')).toBe('mdy');
  });
});
