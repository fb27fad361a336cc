import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { FACET_FIELDS, useQueueStore, type FacetField } from '../../stores/queue-store';
import { DatesMenu } from './DatesMenu';
import { FacetMenu } from './FacetMenu';
import { facetValueLabel } from './filter-labels';
import { StateSwitch } from './StateSwitch';
import './filter-bar.css';

const FACETS: Record<
  FacetField,
  {
    testId: string;
    labelKey: 'queue.facet.errorType' | 'queue.facet.cause' | 'queue.facet.marketplace' | 'queue.facet.tradePolicy';
  }
> = {
  errorTypes: { testId: 'facet-error-type', labelKey: 'queue.facet.errorType' },
  causes: { testId: 'facet-cause', labelKey: 'queue.facet.cause' },
  affiliates: { testId: 'facet-marketplace', labelKey: 'queue.facet.marketplace' },
  tradePolicies: { testId: 'facet-trade-policy', labelKey: 'queue.facet.tradePolicy' }
};

/**
 * The filter bar: state, search `/` and sort, then the facets with counts and the dates, on one line
 * when the screen is wide and on two below that (filter-bar.css); the active values show as removable
 * chips in the queue's header (FilterChips).
 */
export function FilterBar() {
  const { t, locale } = useT();
  const { filter, facets, sort, setFilter, toggleFacet, setSort } = useQueueStore();
  const [search, setSearch] = useState(filter.search);
  const searchBox = useRef<HTMLInputElement>(null);

  // What the box last sent: a search set elsewhere (the restored last filter, a chip removed) shows
  // in the box, while the box's own answer arriving late does not undo letters typed since.
  const sent = useRef(filter.search);
  useEffect(() => {
    if (filter.search === sent.current) return;
    sent.current = filter.search;
    setSearch(filter.search);
  }, [filter.search]);

  // Typing waits a moment before querying, so a word is one query, not one per letter.
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => {
      sent.current = search;
      void setFilter({ search });
    }, 250);
    return () => clearTimeout(timer);
  }, [search, filter.search, setFilter]);

  useEffect(() => {
    const focusSearch = () => searchBox.current?.focus();
    window.addEventListener('desk:focus-search', focusSearch);
    return () => window.removeEventListener('desk:focus-search', focusSearch);
  }, []);

  return (
    <div className="filter-bar" role="search" data-testid="filter-bar">
      <StateSwitch />
      <input
        ref={searchBox}
        className="input search-input"
        type="search"
        value={search}
        placeholder={t('queue.searchPlaceholder')}
        title={t('queue.searchHint')}
        aria-label={t('queue.search')}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // Esc leaves the box and keeps the search (Chromium clears a search input on Esc by default),
          // applying it now so j/Enter act on the filtered list.
          if (event.key === 'Escape') {
            event.preventDefault();
            if (search !== filter.search) {
              sent.current = search;
              void setFilter({ search });
            }
            (event.target as HTMLInputElement).blur();
          }
        }}
      />
      <select
        className="input sort-select"
        aria-label={t('queue.sort')}
        value={`${sort.by}:${sort.direction}`}
        onChange={(event) => {
          const [by, direction] = event.target.value.split(':') as ['age' | 'value' | 'date', 'asc' | 'desc'];
          void setSort({ by, direction });
        }}
      >
        <option value="date:desc">{t('queue.sort.dateDesc')}</option>
        <option value="age:desc">{t('queue.sort.ageDesc')}</option>
        <option value="value:desc">{t('queue.sort.valueDesc')}</option>
        <option value="value:asc">{t('queue.sort.valueAsc')}</option>
      </select>
      {/* Where the bar breaks into two lines when the screen is narrow (filter-bar.css). */}
      <span className="filter-bar-break" aria-hidden="true" />
      {FACET_FIELDS.map((field) => (
        <FacetMenu
          key={field}
          testId={FACETS[field].testId}
          label={t(FACETS[field].labelKey)}
          values={facets?.[field] ?? []}
          atLeast={facets?.atLeast ?? false}
          selected={filter[field]}
          describe={(value) => facetValueLabel(field, value.value, locale, [value])}
          onToggle={(value) => void toggleFacet(field, value)}
        />
      ))}
      <DatesMenu />
    </div>
  );
}
