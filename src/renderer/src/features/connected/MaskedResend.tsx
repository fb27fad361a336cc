import { useState } from 'react';
import type { ProvidedCustomer } from '../../../../shared/api/connected';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { customerFromPaste } from './customer-paste';
import './masked-resend.css';

/**
 * A Marketplace Protocol order on a copy that masked its customer's data: the desk says why it cannot
 * re-send the stored copy and what remains (re-import, the Admin), and lets the agent paste the
 * original payload to re-send with it; the core checks it against the masks and keeps none of it.
 */
export function MaskedResend({
  account,
  busy,
  onSend
}: {
  account: string;
  busy: boolean;
  /** True when the re-send got an answer from VTEX (the paste is then cleared). */
  onSend: (customer: ProvidedCustomer) => Promise<boolean>;
}) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const send = async () => {
    const customer = customerFromPaste(text);
    if (customer === 'bad-json' || customer === 'no-customer') {
      setProblem(customer === 'bad-json' ? 'resend.badJson' : 'resend.noCustomer');
      return;
    }
    setProblem(null);
    if (!(await onSend(customer))) return;
    setText('');
    setOpen(false);
  };
  return (
    <div className="banner banner-warning" data-testid="resend-masked">
      <p>{t('resend.masked')}</p>
      <p className="muted">{t('resend.whyNot')}</p>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)} data-testid="resend-provide">
          {t('resend.provide')}
        </button>
      ) : (
        <div className="masked-resend-form">
          <label htmlFor="resend-original">{t('resend.pasteLabel')}</label>
          <textarea
            id="resend-original"
            className="input mono"
            rows={5}
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="resend-original"
          />
          <p className="muted">{t('resend.pasteNote')}</p>
          {problem && (
            <p className="banner banner-error" role="alert">
              {t(problem)}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('resend.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || text.trim() === ''}
              onClick={() => void send()}
              data-testid="resend-with-original"
            >
              {t('resend.send', { account })}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
