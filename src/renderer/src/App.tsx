import { useEffect } from 'react';
import { Rail } from './components/Rail';
import { ImportScreen } from './features/import/ImportScreen';
import { OrdersScreen } from './features/orders/OrdersScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { useT } from './i18n/use-t';
import { useAppStore } from './stores/app-store';
import { usePreferencesStore } from './stores/preferences-store';
import { api } from './api/client';
import { useOrdersStore } from './stores/orders-store';

export function App() {
  const { t, locale } = useT();
  const { screen, info, fatal, loadInfo } = useAppStore();
  const theme = usePreferencesStore((state) => state.theme);

  useEffect(() => {
    void loadInfo();
    return api.on('mirror/changed', () => {
      void loadInfo();
      void useOrdersStore.getState().reload();
    });
  }, [loadInfo]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = locale;
  }, [theme, locale]);

  // The readiness marker end-to-end tests wait for: the first answer from the core has arrived.
  useEffect(() => {
    if (info || fatal) document.body.dataset.ready = 'true';
  }, [info, fatal]);

  return (
    <div className="shell">
      <Rail />
      <main className="main">
        {fatal && (
          <div className="banner banner-error" role="alert">
            <strong>{t('error.title')}:</strong> {fatal}
          </div>
        )}
        {screen === 'orders' && <OrdersScreen />}
        {screen === 'import' && <ImportScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
    </div>
  );
}
