import { ORDER_STATES, type OrderState } from '../../../../shared/domain/resolution';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useQueueStore } from '../../stores/queue-store';

/** Open, resolved, integrated or every order, each with how many the other filters leave. */
export function StateSwitch() {
  const { t, locale } = useT();
  const { filter, facets, setFilter } = useQueueStore();
  const chosen: OrderState | 'all' = filter.states.length === 1 ? filter.states[0] : 'all';
  const count = (state: OrderState) => facets?.states.find((facet) => facet.value === state)?.count;
  return (
    <div className="segmented state-switch" role="group" aria-label={t('queue.status')} data-testid="state-switch">
      {[...ORDER_STATES, 'all' as const].map((state) => {
        const n = state === 'all' ? undefined : count(state);
        return (
          <button
            key={state}
            type="button"
            data-state={state}
            className={chosen === state ? 'is-selected' : ''}
            aria-pressed={chosen === state}
            onClick={() => void setFilter({ states: state === 'all' ? [] : [state] })}
          >
            {t(`loop.state.${state}`)}
            {n !== undefined && <span className="state-n">{formatNumber(locale, n)}</span>}
          </button>
        );
      })}
    </div>
  );
}
