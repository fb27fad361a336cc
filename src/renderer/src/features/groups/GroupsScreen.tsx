import { useEffect } from 'react';
import { formatMoney, formatNumber } from '../../i18n';
import { causeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { useGroupsStore } from '../../stores/groups-store';
import { GroupPanel } from './GroupPanel';
import { groupSubject } from './group-subject';

export function GroupsScreen() {
  const { t, locale } = useT();
  const { groups, loading, error, selected, load, open } = useGroupsStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="queue-screen" aria-labelledby="groups-title">
      <header className="screen-header">
        <h1 id="groups-title">{t('groups.title')}</h1>
        <span className="screen-count">{t('groups.count', { n: groups.length })}</span>
      </header>
      <p className="lead">{t('groups.lead')}</p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <div className={`queue-body${selected ? ' has-pane' : ''}`}>
        <div className="queue-list">
          {!loading && groups.length === 0 ? (
            <div className="empty-state">{t('groups.empty')}</div>
          ) : (
            <table className="table groups-table" data-testid="groups-table">
              <thead>
                <tr>
                  <th scope="col">{t('groups.col.cause')}</th>
                  <th scope="col">{t('groups.col.object')}</th>
                  <th scope="col" className="num">
                    {t('groups.col.orders')}
                  </th>
                  <th scope="col" className="num">
                    {t('groups.col.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => {
                  const isSelected = selected?.code === group.code && selected.key === group.key;
                  return (
                    <tr
                      key={`${group.code}|${group.key}`}
                      data-testid="group-row"
                      className={isSelected ? 'is-selected' : ''}
                      tabIndex={0}
                      onClick={() => void open(group)}
                      onKeyDown={(event) => event.key === 'Enter' && void open(group)}
                    >
                      <td>{causeTitle(group.code, locale)}</td>
                      <td className="ellipsis">{groupSubject(group)}</td>
                      <td className="num">{formatNumber(locale, group.orderCount)}</td>
                      <td className="num">{formatMoney(locale, group.valueAtStakeCents)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
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
