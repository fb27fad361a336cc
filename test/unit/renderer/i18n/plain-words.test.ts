import { describe, expect, it } from 'vitest';
import type { PolicyLimits } from '../../../../src/shared/domain/diagnosis';
import { formatDateTime, formatDuration, formatLength, formatWeight } from '../../../../src/renderer/src/i18n';
import {
  divergenceRuleWords,
  missingDataWords,
  packageLimitWords,
  packageWords,
  valueWords
} from '../../../../src/renderer/src/i18n/domain/data-words';
import { evidenceFacts } from '../../../../src/renderer/src/i18n/domain/evidence-facts';

const format = {
  money: (c: number) => `R$ ${(c / 100).toFixed(2)}`,
  number: (n: number) => String(n),
  date: (iso: string) => iso.slice(0, 10)
};
const pkg = { weightGrams: 45_000, largestMeasureCm: 120, measureSumCm: 200 };
const limit = (over: Partial<PolicyLimits>): PolicyLimits => ({
  shippingPolicyId: 'sp1',
  name: 'Correios PAC',
  weightRanges: [[0, 30_000]],
  largestMeasure: 100,
  maxMeasureSum: 150,
  reason: 'weight_over_limit',
  ...over
});

describe('durations, weights and lengths in the agent’s locale', () => {
  it('says a VTEX estimate in days and hours, never as a TimeSpan', () => {
    expect(formatDuration('en', 4 * 86_400)).toBe('4 days');
    expect(formatDuration('pt-BR', 4 * 86_400)).toBe('4 dias');
    expect(formatDuration('es', 86_400 + 8 * 3_600)).toBe('1 día 8 horas');
    expect(formatDuration('en', 45 * 60)).toBe('45 minutes');
  });

  it('weighs in kilograms and measures in centimetres with the locale’s decimal mark', () => {
    expect(formatWeight('en', 45_000)).toBe('45 kg');
    expect(formatWeight('pt-BR', 250)).toBe('0,25 kg');
    expect(formatLength('es', 120)).toBe('120 cm');
  });

  // A price ending 23:59 −03:00 read in a UTC browser showed "2:59 AM" of the next day, its zone unsaid.
  it('writes an instant with its zone, the same instant as each zone reads it', () => {
    const end = '2026-11-16T02:59:59.000Z'; // 2026-11-15T23:59:59-03:00
    expect(formatDateTime('en', end, 'America/Sao_Paulo')).toBe('Nov 15, 2026, 11:59 PM GMT-3');
    expect(formatDateTime('en', end, 'UTC')).toBe('Nov 16, 2026, 2:59 AM UTC');
    expect(formatDateTime('pt-BR', end, 'America/Sao_Paulo')).toBe('15 de nov. de 2026, 23:59 BRT');
    expect(formatDateTime('es', end, 'UTC')).toBe('16 nov 2026, 2:59 UTC');
  });
});

describe('package limits in words', () => {
  it('sets the weight against the heaviest band the policy covers', () => {
    expect(packageLimitWords(pkg, limit({}), 'en')).toBe('45 kg, limit 30 kg');
    expect(packageLimitWords(pkg, limit({}), 'pt-BR')).toBe('45 kg, limite 30 kg');
  });

  it('names the minimum for a package too light, and the side or sum over its limit', () => {
    expect(
      packageLimitWords(
        { ...pkg, weightGrams: 100 },
        limit({ reason: 'weight_under_limit', weightRanges: [[500, 30_000]] }),
        'en'
      )
    ).toBe('0.1 kg, minimum 0.5 kg');
    expect(packageLimitWords(pkg, limit({ reason: 'size_over_limit' }), 'en')).toBe('largest side 120 cm, limit 100 cm');
    expect(packageLimitWords(pkg, limit({ reason: 'size_over_limit', largestMeasure: null }), 'es')).toBe(
      'suma de los lados 200 cm, límite 150 cm'
    );
  });

  it('describes the package itself, to the hundredth of a kilogram', () => {
    expect(packageWords(pkg, 'en')).toBe('45 kg · largest side 120 cm · sum of sides 200 cm');
    expect(packageWords({ ...pkg, weightGrams: 62_005 }, 'pt-BR')).toBe('62,01 kg · maior lado 120 cm · soma dos lados 200 cm');
  });

  it('leaves out a structure the verdict sentence already says', () => {
    const verdict = `The package (${packageWords(pkg, 'en')}) to CEP 01310100 is outside the limits`;
    expect(evidenceFacts({ package: pkg, skuIds: ['10227'] }, verdict, 'en', format).map((fact) => fact.key)).toEqual(['skuIds']);
  });
});

describe('codes in words', () => {
  it('names what the mirror lacks and the address fields missing', () => {
    expect(missingDataWords(['shipping-policies', 'order.marketplaceOrderStatus'], 'en')).toEqual([
      'shipping policies',
      "the order's status at the marketplace"
    ]);
    expect(valueWords('postalCode', 'pt-BR')).toBe('CEP');
    expect(divergenceRuleWords({ from: 5, to: 12, action: 'authorize' }, 'es')).toBe('5–12% · autorizar automáticamente');
  });
});

describe('evidence facts never show a structure as JSON or a field as its key', () => {
  it('says the package, the limits, the matched rule and coded values in words', () => {
    const facts = evidenceFacts(
      {
        package: pkg,
        limits: [limit({})],
        matchedRule: { from: 0, to: 5, action: 'approval' },
        documentType: 'cpf',
        reason: 'check_digits',
        priceRecordsImported: 3
      },
      '',
      'en',
      format
    );
    const text = facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n');
    expect(text).not.toMatch(/\{|"|[a-z][A-Z]/);
    expect(facts.find((fact) => fact.key === 'limits')?.value).toBe('Correios PAC: 45 kg, limit 30 kg');
    expect(facts.find((fact) => fact.key === 'matchedRule')?.value).toBe('0–5% · task for approval');
    expect(facts.find((fact) => fact.key === 'documentType')?.value).toBe('CPF');
    expect(facts.find((fact) => fact.key === 'priceRecordsImported')?.label).toBe('Price records imported');
  });

  it('spells out an unlabelled field and an unknown structure', () => {
    const [fact] = evidenceFacts({ someNewThing: { fooCents: 1990, startsAt: '2026-01-02T00:00:00Z' } }, '', 'en', format);
    expect(fact.label).toBe('some new thing');
    expect(fact.value).toBe('foo R$ 19.90 · starts at 2026-01-02');
  });
});
