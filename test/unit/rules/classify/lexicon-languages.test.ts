import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../../src/main/core/rules/classify/features';
import { tokenise } from '../../../../src/main/core/rules/classify/normalise';

const concepts = (message: string): string[] => featuresOf(tokenise(message)).filter((feature) => feature.startsWith('c:'));

/**
 * Spanish negates after "no" ("SKU no activo" is an inactive SKU); English "no" before an
 * adjective says something is absent ("no active transaction"), which is not the same concept.
 */
describe('lexicon: Spanish negations do not swallow English wordings', () => {
  it.each(['SKU no activo', 'El producto no está activo', 'Documento no válido'])(
    'reads "%s" as inactive or invalid',
    (message) => {
      expect(concepts(message).some((concept) => concept === 'c:inactive' || concept === 'c:invalid')).toBe(true);
    }
  );

  it.each(['There is no active transaction for current payment', 'No activity recorded', 'No validation rule was configured'])(
    'does not read "%s" as inactive or invalid',
    (message) => {
      expect(concepts(message)).not.toContain('c:inactive');
      expect(concepts(message)).not.toContain('c:invalid');
    }
  );
});
