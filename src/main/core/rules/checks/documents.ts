import type { CauseEvidence } from '../../../../shared/domain/diagnosis';
import type { CustomerProfile, CustomerVerdicts } from '../../../../shared/domain/model';

/**
 * Brazilian document arithmetic: CPF, CNPJ and NF-e access keys all end in modulo-11 check digits.
 * Pure functions on text; they accept punctuation ("123.456.789-09") and judge only the digits.
 *
 * The customer checks read a stored verdict when the mirror keeps personal data minimised (LGPD):
 * the import takes it from the clear values with these same functions, then keeps only masks.
 */

/** The digits of a value, dropping punctuation and spaces. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Modulo-11 check digit over `digits`, weighting from the right 2, 3, … up to `maxWeight` then back
 * to 2; a remainder of 0 or 1 gives 0.
 */
export function mod11CheckDigit(digits: string, maxWeight: number): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += Number(digits[i]) * weight;
    weight = weight === maxWeight ? 2 : weight + 1;
  }
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

export type DocumentProblem = 'empty' | 'length' | 'check_digits' | 'repeated_digits';

function checkTaxId(value: string, length: number, maxWeight: number): DocumentProblem | null {
  const digits = digitsOf(value);
  if (digits.length === 0) return 'empty';
  if (digits.length !== length) return 'length';
  // All-equal numbers (000.000.000-00, 111…) pass the arithmetic but are never issued.
  if (/^(\d)\1*$/.test(digits)) return 'repeated_digits';
  const first = mod11CheckDigit(digits.slice(0, length - 2), maxWeight);
  const second = mod11CheckDigit(digits.slice(0, length - 2) + String(first), maxWeight);
  return digits.endsWith(`${first}${second}`) ? null : 'check_digits';
}

/** Why a CPF (11 digits, weights 2..11 from the right) is invalid, or null when it is valid. */
export function cpfProblem(value: string): DocumentProblem | null {
  return checkTaxId(value, 11, Number.POSITIVE_INFINITY);
}

/** Why a CNPJ (14 digits, weights 2..9 cycling from the right) is invalid, or null when it is valid. */
export function cnpjProblem(value: string): DocumentProblem | null {
  return checkTaxId(value, 14, 9);
}

export type InvoiceKeyProblem = { reason: 'length' | 'not_digits' | 'check_digit'; expectedCheckDigit: number | null };

/**
 * Why an NF-e access key is invalid, or null: it must be 44 digits (spaces allowed between groups)
 * whose last is the modulo-11 check digit of the first 43, weights 2..9 cycling from the right.
 */
export function invoiceKeyProblem(key: string): InvoiceKeyProblem | null {
  const compact = key.replace(/\s/g, '');
  if (!/^\d*$/.test(compact)) return { reason: 'not_digits', expectedCheckDigit: null };
  if (compact.length !== 44) return { reason: 'length', expectedCheckDigit: null };
  const expected = mod11CheckDigit(compact.slice(0, 43), 9);
  return Number(compact[43]) === expected ? null : { reason: 'check_digit', expectedCheckDigit: expected };
}

export type PhoneProblem = 'empty' | 'length' | 'area_code';

/**
 * Why a phone is not a valid number, or null. Brazil: after dropping an international prefix
 * ("+", "00"), the country code 55 (when 12–13 digits remain) and a trunk "0", the national number is
 * 10 digits (landline: area code + 8) or 11 (mobile: area code + 9 + 8) with an area code of two
 * non-zero digits. Elsewhere: 7–15 digits (the E.164 bounds).
 */
export function phoneProblem(value: string | null, brazilian: boolean): PhoneProblem | null {
  let digits = digitsOf(value ?? '');
  if (digits.length === 0) return 'empty';
  if (!brazilian) return digits.length >= 7 && digits.length <= 15 ? null : 'length';
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('55') && (digits.length === 12 || digits.length === 13)) digits = digits.slice(2);
  if (digits.startsWith('0')) digits = digits.slice(1);
  if (digits.length !== 10 && digits.length !== 11) return 'length';
  return /^[1-9][1-9]/.test(digits) ? null : 'area_code';
}

/** A value masked by the functions below: they leave it as it is, so masking twice changes nothing. */
function isMasked(value: string): boolean {
  return value.includes('*');
}

/**
 * Masks a document for evidence, keeping the middle digits that identify it to an agent without
 * exposing it: CPF "***.456.789-**", CNPJ "**.345.678/0001-**", anything else all but its last 3.
 */
export function maskDocument(value: string): string {
  if (isMasked(value)) return value;
  const digits = digitsOf(value);
  if (digits.length === 11) return `***.${digits.slice(3, 6)}.${digits.slice(6, 9)}-**`;
  if (digits.length === 14) return `**.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-**`;
  return maskTail(value.trim(), 3);
}

/** A phone with only its last 4 digits shown. */
export function maskPhone(value: string): string {
  if (isMasked(value)) return value;
  return maskTail(digitsOf(value), 4);
}

/** An e-mail with the first letter of its name and of its domain shown: "j***@g***.com". */
export function maskEmail(value: string): string {
  if (isMasked(value)) return value;
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (at < 0) return text === '' ? '' : `${text[0]}***`;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.');
  const suffix = dot < 0 ? '' : domain.slice(dot);
  return `${text.slice(0, 1)}***@${domain.slice(0, 1)}***${suffix}`;
}

function maskTail(value: string, keep: number): string {
  if (value.length <= keep) return '*'.repeat(value.length);
  return '*'.repeat(value.length - keep) + value.slice(-keep);
}

type DocumentEvidence = CauseEvidence['customer_document_invalid'];
type PhoneEvidence = CauseEvidence['customer_phone_invalid'];

/** Brazilian rules apply when the address is in Brazil or names no country (the connectors here are Brazilian marketplaces). */
export function isBrazilianAddress(country: string | null | undefined): boolean {
  return (country?.trim().toUpperCase() || 'BRA') === 'BRA';
}

/** The document judged: a corporate buyer's CNPJ, else the customer's document (CPF/CNPJ). */
function judgedDocument(customer: CustomerProfile): string {
  const corporate = customer.isCorporate && customer.corporateDocument ? customer.corporateDocument : null;
  return corporate ?? customer.document ?? '';
}

function documentVerdict(customer: CustomerProfile, brazilian: boolean): CustomerVerdicts['document'] {
  const value = judgedDocument(customer);
  if (!brazilian) return value.trim() === '' ? { documentType: 'other', reason: 'empty' } : null;
  const declared = (customer.documentType ?? '').trim().toLowerCase();
  const corporate = customer.isCorporate && customer.corporateDocument !== null && customer.corporateDocument !== '';
  const isCnpj = corporate || declared === 'cnpj' || (declared !== 'cpf' && digitsOf(value).length === 14);
  const reason = isCnpj ? cnpjProblem(value) : cpfProblem(value);
  return reason ? { documentType: isCnpj ? 'cnpj' : 'cpf', reason } : null;
}

/**
 * The verdicts of the customer checks from the clear values; the import stores them when it masks
 * the values. Which document: a corporate buyer's CNPJ; else the document as its type says, or by
 * its length (14 digits → CNPJ, otherwise CPF). Outside Brazil only an empty document is reported.
 */
export function customerVerdicts(customer: CustomerProfile, brazilian: boolean): CustomerVerdicts {
  return { document: documentVerdict(customer, brazilian), phone: phoneProblem(customer.phone, brazilian) };
}

/** The customer's document as a finding's evidence, or null when it passes (from the stored verdict when there is one). */
export function customerDocumentFinding(customer: CustomerProfile, brazilian: boolean): DocumentEvidence | null {
  const verdict = customer.verdicts ? customer.verdicts.document : documentVerdict(customer, brazilian);
  if (!verdict) return null;
  const value = judgedDocument(customer);
  return { maskedDocument: value.trim() === '' ? null : maskDocument(value), ...verdict };
}

/** The customer's phone as a finding's evidence, or null when it passes (from the stored verdict when there is one). */
export function customerPhoneFinding(customer: CustomerProfile, brazilian: boolean): PhoneEvidence | null {
  const reason = customer.verdicts ? customer.verdicts.phone : phoneProblem(customer.phone, brazilian);
  return reason ? { maskedPhone: customer.phone ? maskPhone(customer.phone) : null, reason } : null;
}
