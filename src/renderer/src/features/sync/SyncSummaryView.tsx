import { SYNC_KINDS, type SyncSummary } from '../../../../shared/api/sync';
import { useT } from '../../i18n/use-t';
import { kindLabel } from './kind-label';

/** What a sync did: how many orders now pass, and each kind that could not be brought, with why. */
export function SyncSummaryView({ summary }: { summary: SyncSummary }) {
  const { t } = useT();
  const c = summary.changes;
  return (
    <div className={`banner ${summary.cancelled ? 'banner-warning' : 'banner-success'}`} role="status" data-testid="sync-summary">
      {summary.cancelled && <div>{t('sync.cancelled')}</div>}
      {summary.listing && <div>{t('sync.listed', { n: summary.listing.listed })}</div>}
      {c.rediagnosed > 0 && (
        <>
          <div className="banner-title">{t('sync.passing', { n: c.nowPassing })}</div>
          <div>{t('sync.changes', { rediagnosed: c.rediagnosed, failing: c.nowFailing, changed: c.causeChanged })}</div>
        </>
      )}
      {SYNC_KINDS.filter((kind) => summary.failed[kind]).map((kind) => (
        <div key={kind} className="text-error">
          {t('sync.failedKind', { kind: t(kindLabel(kind)), message: summary.failed[kind]?.message ?? '' })}
        </div>
      ))}
    </div>
  );
}
