import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../../src/main/core/rules/classify';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

/** Words no rule signal names, so only the model can read them. */
const TRAINING: ReadonlyArray<{ message: string; errorType: ErrorType }> = [
  { message: 'Zorblax frobnication failed on the gateway', errorType: 'platform_error' },
  { message: 'Falha de frobnication zorblax', errorType: 'platform_error' },
  { message: 'Quibbleton mismatch on the wibble', errorType: 'listing_rejected' },
  { message: 'Wibble quibbleton rejected', errorType: 'listing_rejected' }
];

describe('createClassifier: the learned model', () => {
  it('reads wordings no rule knows from the messages it was trained on, and shows the words that decided', () => {
    const trained = createClassifier({ training: TRAINING });
    const reading = trained('Zorblax frobnication failed again');
    expect(reading.errorType).toBe('platform_error');
    expect(reading.confidence).toBeGreaterThan(0);
    expect(reading.matched.join(' ')).toMatch(/zorblax|frobnication/);
    expect(trained('The quibbleton of the wibble is wrong').errorType).toBe('listing_rejected');
  });

  it('leaves those wordings unclassified without that training', () => {
    expect(createClassifier({ training: [] })('Zorblax frobnication failed again').errorType).toBe('unclassified');
  });

  it('names no type on known words alone when the message reports no trouble', () => {
    const trained = createClassifier({ training: TRAINING });
    expect(trained('Zorblax frobnication done').errorType).toBe('unclassified');
  });

  it('lets a decisive rule phrase stand against a model trained the other way', () => {
    const contrary = createClassifier({
      training: [{ message: 'Pedido duplicado no marketplace', errorType: 'platform_error' }]
    });
    expect(contrary('Pedido duplicado').errorType).toBe('duplicate_order');
  });

  it('answers the same every time it is built from the same messages', () => {
    const messages = ['Zorblax frobnication failed', 'Wibble rejected', 'SKU 55 inativo', 'Timeout'];
    const first = createClassifier({ training: TRAINING, cacheSize: 0 });
    const second = createClassifier({ training: [...TRAINING].reverse(), cacheSize: 0 });
    expect(messages.map((message) => second(message))).toEqual(messages.map((message) => first(message)));
  });
});
