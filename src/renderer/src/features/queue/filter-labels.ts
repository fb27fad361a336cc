import type { FacetValue } from '../../../../shared/api/queue';
import type { CauseCode, ErrorType, NoCauseCode } from '../../../../shared/domain/error-types';
import type { Locale } from '../../i18n';
import { causeTitle, domainTexts, errorTypeTitle } from '../../i18n/domain/verdict';
import type { FacetField } from '../../stores/queue-store';

/** Outcome values the cause facet carries beside cause codes (orders with no cause to name). */
const OUTCOMES = new Set<string>(['no_cause_found', 'unexplained', 'insufficient_data'] satisfies NoCauseCode[]);

/** An id with the name the facet found for it ("AMZ · Amazon"); the id alone when none. */
const withName = (value: string, label: string | null | undefined) => (label ? `${value} · ${label}` : value);

/**
 * How a facet's value reads in the menu and in its chip. `known` are the facet's current values,
 * for the names of ids; a chosen value the counts no longer list still reads as its id.
 */
export function facetValueLabel(field: FacetField, value: string, locale: Locale, known: readonly FacetValue[] = []): string {
  switch (field) {
    case 'errorTypes':
      return errorTypeTitle(value as ErrorType, locale);
    case 'causes':
      return OUTCOMES.has(value)
        ? domainTexts(locale).outcomes[value as NoCauseCode].title
        : causeTitle(value as CauseCode, locale);
    case 'affiliates':
    case 'tradePolicies':
      return withName(value, known.find((facet) => facet.value === value)?.label);
  }
}

/** A calendar day in the agent's locale, for the date chips. */
export function formatDay(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}
