import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { api } from './api/client';
import { KeyMap } from './components/KeyMap';
import { Rail } from './components/Rail';
import { QueueScreen } from './features/queue/QueueScreen';
import { useDashboardWhenQueueEmpty } from './features/trends/use-dashboard-first';
import { useKeyboard } from './hooks/use-keyboard';
import { useT } from './i18n/use-t';
import { firstQueuePage } from './startup';
import { useAppStore } from './stores/app-store';
import { useGroupsStore } from './stores/groups-store';
import { useOrderStore } from './stores/order-store';
import { usePreferencesStore } from './stores/preferences-store';
import { useQueueStore } from './stores/queue-store';
import { useReprocessStore } from './stores/reprocess-store';

/*
 * The queue is the first screen and comes with the bundle; every other screen is its own chunk,
 * fetched when first opened (the dashboard's charting library alone was a third of the bundle the
 * queue's first render waited to parse).
 */
const lazyScreen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const ChecklistScreen = lazyScreen(() => import('./features/admin-checklist/ChecklistScreen'), 'ChecklistScreen');
const AuditScreen = lazyScreen(() => import('./features/audit/AuditScreen'), 'AuditScreen');
const GroupsScreen = lazyScreen(() => import('./features/groups/GroupsScreen'), 'GroupsScreen');
const ImportScreen = lazyScreen(() => import('./features/import/ImportScreen'), 'ImportScreen');
const PlanScreen = lazyScreen(() => import('./features/plan/PlanScreen'), 'PlanScreen');
const SettingsScreen = lazyScreen(() => import('./features/settings/SettingsScreen'), 'SettingsScreen');
const SimulatorScreen = lazyScreen(() => import('./features/simulator/SimulatorScreen'), 'SimulatorScreen');
const TrendsScreen = lazyScreen(() => import('./features/trends/TrendsScreen'), 'TrendsScreen');
const StorefrontScreen = lazyScreen(() => import('./features/storefront/StorefrontScreen'), 'StorefrontScreen');

export function App() {
  const { t, locale } = useT();
  const { screen, info, fatal, loadInfo } = useAppStore();
  const theme = usePreferencesStore((state) => state.theme);
  const [keyMapOpen, setKeyMapOpen] = useState(false);
  const toggleKeyMap = useCallback(() => setKeyMapOpen((open) => !open), []);
  useKeyboard(toggleKeyMap);
  useDashboardWhenQueueEmpty();

  useEffect(() => {
    // After the queue's first page: the core answers in turn, and neither is needed for those rows.
    void firstQueuePage.then(() => {
      void loadInfo();
      // The first look at the checklists resumes, in the core, the OMS watches a restart interrupted.
      // Its store comes as its own chunk (with the contract's schemas).
      void import('./features/admin-checklist/checklist-store').then(({ useChecklistStore }) =>
        useChecklistStore.getState().load()
      );
    });
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
        {/* A screen's chunk comes from the app's own files in a few ms: nothing worth a spinner meanwhile. */}
        <Suspense fallback={null}>
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
        </Suspense>
      </main>
      {keyMapOpen && <KeyMap onClose={() => setKeyMapOpen(false)} />}
    </div>
  );
}
