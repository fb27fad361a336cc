import { useCallback, useEffect, useState } from 'react';
import { api } from './api/client';
import { KeyMap } from './components/KeyMap';
import { Rail } from './components/Rail';
import { ChecklistScreen } from './features/admin-checklist/ChecklistScreen';
import { useChecklistStore } from './features/admin-checklist/checklist-store';
import { AuditScreen } from './features/audit/AuditScreen';
import { GroupsScreen } from './features/groups/GroupsScreen';
import { ImportScreen } from './features/import/ImportScreen';
import { PlanScreen } from './features/plan/PlanScreen';
import { QueueScreen } from './features/queue/QueueScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { SimulatorScreen } from './features/simulator/SimulatorScreen';
import { TrendsScreen } from './features/trends/TrendsScreen';
import { useDashboardWhenQueueEmpty } from './features/trends/use-dashboard-first';
import { StorefrontScreen } from './features/storefront/StorefrontScreen';
import { useKeyboard } from './hooks/use-keyboard';
import { useT } from './i18n/use-t';
import { useAppStore } from './stores/app-store';
import { useGroupsStore } from './stores/groups-store';
import { useOrderStore } from './stores/order-store';
import { usePreferencesStore } from './stores/preferences-store';
import { useQueueStore } from './stores/queue-store';
import { useReprocessStore } from './stores/reprocess-store';

export function App() {
  const { t, locale } = useT();
  const { screen, info, fatal, loadInfo } = useAppStore();
  const theme = usePreferencesStore((state) => state.theme);
  const [keyMapOpen, setKeyMapOpen] = useState(false);
  const toggleKeyMap = useCallback(() => setKeyMapOpen((open) => !open), []);
  useKeyboard(toggleKeyMap);
  useDashboardWhenQueueEmpty();

  // The agent's preferences live in the mirror: language, theme, name, column widths and the last filter come back.
  useEffect(() => {
    void usePreferencesStore
      .getState()
      .load()
      .then((stored) => stored?.lastFilter && useQueueStore.getState().restoreFilter(stored.lastFilter));
  }, []);

  useEffect(() => {
    void loadInfo();
    // The first look at the checklists resumes, in the core, the OMS watches a restart interrupted.
    void useChecklistStore.getState().load();
    const offChanged = api.on('mirror/changed', () => {
      void loadInfo();
      void useQueueStore.getState().reload();
      void useOrderStore.getState().refresh();
      if (useAppStore.getState().screen === 'groups') void useGroupsStore.getState().load();
    });
    const offProgress = api.on('reprocess/progress', (progress) => useReprocessStore.getState().setProgress(progress));
    return () => {
      offChanged();
      offProgress();
    };
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
        {screen === 'trends' && <TrendsScreen />}
        {screen === 'queue' && <QueueScreen />}
        {screen === 'groups' && <GroupsScreen />}
        {screen === 'plan' && <PlanScreen />}
        {screen === 'checklist' && <ChecklistScreen />}
        {screen === 'simulator' && <SimulatorScreen />}
        {screen === 'storefront' && <StorefrontScreen />}
        {screen === 'import' && <ImportScreen />}
        {screen === 'audit' && <AuditScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
      {keyMapOpen && <KeyMap onClose={() => setKeyMapOpen(false)} />}
    </div>
  );
}
