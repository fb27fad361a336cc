import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { useAccountsKey } from '../settings/use-accounts-key';
import { useSyncStore } from './sync-store';
import { progressText } from './kind-label';
import { useSyncProgress } from './use-sync-progress';

/** The rail's Sync button: on every screen, beside the account name it syncs (and the `a` key to switch accounts). */
export function RailSync() {
  const { t } = useT();
  const account = useAppStore((s) => s.info?.account ?? null);
  const { status, running, progress, summary, run, cancel } = useSyncStore();
  useSyncProgress(account);
  useAccountsKey();
  if (!status?.account) return null;
  return (
    <div className="rail-sync" data-testid="rail-sync">
      {running ? (
        <>
          <div className="rail-age" aria-live="polite">
            {progress ? progressText(t, progress) : '…'}
          </div>
          <button type="button" className="button button-quiet" onClick={() => void cancel()}>
            {t('sync.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void run()}>
          ⟳ {t('sync.rail')}
        </button>
      )}
      {!running && summary && summary.changes.rediagnosed > 0 && (
        <div className="rail-age">{t('sync.passing', { n: summary.changes.nowPassing })}</div>
      )}
      <div className="rail-age">
        <kbd className="rail-key">a</kbd> {t('accounts.switchKey')}
      </div>
    </div>
  );
}
