import { describe, expect, it } from 'vitest';
import { customerFromPaste } from '../../../src/renderer/src/features/connected/customer-paste';

describe('the original payload an agent pastes to re-send from a masked copy', () => {
  const profile = { email: 'ana@example.com', phone: '+5511987654321', document: '529.982.247-25', firstName: 'Ana' };

  it('takes the customer fields from a whole New Order Integration payload or from its clientProfileData alone', () => {
    const expected = { email: 'ana@example.com', phone: '+5511987654321', document: '529.982.247-25' };
    expect(customerFromPaste(JSON.stringify({ marketplaceOrderId: '702-1', clientProfileData: profile }))).toEqual(expected);
    expect(customerFromPaste(JSON.stringify(profile))).toEqual(expected);
    expect(
      customerFromPaste(JSON.stringify({ clientProfileData: { ...profile, corporateDocument: ' 11.222.333/0001-81 ' } }))
    ).toEqual({
      ...expected,
      corporateDocument: '11.222.333/0001-81'
    });
  });

  it('says when the paste is not JSON or holds no customer field', () => {
    expect(customerFromPaste('document: 52998224725')).toBe('bad-json');
    expect(customerFromPaste(JSON.stringify({ clientProfileData: { firstName: 'Ana', email: '' } }))).toBe('no-customer');
    expect(customerFromPaste('42')).toBe('no-customer');
  });
});
