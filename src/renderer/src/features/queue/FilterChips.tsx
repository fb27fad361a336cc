import { useT } from '../../i18n/use-t';
import { FACET_FIELDS, useQueueStore, type QueueFilterState } from '../../stores/queue-store';
import { facetValueLabel, formatDay } from './filter-labels';

const FACET_TITLE_KEYS = {
  errorTypes: 'queue.facet.errorType',
  causes: 'queue.facet.cause',
  affiliates: 'queue.facet.marketplace',
  tradePolicies: 'queue.facet.tradePolicy'
} as const;

interface Chip {
  key: string;
  title: string | null;
  text: string;
  remove: Partial<QueueFilterState>;
}

/** Every active filter value as a chip naming it: which values narrow the list is never hidden behind a count. */
export function FilterChips() {
  const { t, locale } = useT();
  const { filter, facets, setFilter, clearFilters } = useQueueStore();
  const chips: Chip[] = [];
  for (const field of FACET_FIELDS) {
    for (const value of filter[field]) {
      chips.push({
        key: `${field}:${value}`,
        title: t(FACET_TITLE_KEYS[field]),
        text: facetValueLabel(field, value, locale, facets?.[field]),
        remove: { [field]: filter[field].filter((other) => other !== value) }
      });
    }
  }
  if (filter.from)
    chips.push({
      key: 'from',
      title: null,
      text: t('loop.chip.from', { date: formatDay(locale, filter.from) }),
      remove: { from: undefined }
    });
  if (filter.to)
    chips.push({
      key: 'to',
      title: null,
      text: t('loop.chip.to', { date: formatDay(locale, filter.to) }),
      remove: { to: undefined }
    });
  if (filter.search)
    chips.push({
      key: 'search',
      title: t('queue.search'),
      text: t('loop.chip.search', { value: filter.search }),
      remove: { search: '' }
    });
  if (chips.length === 0) return null;

  return (
    <div className="filter-chips" role="list" aria-label={t('loop.chips')} data-testid="filter-chips">
      {chips.map((chip) => (
        <span key={chip.key} className="filter-chip" role="listitem" data-testid="filter-chip">
          {chip.title && <span className="filter-chip-title">{chip.title}:</span>}
          <span className="filter-chip-text">{chip.text}</span>
          <button
            type="button"
            className="filter-chip-remove"
            aria-label={t('loop.chip.remove', { value: chip.text })}
            onClick={() => void setFilter(chip.remove)}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="button button-quiet" onClick={() => void clearFilters()}>
        {t('queue.clear')}
      </button>
    </div>
  );
}
