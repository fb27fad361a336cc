import { describe, expect, it } from 'vitest';
import {
  cnpjProblem,
  cpfProblem,
  invoiceKeyProblem,
  maskDocument,
  maskPhone,
  mod11CheckDigit,
  phoneProblem
} from '../../../../src/main/core/rules/checks/documents';

// Check digits computed by hand (weights 10..2 / 11..2 for CPF; 5..2,9..2 / 6..2,9..2 for CNPJ).
describe('CPF', () => {
  it.each(['529.982.247-25', '12345678909', '390.533.447-05'])('accepts %s', (cpf) => expect(cpfProblem(cpf)).toBeNull());
  it('rejects a wrong check digit, a wrong length, repeated digits and an empty value', () => {
    expect(cpfProblem('529.982.247-26')).toBe('check_digits');
    expect(cpfProblem('12345678919')).toBe('check_digits');
    expect(cpfProblem('5299822472')).toBe('length');
    expect(cpfProblem('111.111.111-11')).toBe('repeated_digits');
    expect(cpfProblem('  ')).toBe('empty');
  });
});

describe('CNPJ', () => {
  it.each(['11.222.333/0001-81', '12345678000195'])('accepts %s', (cnpj) => expect(cnpjProblem(cnpj)).toBeNull());
  it('rejects wrong check digits, lengths and repeated digits', () => {
    expect(cnpjProblem('11.222.333/0001-80')).toBe('check_digits');
    expect(cnpjProblem('1122233300018')).toBe('length');
    expect(cnpjProblem('00000000000000')).toBe('repeated_digits');
  });
});

describe('NF-e access key', () => {
  const valid = '35231111222333000181550010000123451123456782';
  it('accepts keys whose 44th digit is the modulo-11 check digit', () => {
    expect(invoiceKeyProblem(valid)).toBeNull();
    expect(invoiceKeyProblem('4123 1012 3456 7800 0195 5500 2000 0009 8718 7654 3217')).toBeNull();
  });
  it('rejects a wrong check digit, naming the expected one', () => {
    expect(invoiceKeyProblem(valid.slice(0, 43) + '3')).toEqual({ reason: 'check_digit', expectedCheckDigit: 2 });
  });
  it('rejects other lengths and non-digits', () => {
    expect(invoiceKeyProblem(valid.slice(0, 43))).toEqual({ reason: 'length', expectedCheckDigit: null });
    expect(invoiceKeyProblem(valid.slice(0, 43) + 'X')).toEqual({ reason: 'not_digits', expectedCheckDigit: null });
  });
  it('gives 0 when the remainder is 0 or 1', () => {
    // 1×2 = 2 → 9; 1×6 (fifth from the right) → 5; 1×2 (weights cycle 2..9, 9th digit) → 9;
    // 6×2 = 12 → remainder 1 → 0; all zeros → remainder 0 → 0
    expect(mod11CheckDigit('1', 9)).toBe(9);
    expect(mod11CheckDigit('10000', 9)).toBe(5);
    expect(mod11CheckDigit('100000000', 9)).toBe(9);
    expect(mod11CheckDigit('6', 9)).toBe(0);
    expect(mod11CheckDigit('0000000000', 9)).toBe(0);
  });
});

describe('phones', () => {
  it.each(['+55 11 98765-4321', '(11) 98765-4321', '1133334444', '005511987654321', '011987654321', '551133334444'])(
    'accepts the Brazilian number %s',
    (phone) => expect(phoneProblem(phone, true)).toBeNull()
  );
  it('rejects short, long, empty and zero-area-code Brazilian numbers', () => {
    expect(phoneProblem('98765-4321', true)).toBe('length');
    expect(phoneProblem('+55 11 98765-43210', true)).toBe('length');
    expect(phoneProblem(null, true)).toBe('empty');
    expect(phoneProblem('(10) 98765-4321', true)).toBe('area_code');
  });
  it('accepts 7–15 digits outside Brazil', () => {
    expect(phoneProblem('+54 11 4321-0000', false)).toBeNull();
    expect(phoneProblem('12345', false)).toBe('length');
  });
});

describe('masking', () => {
  it('keeps the middle of a CPF and CNPJ and the tail of anything else', () => {
    expect(maskDocument('123.456.789-09')).toBe('***.456.789-**');
    expect(maskDocument('12345678000195')).toBe('**.345.678/0001-**');
    expect(maskDocument('AB1234')).toBe('***234');
    expect(maskPhone('+55 11 98765-4321')).toBe('*********4321');
  });
});
