import type { PackageMeasure, PolicyLimits, PriceDivergenceRule } from '../../../../shared/domain/diagnosis';
import type { Locale } from '../index';
import { divergenceRuleWords, missingDataWords, packageLimitWords, packageWords, valueWords } from './data-words';
import { evidenceLabel } from './evidence-labels';
import type { InvalidReason } from './types';
import { domainTexts, type VerdictFormat } from './verdict';

export interface EvidenceFact {
  key: string;
  label: string;
  value: string;
  /** Ids and codes keep the monospace face; money, dates and words do not. */
  mono: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Fields whose string value is a code the agent reads in words. */
const CODED = new Set(['documentType', 'source', 'scope']);

type Formatted = { text: string; mono: boolean };

/** Fields that hold a structure: each said in words, never as JSON. */
function structured(key: string, value: unknown, evidence: Record<string, unknown>, locale: Locale): Formatted | null {
  switch (key) {
    case 'package':
      return { text: packageWords(value as PackageMeasure, locale), mono: false };
    case 'limits': {
      const pkg = evidence.package as PackageMeasure | undefined;
      if (!pkg) return null;
      return {
        text: (value as PolicyLimits[]).map((limit) => `${limit.name}: ${packageLimitWords(pkg, limit, locale)}`).join('; '),
        mono: false
      };
    }
    case 'matchedRule':
    case 'rule':
      return { text: divergenceRuleWords(value as PriceDivergenceRule, locale), mono: false };
    case 'missingFields':
      return { text: (value as string[]).map((field) => valueWords(field, locale)).join(', '), mono: false };
    case 'missing':
      return { text: missingDataWords(value as string[], locale).join(', '), mono: false };
    default:
      return null;
  }
}

function formatValue(
  key: string,
  value: unknown,
  evidence: Record<string, unknown>,
  locale: Locale,
  f: VerdictFormat
): Formatted {
  const special = structured(key, value, evidence, locale);
  if (special) return special;
  if (typeof value === 'number') {
    if (key.endsWith('Cents')) return { text: f.money(value), mono: false };
    if (key.endsWith('Percent') || key === 'percent') return { text: `${f.number(value)}%`, mono: false };
    return { text: f.number(value), mono: false };
  }
  if (typeof value === 'boolean') return { text: evidenceLabel(value ? 'yes' : 'no', locale), mono: false };
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return { text: f.date(value), mono: false };
    if (key === 'reason')
      return { text: domainTexts(locale).reasons[value as InvalidReason] ?? valueWords(value, locale), mono: false };
    if (CODED.has(key)) return { text: valueWords(value, locale), mono: false };
    return { text: value, mono: /Id$|^key$/.test(key) };
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string' || typeof item === 'number'))
      return { text: value.join(', '), mono: /Ids$/.test(key) };
    return { text: value.map((item) => formatValue(key, item, evidence, locale, f).text).join('; '), mono: false };
  }
  // Any other structure: its fields labelled in words, one after the other.
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== null && item !== undefined);
  return {
    text: entries
      .map(([name, item]) => `${evidenceLabel(name, locale)} ${formatValue(name, item, evidence, locale, f).text}`)
      .join(' · '),
    mono: false
  };
}

/**
 * A cause's evidence as labelled facts in the agent's language: money from cents, dates in the
 * locale, lists joined, codes and structures in words. Empty fields, and values the verdict sentence
 * already says, are left out.
 */
export function evidenceFacts(
  evidence: Record<string, unknown>,
  verdict: string,
  locale: Locale,
  format: VerdictFormat
): EvidenceFact[] {
  const facts: EvidenceFact[] = [];
  for (const [key, value] of Object.entries(evidence)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const { text, mono } = formatValue(key, value, evidence, locale, format);
    const scalar = typeof value === 'string' || typeof value === 'number';
    if ((scalar && verdict.includes(String(value))) || (text.length > 3 && verdict.includes(text))) continue;
    facts.push({ key, label: evidenceLabel(key, locale), value: text, mono });
  }
  return facts;
}
