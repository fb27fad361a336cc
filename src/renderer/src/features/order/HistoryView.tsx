import { useState, type FormEvent } from 'react';
import type { OrderView } from '../../../../shared/api/orders';
import { ApiCallError } from '../../api/client';
import { formatDateTime } from '../../i18n';
import { auditActionWords } from '../../i18n/domain/audit-words';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';

/** Integration attempts and what agents did, newest first, with a note box. */
export function HistoryView({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const addNote = useOrderStore((state) => state.addNote);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      await addNote(note.trim());
      setNote('');
      setError(null);
    } catch (failure) {
      // A refused note was not saved: it stays in the box, and the agent is told why.
      setError(
        failure instanceof ApiCallError && failure.code === 'busy'
          ? t('history.noteBusy')
          : failure instanceof Error
            ? failure.message
            : String(failure)
      );
    }
  };
  return (
    <div className="history" data-testid="history">
      <ol className="timeline">
        {[...view.attempts].reverse().map((attempt) => (
          <li key={`a${attempt.attempt}`}>
            <span className={`chip chip-${attempt.status}`}>{t(`status.${attempt.status}`)}</span>{' '}
            <span className="muted">
              #{attempt.attempt} · {formatDateTime(locale, attempt.processedAt)} · {t(`history.source.${attempt.source}`)}
            </span>
            {attempt.message && <div className="history-message">{attempt.message}</div>}
            {attempt.vtexOrderId && <div className="mono">{attempt.vtexOrderId}</div>}
          </li>
        ))}
      </ol>
      <h4>{t('history.agents')}</h4>
      <ol className="timeline" data-testid="order-audit">
        {view.audit.length === 0 && <li className="muted">{t('history.none')}</li>}
        {view.audit.map((entry) => (
          <li key={entry.id}>
            <strong>{auditActionWords(entry.action, locale)}</strong>{' '}
            <span className="muted">
              · {entry.actor} · {formatDateTime(locale, entry.at)}
            </span>
            {entry.note && <div className="history-message">{entry.note}</div>}
          </li>
        ))}
      </ol>
      <form className="note-form" onSubmit={(event) => void submit(event)}>
        <textarea
          className="input"
          rows={2}
          value={note}
          placeholder={t('history.notePlaceholder')}
          aria-label={t('history.addNote')}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button" disabled={!note.trim()}>
          {t('history.addNote')}
        </button>
      </form>
      {error && (
        <div className="banner banner-error" role="alert" data-testid="note-error">
          {error}
        </div>
      )}
    </div>
  );
}
