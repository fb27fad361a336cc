import { useEffect, useRef, useState } from 'react';
import type { ErrorType, CauseCode, NoCauseCode } from '../../../../shared/domain/error-types';
import { useT } from '../../i18n/use-t';
import { causeTitle, domainTexts, errorTypeTitle } from '../../i18n/domain/verdict';
import { useQueueStore, type QueueFilterState } from '../../stores/queue-store';
import { FacetMenu } from './FacetMenu';

/** Outcome values the cause facet carries beside cause codes (orders with no cause to name). */
const OUTCOMES = new Set<string>(['no_cause_found', 'unexplained', 'insufficient_data'] satisfies NoCauseCode[]);

/** ISO at the start (or end) of a local calendar day, for the date filter. */
function dayToIso(day: string, endOfDay: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isoToDay(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The filter bar: status, facets with counts, dates, search (`/`), sort. */
export function FilterBar() {
  const { t, locale } = useT();
  const { filter, facets, sort, setFilter, toggleFacet, clearFilters, setSort } = useQueueStore();
  const [search, setSearch] = useState(filter.search);
  const searchBox = useRef<HTMLInputElement>(null);

  // Typing waits a moment before querying, so a word is one query, not one per letter.
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => void setFilter({ search }), 250);
    return () => clearTimeout(timer);
  }, [search, filter.search, setFilter]);

  useEffect(() => {
    const focusSearch = () => searchBox.current?.focus();
    window.addEventListener('desk:focus-search', focusSearch);
    return () => window.removeEventListener('desk:focus-search', focusSearch);
  }, []);

  const active = filter.errorTypes.length + filter.causes.length + filter.affiliates.length + filter.tradePolicies.length + (filter.from ? 1 : 0) + (filter.to ? 1 : 0) + (filter.search ? 1 : 0);

  return (
    <div className="filter-bar" role="search">
      <div className="segmented" role="group" aria-label={t('queue.status')}>
        {(['failed', 'all'] as const).map((status) => (
          <button key={status} type="button" className={filter.status === status ? 'is-selected' : ''} aria-pressed={filter.status === status} onClick={() => void setFilter({ status })}>
            {t(`queue.status.${status}`)}
          </button>
        ))}
      </div>
      <input
        ref={searchBox}
        className="input search-input"
        type="search"
        value={search}
        placeholder={t('queue.searchPlaceholder')}
        aria-label={t('queue.search')}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // Esc leaves the box and keeps the search (Chromium clears a search input on Esc by default),
          // applying it now so j/Enter act on the filtered list.
          if (event.key === 'Escape') {
            event.preventDefault();
            if (search !== filter.search) void setFilter({ search });
            (event.target as HTMLInputElement).blur();
          }
        }}
      />
      <FacetMenu
        testId="facet-error-type"
        label={t('queue.facet.errorType')}
        values={facets?.errorTypes ?? []}
        selected={filter.errorTypes}
        describe={(v) => errorTypeTitle(v.value as ErrorType, locale)}
        onToggle={(v) => void toggleFacet('errorTypes', v)}
      />
      <FacetMenu
        testId="facet-cause"
        label={t('queue.facet.cause')}
        values={facets?.causes ?? []}
        selected={filter.causes}
        describe={(v) => (OUTCOMES.has(v.value) ? domainTexts(locale).outcomes[v.value as NoCauseCode].title : causeTitle(v.value as CauseCode, locale))}
        onToggle={(v) => void toggleFacet('causes', v)}
      />
      <FacetMenu
        testId="facet-marketplace"
        label={t('queue.facet.marketplace')}
        values={facets?.affiliates ?? []}
        selected={filter.affiliates}
        describe={(v) => (v.label ? `${v.value} · ${v.label}` : v.value)}
        onToggle={(v) => void toggleFacet('affiliates', v)}
      />
      <FacetMenu
        testId="facet-trade-policy"
        label={t('queue.facet.tradePolicy')}
        values={facets?.tradePolicies ?? []}
        selected={filter.tradePolicies}
        describe={(v) => (v.label ? `${v.value} · ${v.label}` : v.value)}
        onToggle={(v) => void toggleFacet('tradePolicies', v)}
      />
      <label className="date-field">
        <span>{t('queue.from')}</span>
        <input className="input" type="date" value={isoToDay(filter.from)} onChange={(event) => void setFilter({ from: dayToIso(event.target.value, false) } as Partial<QueueFilterState>)} />
      </label>
      <label className="date-field">
        <span>{t('queue.to')}</span>
        <input className="input" type="date" value={isoToDay(filter.to)} onChange={(event) => void setFilter({ to: dayToIso(event.target.value, true) } as Partial<QueueFilterState>)} />
      </label>
      <label className="date-field">
        <span>{t('queue.sort')}</span>
        <select
          className="input"
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
      </label>
      {active > 0 && (
        <button type="button" className="button button-quiet" onClick={() => { setSearch(''); void clearFilters(); }}>
          {t('queue.clear')}
        </button>
      )}
    </div>
  );
}
