import { useState } from 'react';
import { RESOLUTION_REASONS, type ResolutionReason } from '../../../../shared/domain/resolution';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';

/** Resolve without a reprocess: a reason (the likeliest one first chosen) and an optional note. */
export function ResolveForm({ suggested, onDone }: { suggested: ResolutionReason; onDone: () => void }) {
  const { t } = useT();
  const resolve = useOrderStore((state) => state.resolve);
  const [reason, setReason] = useState<ResolutionReason>(suggested);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await resolve(reason, note);
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="resolve-form"
      data-testid="resolve-form"
      aria-label={t('loop.resolveTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <strong>{t('loop.resolveTitle')}</strong>
      <p className="muted">{t('loop.resolveLead')}</p>
      <fieldset className="resolve-reasons">
        <legend>{t('loop.reason')}</legend>
        {RESOLUTION_REASONS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="resolve-reason"
              value={option}
              checked={reason === option}
              onChange={() => setReason(option)}
            />
            {t(`loop.reason.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="resolve-note">
        <span>{t('loop.note')}</span>
        <textarea className="input" rows={2} maxLength={4000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('loop.confirm')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('loop.cancel')}
        </button>
      </div>
    </form>
  );
}
