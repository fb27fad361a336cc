import { useState } from 'react';
import type { ConnectedFixPreview, ConnectedFixResult, MarkDoneResult } from '../../../../shared/api/connected';
import type { FixRequest } from '../../../../shared/api/fixes';
import { call } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { useConnectedAccount } from './use-connected-account';
import { useWizardStore } from '../../stores/wizard-store';
import { ChangeTable } from '../audit/ChangeTable';
import { namesFrom } from '../order/names';

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirm'; preview: ConnectedFixPreview }
  | { kind: 'applied'; result: ConnectedFixResult }
  | { kind: 'marked'; result: MarkDoneResult };

/**
 * The wizard's fix in connected mode: previewed against the store with the account's name on the
 * confirmation, applied through VTEX's APIs, and shown as VTEX read each object back (refusals named).
 * A fix with no public API ends in the Admin's path and link, and "mark as done" re-reads the store.
 * Shown only in connected mode.
 */
export function ConnectedFixPanel({ fix, orderId }: { fix: FixRequest; orderId: number }) {
  const account = useConnectedAccount();
  return account ? <FixPanelFor account={account} fix={fix} orderId={orderId} /> : null;
}

function FixPanelFor({ account, fix, orderId }: { account: string; fix: FixRequest; orderId: number }) {
  const { t } = useT();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<Stage>) => {
    setBusy(true);
    setError(null);
    try {
      setStage(await work());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const preview = () => run(async () => ({ kind: 'confirm', preview: await call('connected/preview', { fix }) }));
  const apply = () => run(async () => ({ kind: 'applied', result: await call('connected/apply', { fix, orderId }) }));
  const markDone = () => run(async () => ({ kind: 'marked', result: await call('connected/mark-done', { fix }) }));

  return (
    <div className="connected-fix" data-testid="connected-fix" data-account={account}>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {busy && <p className="muted">{t('connected.working')}</p>}
      {stage.kind === 'idle' && (
        <button
          type="button"
          className="button button-primary"
          data-primary="true"
          disabled={busy}
          onClick={() => void preview()}
        >
          {t('connected.previewInStore', { account })}
        </button>
      )}
      {stage.kind === 'confirm' && stage.preview.through === 'api' && (
        <div
          className="banner banner-warning"
          role="dialog"
          aria-label={t('connected.confirmTitle', { account })}
          data-testid="connected-confirm"
        >
          <p className="banner-title">{t('connected.confirmTitle', { account: stage.preview.account })}</p>
          <p>{t('connected.confirmLead', { account: stage.preview.account })}</p>
          <ChangesTable changes={stage.preview.changes} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setStage({ kind: 'idle' })}>
              {t('connected.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-primary="true"
              disabled={busy}
              onClick={() => void apply()}
            >
              {t('connected.apply', { account: stage.preview.account })}
            </button>
          </div>
        </div>
      )}
      {stage.kind === 'confirm' && stage.preview.through === 'admin' && stage.preview.admin && (
        <div className="banner banner-warning" data-testid="connected-admin">
          <p>{t('connected.adminOnly', { account: stage.preview.account })}</p>
          <p>{t('connected.adminPath', { path: stage.preview.admin.path })}</p>
          {stage.preview.admin.link && (
            <a className="button" href={stage.preview.admin.link} target="_blank" rel="noreferrer">
              {t('connected.openAdmin', { account: stage.preview.account })}
            </a>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => void markDone()}>
            {t('connected.markDone')}
          </button>
        </div>
      )}
      {stage.kind === 'applied' && <AppliedResult result={stage.result} />}
      {stage.kind === 'marked' && (
        <p
          className={`banner ${stage.result.confirmed ? 'banner-success' : 'banner-warning'}`}
          role="status"
          data-testid="connected-marked"
        >
          {stage.result.confirmed
            ? t('connected.confirmed', { account: stage.result.account })
            : t('connected.notYet', { account: stage.result.account, n: stage.result.pending.length })}
        </p>
      )}
    </div>
  );
}

/** The changes with the names the order's records give their objects (as the wizard shows them). */
function ChangesTable({ changes }: { changes: ConnectedFixPreview['changes'] }) {
  const view = useWizardStore((state) => state.view);
  return <ChangeTable changes={changes} names={view ? namesFrom(view) : {}} />;
}

function AppliedResult({ result }: { result: ConnectedFixResult }) {
  const { t } = useT();
  return (
    <div role="status" data-testid="connected-applied">
      {result.changed.length > 0 && (
        <p className="banner banner-success">✓ {t('connected.applied', { account: result.account, n: result.changed.length })}</p>
      )}
      {result.changed.length > 0 && (
        <>
          <p className="muted">{t('connected.readBack')}</p>
          <ChangesTable changes={result.changed} />
        </>
      )}
      {result.failed.length > 0 && (
        <div className="banner banner-error" data-testid="connected-refused">
          <p>{t('connected.refused', { n: result.failed.length })}</p>
          <ul>
            {result.failed.map((f) => (
              <li key={`${f.entity}/${f.entityId}`}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {result.unchanged.length > 0 && (
        <p className="muted">{t('connected.unchanged', { ids: result.unchanged.map((u) => u.entityId).join(', ') })}</p>
      )}
    </div>
  );
}
