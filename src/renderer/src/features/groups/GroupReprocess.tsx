import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useGroupsStore } from '../../stores/groups-store';
import { useReprocessStore } from '../../stores/reprocess-store';
import { PlannedChangeList } from '../plan/PlannedChangeList';
import { CauseCounts } from './CauseCounts';

/**
 * Reprocess every order the group held when it was opened (the pre-check's snapshot, named by its id:
 * the orders themselves stay in the core) as one job, a page at a time, with
 * "1,250 of 4,675" as it goes and a Cancel that stops it after its page. The list's counts are read
 * again once it ends.
 */
export function GroupReprocess({ snapshot }: { snapshot: { id: string; total: number } | null }) {
  const { t, locale } = useT();
  const load = useGroupsStore((state) => state.load);
  const { progress, bulk, running, cancelling, error, runBulk, cancel } = useReprocessStore();
  const n = (value: number) => formatNumber(locale, value);

  return (
    <section className="pane-section">
      <h3>{t('groups.reprocessAll')}</h3>
      <p className="muted">{t('reprocess.localReplay')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={running || bulk !== null || !snapshot}
        onClick={() => snapshot && void runBulk({ groupSnapshot: snapshot.id }).then(() => load())}
        data-testid="group-reprocess"
      >
        {snapshot ? t('groups.reprocessN', { n: snapshot.total }) : t('groups.loading')}
      </button>
      {running && (
        <div className="group-progress" data-testid="group-reprocess-progress" role="status">
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label={t('groups.reprocessAll')} />
          <span>
            {progress ? t('groups.progress', { done: n(progress.done), total: n(progress.total) }) : t('groups.loading')}
          </span>
          <button
            type="button"
            className="button"
            disabled={cancelling}
            onClick={() => void cancel()}
            data-testid="group-reprocess-cancel"
          >
            {cancelling ? t('groups.cancelling') : t('groups.cancel')}
          </button>
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert" data-testid="group-reprocess-error">
          {error}
        </div>
      )}
      {bulk && (
        <div
          className={`banner ${bulk.localCopy ? 'banner-warning' : 'banner-success'}`}
          role="status"
          data-testid="group-reprocess-summary"
        >
          {bulk.cancelled && <p>{t('groups.cancelled', { done: n(bulk.done), total: n(bulk.total) })}</p>}
          <p>
            {bulk.localCopy
              ? t('plan.groupSummary', { ok: n(bulk.wouldIntegrate), failing: n(bulk.stillFailing), skipped: n(bulk.skipped) })
              : t('groups.summary', { ok: n(bulk.succeeded), failing: n(bulk.stillFailing), skipped: n(bulk.skipped) })}
          </p>
          <PlannedChangeList changes={bulk.plannedChanges} />
          <CauseCounts counts={bulk.stillFailingByCause} />
        </div>
      )}
    </section>
  );
}
