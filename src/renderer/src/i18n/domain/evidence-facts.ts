import type { Locale } from '../index';
import { evidenceLabel } from './evidence-labels';
import type { VerdictFormat } from './verdict';

export interface EvidenceFact {
  key: string;
  label: string;
  value: string;
  /** Ids and codes keep the monospace face; money, dates and words do not. */
  mono: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function formatValue(key: string, value: unknown, locale: Locale, f: VerdictFormat): { text: string; mono: boolean } {
  if (typeof value === 'number') return key.endsWith('Cents') ? { text: f.money(value), mono: false } : { text: f.number(value), mono: false };
  if (typeof value === 'boolean') return { text: evidenceLabel(value ? 'yes' : 'no', locale), mono: false };
  if (typeof value === 'string') return ISO_DATE.test(value) ? { text: f.date(value), mono: false } : { text: value, mono: /Id$|^key$/.test(key) };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return { text: value.join(', '), mono: /Ids$/.test(key) };
  return { text: JSON.stringify(value), mono: true };
}

/**
 * A cause's evidence as labelled facts in the agent's language: money from cents, dates in the
 * locale, lists joined. Empty fields, and values the verdict sentence already says, are left out.
 */
export function evidenceFacts(evidence: Record<string, unknown>, verdict: string, locale: Locale, format: VerdictFormat): EvidenceFact[] {
  const facts: EvidenceFact[] = [];
  for (const [key, value] of Object.entries(evidence)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const { text, mono } = formatValue(key, value, locale, format);
    if ((typeof value === 'string' || typeof value === 'number') && (verdict.includes(String(value)) || verdict.includes(text))) continue;
    facts.push({ key, label: evidenceLabel(key, locale), value: text, mono });
  }
  return facts;
}
