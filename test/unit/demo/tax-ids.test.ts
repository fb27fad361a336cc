import { describe, expect, it } from 'vitest';
import { cnpjProblem, cpfProblem, invoiceKeyProblem } from '../../../src/main/core/rules/checks/documents';
import { Random, streamFor } from '../../../src/main/core/demo/random';
import { cnpj, cpf, ean13, ean13CheckDigit, invalidCpf, nfeKey } from '../../../src/main/core/demo/tax-ids';

describe('demo random stream', () => {
  it('repeats for a seed and differs between seeds and labels', () => {
    const draw = (rng: Random): number[] => Array.from({ length: 5 }, () => rng.int(0, 1_000_000));
    expect(draw(new Random(42))).toEqual(draw(new Random(42)));
    expect(draw(new Random(42))).not.toEqual(draw(new Random(43)));
    expect(draw(streamFor(42, 'store'))).not.toEqual(draw(streamFor(42, 'orders')));
  });

  it('stays within bounds and picks by weight', () => {
    const rng = new Random(1);
    const values = Array.from({ length: 1000 }, () => rng.int(3, 5));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(5);
    const heavy = Array.from({ length: 1000 }, () =>
      rng.weighted([
        { weight: 9, value: 'a' },
        { weight: 1, value: 'b' }
      ])
    ).filter((v) => v === 'a');
    expect(heavy.length).toBeGreaterThan(850);
  });
});

describe('demo tax ids', () => {
  it('makes CPFs and CNPJs whose check digits the rules accept', () => {
    const rng = new Random(5);
    for (let i = 0; i < 200; i++) {
      expect(cpfProblem(cpf(rng))).toBeNull();
      expect(cnpjProblem(cnpj(rng))).toBeNull();
      expect(cpfProblem(invalidCpf(rng))).toBe('check_digits');
    }
    expect(cpf(rng)).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    expect(cnpj(rng)).toMatch(/^\d{2}\.\d{3}\.\d{3}\/0001-\d{2}$/);
  });

  it('computes EAN-13 check digits', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('789100031550')).toBe(7);
    expect(ean13(12)).toMatch(/^789000000012\d$/);
  });

  it('makes NF-e keys of 44 digits, valid or with a wrong check digit', () => {
    const rng = new Random(9);
    const good = nfeKey(rng, '12.345.678/0001-95', '2611', true);
    expect(good).toMatch(/^\d{44}$/);
    expect(invoiceKeyProblem(good)).toBeNull();
    expect(invoiceKeyProblem(nfeKey(rng, '12.345.678/0001-95', '2611', false))?.reason).toBe('check_digit');
  });
});
