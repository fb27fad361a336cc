import { mod11CheckDigit } from '../rules/checks/documents';
import type { Random } from './random';

/**
 * Brazilian identifiers with real check digits (and deliberately wrong ones for the planted
 * invalid cases). The arithmetic is the rules engine's own, so the demo and the diagnosis agree.
 */

function withCheckDigits(body: string, maxWeight: number): string {
  const first = mod11CheckDigit(body, maxWeight);
  return body + String(first) + String(mod11CheckDigit(body + String(first), maxWeight));
}

/** A valid CPF, formatted "123.456.789-09". */
export function cpf(rng: Random): string {
  let body = rng.digits(9);
  if (/^(\d)\1*$/.test(body)) body = '123456789';
  return formatCpf(withCheckDigits(body, Number.POSITIVE_INFINITY));
}

/** A CPF whose second check digit is wrong. */
export function invalidCpf(rng: Random): string {
  const valid = cpf(rng).replace(/\D/g, '');
  return formatCpf(valid.slice(0, 10) + String((Number(valid[10]) + 3) % 10));
}

function formatCpf(digits: string): string {
  return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`;
}

/** A valid CNPJ of a head office ("/0001"), formatted "12.345.678/0001-95". */
export function cnpj(rng: Random): string {
  const digits = withCheckDigits(rng.digits(8) + '0001', 9);
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;
}

/** EAN-13 check digit: weights 1 and 3 alternating from the left, to the next multiple of ten. */
export function ean13CheckDigit(twelve: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** A Brazilian EAN-13 (GS1 prefix 789) unique per `serial` below 10^9. */
export function ean13(serial: number): string {
  const twelve = '789' + String(serial).padStart(9, '0');
  return twelve + String(ean13CheckDigit(twelve));
}

/**
 * An NF-e access key (44 digits: state, year-month, issuer CNPJ, model 55, series, number, emission
 * type, random code, check digit). `valid` false makes the check digit wrong.
 */
export function nfeKey(rng: Random, issuerCnpj: string, yearMonth: string, valid: boolean): string {
  const body = '35' + yearMonth + issuerCnpj.replace(/\D/g, '') + '55' + '001' + rng.digits(9) + '1' + rng.digits(8);
  const check = mod11CheckDigit(body, 9);
  return body + String(valid ? check : (check + 1) % 10);
}
