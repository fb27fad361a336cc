import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../../src/main/core/rules/classify';
import { featuresOf } from '../../../../src/main/core/rules/classify/features';
import { tokenise } from '../../../../src/main/core/rules/classify/normalise';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

const hasNoObject = (message: string): boolean => featuresOf(tokenise(message)).includes('g:noObject');

const pairsOf = (message: string): string[] =>
  featuresOf(tokenise(message))
    .filter((feature) => feature.startsWith('t:'))
    .sort();

describe('the model features of what went wrong with what', () => {
  it('pair each trouble concept with each object concept, the same in English, Portuguese and Spanish', () => {
    const english = pairsOf('This product cannot be delivered to the address provided.');
    expect(english).toContain('t:cannot+address');
    expect(english).toContain('t:cannot+deliver');
    expect(pairsOf('Este produto não pode ser entregue no endereço fornecido.')).toEqual(english);
    expect(pairsOf('Este producto no se puede entregar en la dirección proporcionada.')).toEqual(english);
    expect(pairsOf('SKU 2040 not found')).toEqual(pairsOf('SKU 2040 não encontrado'));
  });

  it('are none when the message names no trouble, or no object', () => {
    expect(pairsOf('Order 123 invoiced')).toEqual([]);
    expect(pairsOf('No file selected')).toEqual([]);
  });
});

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
