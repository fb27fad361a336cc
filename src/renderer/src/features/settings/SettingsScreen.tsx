import { useState } from 'react';
import { LOCALES, type Locale } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { usePreferencesStore, type Theme } from '../../stores/preferences-store';
import { AgentNameField } from './AgentNameField';
import { AccountsPanel } from './AccountsPanel';

export function SettingsScreen() {
  const { t } = useT();
  const { locale, theme, setLocale, setTheme } = usePreferencesStore();
  const { info, reset } = useAppStore();
  const [done, setDone] = useState(false);

  const confirmReset = async (to: 'demo' | 'empty') => {
    if (!window.confirm(t('settings.resetConfirm'))) return;
    await reset(to);
    setDone(true);
  };

  return (
    <section className="screen screen-narrow" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <div className="field">
        <label htmlFor="locale">{t('settings.language')}</label>
        <select id="locale" className="input" value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
          {LOCALES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="theme">{t('settings.theme')}</label>
        <select id="theme" className="input" value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
          <option value="dark">{t('settings.theme.dark')}</option>
          <option value="light">{t('settings.theme.light')}</option>
        </select>
      </div>
      <AgentNameField />
      <h2>{t('settings.mirror')}</h2>
      <dl className="facts">
        <dt>{t('settings.mirrorFile')}</dt>
        <dd className="mono">{info?.dbPath}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void confirmReset('demo')}>
          {t('settings.resetDemo')}
        </button>
        <button type="button" className="button" onClick={() => void confirmReset('empty')}>
          {t('settings.resetEmpty')}
        </button>
      </div>
      {done && (
        <div className="banner banner-success" role="status">
          {t('settings.resetDone')}
        </div>
      )}
      <AccountsPanel />
    </section>
  );
}
