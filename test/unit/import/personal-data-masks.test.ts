import { describe, expect, it } from 'vitest';
import type { CustomerProfile } from '../../../src/shared/domain/model';
import {
  customerDocumentFinding,
  customerPhoneFinding,
  customerVerdicts,
  maskDocument,
  maskEmail,
  maskPhone
} from '../../../src/main/core/rules/checks/documents';

const customer = (over: Partial<CustomerProfile>): CustomerProfile => ({
  email: null,
  firstName: null,
  lastName: null,
  phone: null,
  document: null,
  documentType: null,
  isCorporate: false,
  corporateDocument: null,
  ...over
});

describe('masks for personal data kept in the mirror', () => {
  it('shows the first letters of an e-mail’s name and domain', () => {
    expect(maskEmail('joao.silva@gmail.com')).toBe('j***@g***.com');
    expect(maskEmail('ana@loja.com.br')).toBe('a***@l***.com.br');
    expect(maskEmail('no-at-sign')).toBe('n***');
  });

  it('leaves a masked value as it is, so a masked mirror shows the same mask again', () => {
    for (const mask of [maskDocument, maskPhone, maskEmail]) {
      const once = mask(mask === maskEmail ? 'ana@example.com' : '529.982.247-25');
      expect(mask(once)).toBe(once);
    }
  });
});

describe('the customer checks from a verdict stored at import', () => {
  const cases: CustomerProfile[] = [
    customer({ document: '529.982.247-25', phone: '+55 11 98765-4321' }),
    customer({ document: '529.982.247-24', phone: '11 8765' }),
    customer({ document: '111.111.111-11', documentType: 'cpf', phone: '+55 01 98765-4321' }),
    customer({ isCorporate: true, corporateDocument: '11.222.333/0001-80', document: '529.982.247-25' }),
    customer({ document: '' })
  ];

  it('gives the same finding as the clear values, in Brazil and elsewhere', () => {
    for (const brazilian of [true, false]) {
      for (const clear of cases) {
        const minimised: CustomerProfile = {
          ...clear,
          document: clear.document === null ? null : maskDocument(clear.document),
          corporateDocument: clear.corporateDocument === null ? null : maskDocument(clear.corporateDocument),
          phone: clear.phone === null ? null : maskPhone(clear.phone),
          verdicts: customerVerdicts(clear, brazilian)
        };
        expect(customerDocumentFinding(minimised, brazilian)).toEqual(customerDocumentFinding(clear, brazilian));
        expect(customerPhoneFinding(minimised, brazilian)).toEqual(customerPhoneFinding(clear, brazilian));
      }
    }
    // Not vacuous: the cases hold invalid documents and phones.
    expect(cases.map((c) => customerDocumentFinding(c, true)?.reason)).toEqual([
      undefined,
      'check_digits',
      'repeated_digits',
      'check_digits',
      'empty'
    ]);
  });

  it('trusts the verdict, not the masked digits', () => {
    const masked = customer({ document: '***.982.247-**', verdicts: { document: null, phone: null } });
    expect(customerDocumentFinding(masked, true)).toBeNull();
  });
});
