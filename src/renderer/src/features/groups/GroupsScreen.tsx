import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { CauseGroupView, GroupSort } from '../../../../shared/api/groups';
import { formatMoney, formatNumber } from '../../i18n';
import { causeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { GROUPS_PAGE, useGroupsStore } from '../../stores/groups-store';
import { GroupPanel } from './GroupPanel';
import { groupSubject } from './group-subject';
import './groups-list.css';

const ROW_HEIGHT = 38;

function GroupRow({ group, selected, onOpen }: { group: CauseGroupView; selected: boolean; onOpen: () => void }) {
  const { locale } = useT();
  return (
    <div
      role="row"
      data-testid="group-row"
      aria-selected={selected}
      className={`group-row${selected ? ' is-selected' : ''}`}
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(event) => event.key === 'Enter' && onOpen()}
    >
      <span role="gridcell" className="ellipsis">
        {causeTitle(group.code, locale)}
      </span>
      <span role="gridcell" className="ellipsis">
        {groupSubject(group)}
      </span>
      <span role="gridcell" className="num">
        {formatNumber(locale, group.orderCount)}
      </span>
      <span role="gridcell" className="num">
        {formatMoney(locale, group.valueAtStakeCents)}
      </span>
    </div>
  );
}

/** The sort and the cause filter; both are kept while the list pages and after every reload. */
function GroupsFilter() {
  const { t, locale } = useT();
  const { sort, cause, causes, setSort, setCause } = useGroupsStore();
  return (
    <div className="groups-filter">
      <select
        className="input"
        aria-label={t('groups.filter.cause')}
        value={cause ?? ''}
        onChange={(event) => setCause(event.target.value || null)}
        data-testid="groups-cause"
      >
        <option value="">{t('groups.filter.all')}</option>
        {causes.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {causeTitle(entry.code, locale)} ({formatNumber(locale, entry.groups)})
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label={t('groups.sort')}
        value={sort}
        onChange={(event) => setSort(event.target.value as GroupSort)}
        data-testid="groups-sort"
      >
        <option value="orders">{t('groups.sort.orders')}</option>
        <option value="value">{t('groups.sort.value')}</option>
      </select>
    </div>
  );
}

/**
 * Every cause group as a virtual list: only the rows in view are in the DOM, and the next page is
 * read as the list nears the end of what it holds (pages come in order: the server pages by keyset).
 */
function GroupsList() {
  const { t } = useT();
  const { groups, total, next, selected, loadMore, open } = useGroupsStore();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (next && last >= groups.length - GROUPS_PAGE / 4) void loadMore();
  }, [last, groups.length, next, loadMore]);

  return (
    <div className="groups-list" role="grid" aria-rowcount={total} aria-label={t('groups.title')} data-testid="groups-table">
      <div className="group-head" role="row">
        <span role="columnheader">{t('groups.col.cause')}</span>
        <span role="columnheader">{t('groups.col.object')}</span>
        <span role="columnheader" className="num">
          {t('groups.col.orders')}
        </span>
        <span role="columnheader" className="num">
          {t('groups.col.value')}
        </span>
      </div>
      <div className="groups-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const group = groups[item.index];
            return (
              <div
                key={item.key}
                className="group-slot"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                aria-rowindex={item.index + 1}
              >
                {group ? (
                  <GroupRow
                    group={group}
                    selected={selected?.code === group.code && selected.key === group.key}
                    onOpen={() => void open(group)}
                  />
                ) : (
                  <div className="group-row muted">{t('groups.loading')}</div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function GroupsScreen() {
  const { t } = useT();
  const { total, loading, error, selected, load } = useGroupsStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="queue-screen" aria-labelledby="groups-title">
      <header className="screen-header">
        <h1 id="groups-title">{t('groups.title')}</h1>
        <span className="screen-count" data-testid="groups-count">
          {t('groups.count', { n: total })}
        </span>
        <GroupsFilter />
      </header>
      <p className="lead">{t('groups.lead')}</p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <div className={`queue-body${selected ? ' has-pane' : ''}`}>
        <div className="queue-list">
          {!loading && total === 0 ? <div className="empty-state">{t('groups.empty')}</div> : <GroupsList />}
        </div>
        {selected && (
          <div className="pane-wrap">
            <GroupPanel group={selected} />
          </div>
        )}
      </div>
    </section>
  );
}
