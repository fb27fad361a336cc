import { useT } from '../../i18n/use-t';
import type { Locale } from '../../i18n';
import { useSyncStore } from './sync-store';
import { kindLabel, progressText } from './kind-label';
import { SyncSummaryView } from './SyncSummaryView';

/** "3 minutes ago", "2 days ago", in the agent's language. */
function age(locale: Locale, iso: string, now: number): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60]
  ];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}

/** Sync with VTEX: the button, its progress, and how old each kind of the open mirror is. */
export function SyncPanel() {
  const { t, locale } = useT();
  const { status, running, progress, summary, error, run, cancel } = useSyncStore();
  const now = Date.now();
  return (
    <section aria-labelledby="sync-title" data-testid="sync-panel">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p className="muted">{status?.account ? t('sync.lead') : t('sync.noAccount')}</p>
      {status?.account && (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={running} onClick={() => void run()}>
            {t('sync.button')}
          </button>
          <button type="button" className="button" disabled={running} title={t('sync.fullHint')} onClick={() => void run('full')}>
            {t('sync.full')}
          </button>
          {running && (
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('sync.cancel')}
            </button>
          )}
          {running && progress && (
            <span className="muted" aria-live="polite">
              {progressText(t, progress)}
            </span>
          )}
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {summary && <SyncSummaryView summary={summary} />}
      {status && (
        <table className="mini-table" data-testid="sync-ages">
          <thead>
            <tr>
              <th>{t('sync.kind')}</th>
              <th>{t('sync.age')}</th>
            </tr>
          </thead>
          <tbody>
            {status.kinds.map((k) => (
              <tr key={k.kind}>
                <td>{t(kindLabel(k.kind))}</td>
                <td title={k.syncedAt ?? undefined}>
                  {k.syncedAt ? age(locale, k.syncedAt, now) : <span className="muted">{t('sync.never')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
