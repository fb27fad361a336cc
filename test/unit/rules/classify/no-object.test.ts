import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../../src/main/core/rules/classify';
import { featuresOf } from '../../../../src/main/core/rules/classify/features';
import { tokenise } from '../../../../src/main/core/rules/classify/normalise';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

const hasNoObject = (message: string): boolean => featuresOf(tokenise(message)).includes('g:noObject');

describe('the model feature of a message that names no thing of the domain', () => {
  it('is read from messages that name no order, item, stock, price, payment, listing or account', () => {
    expect(hasNoObject('No file selected')).toBe(true);
    expect(hasNoObject('Nenhum arquivo selecionado')).toBe(true);
    expect(hasNoObject('Nonce verification failed')).toBe(true);
    expect(hasNoObject('SKU 2040 not found')).toBe(false);
    expect(hasNoObject('Pedido 123 cancelado no marketplace')).toBe(false);
    expect(hasNoObject('Token expirado')).toBe(false);
  });

  it("is never shown as the evidence of a model reading: only the message's own words are", () => {
    // Words no rule signal names, so the model alone names the type; only the listing messages name an order.
    const training: ReadonlyArray<{ message: string; errorType: ErrorType }> = [
      { message: 'Zorblax frobnication failed on the gateway', errorType: 'platform_error' },
      { message: 'Falha de frobnication zorblax', errorType: 'platform_error' },
      { message: 'Quibbleton mismatch on the order wibble', errorType: 'listing_rejected' },
      { message: 'Order wibble quibbleton rejected', errorType: 'listing_rejected' }
    ];
    const reading = createClassifier({ training, cacheSize: 0 })('Zorblax failed');
    expect(reading.errorType).toBe('platform_error');
    expect(reading.matched).toContain('"zorblax"');
    expect(reading.matched.join(' ')).not.toMatch(/noObject/);
  });
});
