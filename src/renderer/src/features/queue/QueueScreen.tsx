import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';
import { isNarrowed, useQueueStore } from '../../stores/queue-store';
import { useWizardStore } from '../../stores/wizard-store';
import { useAccountsStore } from '../settings/accounts-store';
import { FilterBar } from './FilterBar';
import { FilterChips } from './FilterChips';
import { QueueTable } from './QueueTable';
import { useQueuePane } from './use-queue-pane';

/** The error queue with its filter bar; the selected order opens in the pane beside it. */
export function QueueScreen() {
  const { t } = useT();
  const { total, totalAtLeast, loading, error, selectedId, filter, reload } = useQueueStore();
  const loadOrder = useOrderStore((state) => state.load);
  const refreshOrder = useOrderStore((state) => state.refresh);
  const pane = useQueuePane(selectedId !== null, !loading && total > 0);

  // Shown again, the queue reloads; at start the first page is already asked for (startup.ts), and
  // may have arrived before this screen mounts.
  useEffect(() => {
    if (useQueueStore.getState().stale) void reload();
    return () => useQueueStore.setState({ stale: true });
  }, [reload]);

  // The empty states offer "connect an account" only where an account exists to connect (issue 11).
  const hasAccounts = useAccountsStore((state) => (state.state?.accounts.length ?? 0) > 0);
  useEffect(() => void useAccountsStore.getState().load(), []);

  useEffect(() => {
    void loadOrder(selectedId);
    // A wizard left open over another order would invite a fix on the wrong order.
    const wizard = useWizardStore.getState();
    if (wizard.open && wizard.view?.order.id !== selectedId) wizard.close();
  }, [selectedId, loadOrder]);

  // Only the open view says the mirror has no failed orders; an empty resolved or integrated view just matches nothing.
  const filtered =
    isNarrowed(filter) || (filter.states.length > 0 && !(filter.states.length === 1 && filter.states[0] === 'open'));

  return (
    <section className="queue-screen" aria-labelledby="queue-title">
      {/* The chips share the title's line, of a fixed height: a filter applied late (the search 250 ms
          after typing, the last filter restored at start) must not push the list and the pane down
          between a press and its release, which made a click on the pane land beside its button. */}
      <header className="screen-header queue-header">
        <h1 id="queue-title">{t('queue.title')}</h1>
        <FilterChips />
        <span className="screen-count" data-testid="queue-count" aria-live="polite" aria-busy={loading}>
          {loading ? t('orders.loading') : t(totalAtLeast ? 'queue.countAtLeast' : 'queue.count', { n: total })}
        </span>
      </header>
      <FilterBar />
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <div className={`queue-body${selectedId !== null ? ' has-pane' : ''}`}>
        <div className="queue-list">
          {!loading && total === 0 ? (
            <div className="empty-state" data-testid="queue-empty">
              {filtered
                ? t('queue.emptyFiltered')
                : filter.states.length
                  ? t(hasAccounts ? 'orders.empty' : 'importing.emptyOpen')
                  : t(hasAccounts ? 'queue.emptyAll' : 'importing.emptyAll')}
            </div>
          ) : (
            <QueueTable />
          )}
        </div>
        {selectedId !== null && (
          <div className="pane-wrap">
            {pane && (
              <pane.QueuePane
                onWizardFinished={() => {
                  void refreshOrder();
                  void reload();
                }}
              />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
