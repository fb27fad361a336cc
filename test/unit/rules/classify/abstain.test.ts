import { describe, expect, it } from 'vitest';
import { classify, createClassifier } from '../../../../src/main/core/rules/classify';
import { storefrontOnlyCue } from '../../../../src/main/core/rules/classify/abstain';
import { CORPUS } from '../../../../src/main/core/rules/classify/corpus';
import { tokenise } from '../../../../src/main/core/rules/classify/normalise';

/** A gateway's verdict on a shopper's payment: the store's checkout, no integration check applies. */
const GATEWAY_VERDICTS = [
  'Payment cannot be authorized',
  'Your payment has not been authorized',
  'The following payment was denied: 123456',
  'Transação negada. Tente novamente mais tarde.',
  'Pagamento recusado pela operadora',
  'El pago fue rechazado',
  'Transaction declined'
];

/** Payment messages that do name what is wrong with the payment's data or value, or another type. */
const STILL_TYPED = [
  ['Seu pagamento não foi autorizado. Falha ao enviar os dados de pagamento.', 'payment_data_invalid'],
  ['Payment value is missing', 'payment_data_invalid'],
  ['Payment Transaction was not created. Reason: 42', 'payment_data_invalid'],
  ['Access denied', 'connector_account'],
  ['The caller is not authorized to access this resource.', 'connector_account']
] as const;

describe('classify: storefront-only wordings abstain', () => {
  it.each(GATEWAY_VERDICTS)('reads "%s" as unclassified', (message) => {
    expect(classify(message)).toEqual({ errorType: 'unclassified', confidence: 0, matched: [] });
  });

  it('abstains whatever the model learned, so a type trained on the words cannot win', () => {
    const trained = createClassifier({
      cacheSize: 0,
      training: [{ message: 'Payment cannot be authorized', errorType: 'payment_data_invalid' }]
    });
    expect(trained('Payment cannot be authorized').errorType).toBe('unclassified');
  });

  it.each(STILL_TYPED)('still reads "%s" as %s', (message, errorType) => {
    expect(classify(message).errorType).toBe(errorType);
  });

  it('fires on no corpus message labelled with a type', () => {
    const typed = CORPUS.filter((entry) => entry.errorType !== 'unclassified');
    expect(typed.length).toBeGreaterThan(1000);
    expect(
      typed.filter((entry) => storefrontOnlyCue(tokenise(entry.message)) !== undefined).map((entry) => entry.message)
    ).toEqual([]);
  });
});
