import { useAppStore, type Screen } from '../stores/app-store';
import { useT } from '../i18n/use-t';
import { formatDateTime, type MessageKey } from '../i18n';
import { RailSync } from '../features/sync/RailSync';

const ITEMS: { screen: Screen; label: MessageKey; icon: string; key?: string }[] = [
  { screen: 'trends', label: 'nav.trends', icon: '◔', key: 'd' },
  { screen: 'queue', label: 'nav.queue', icon: '▤', key: 'q' },
  { screen: 'groups', label: 'nav.groups', icon: '◫', key: 'g' },
  { screen: 'plan', label: 'nav.plan', icon: '☑' },
  { screen: 'checklist', label: 'nav.checklist', icon: '✓' },
  { screen: 'storefront', label: 'nav.storefront', icon: '◎', key: 'b' },
  { screen: 'simulator', label: 'nav.simulator', icon: '⇄' },
  { screen: 'import', label: 'nav.import', icon: '⇪' },
  { screen: 'audit', label: 'nav.audit', icon: '☰' },
  { screen: 'settings', label: 'nav.settings', icon: '⚙' }
];

/** The left rail: where to go, and which store and snapshot the agent is looking at. */
export function Rail() {
  const { t, locale } = useT();
  const { screen, go, info } = useAppStore();
  return (
    <nav className="rail" aria-label="Main">
      <div className="rail-brand">{t('app.name')}</div>
      <ul className="rail-items">
        {ITEMS.map((item) => (
          <li key={item.screen}>
            <button
              type="button"
              className={`rail-item${screen === item.screen ? ' is-current' : ''}`}
              aria-current={screen === item.screen ? 'page' : undefined}
              data-testid={`rail-${item.screen}`}
              onClick={() => go(item.screen)}
            >
              <span className="rail-icon" aria-hidden="true">
                {item.icon}
              </span>
              {t(item.label)}
              {item.key && <kbd className="rail-key">{item.key}</kbd>}
            </button>
          </li>
        ))}
      </ul>
      <div className="rail-footer" data-testid="rail-account">
        <div className="rail-label">{t('rail.account')}</div>
        <div className="rail-account">{info?.account ?? t('rail.noAccount')}</div>
        <div className="rail-age">
          {info?.exportedAt ? t('rail.snapshotOf', { date: formatDateTime(locale, info.exportedAt) }) : t('rail.noSnapshot')}
        </div>
        {info?.transport === 'browser' && <div className="rail-mode">{t('rail.browserMode')}</div>}
        {info?.diagnosisPending && (
          <div className="rail-mode" role="status" data-testid="diagnosis-pending">
            {t('rail.diagnosisPending')}
          </div>
        )}
        <RailSync />
      </div>
    </nav>
  );
}
