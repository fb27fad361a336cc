import { useEffect, useState } from 'react';
import './agent-name.css';
import { useT } from '../../i18n/use-t';
import { usePreferencesStore } from '../../stores/preferences-store';

/** The agent's name, set once: every audit entry, note and resolution records it (the OS user until then). */
export function AgentNameField() {
  const { t } = useT();
  const { agentName, osUser, setAgentName } = usePreferencesStore();
  const [draft, setDraft] = useState(agentName === osUser ? '' : agentName);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The mirror's answer may arrive after the screen opened.
  useEffect(() => setDraft(agentName === osUser ? '' : agentName), [agentName, osUser]);

  const save = async () => {
    setError(null);
    try {
      await setAgentName(draft.trim());
      setSaved(true);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <form
      className="agent-name"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor="agent-name">{t('loop.agentName')}</label>
        <input
          id="agent-name"
          className="input"
          value={draft}
          maxLength={120}
          placeholder={osUser}
          autoComplete="name"
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
        <button type="submit" className="button">
          {t('loop.save')}
        </button>
      </div>
      <p className="muted field-hint">{t('loop.agentNameHint', { user: osUser })}</p>
      {saved && (
        <p className="banner banner-success" role="status">
          {t('loop.saved')}
        </p>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
