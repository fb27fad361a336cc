import { useEffect, useState } from 'react';
import type { PlanApplyLine, PlanApplyPreview, PlanApplyProgress, PlanApplyResult } from '../../../../shared/api/plan';
import { adminPathText } from '../../../../shared/domain/admin-paths';
import { api, call } from '../../api/client';
import { changeWords } from '../../i18n/domain/change-words';
import { useT } from '../../i18n/use-t';
import { useFormatters } from '../order/use-formatters';
import { changeOf, namesOf } from './planned-change-words';

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirm'; preview: PlanApplyPreview }
  | { kind: 'running'; preview: PlanApplyPreview; progress: PlanApplyProgress | null }
  | { kind: 'done'; preview: PlanApplyPreview; result: PlanApplyResult };

/**
 * "Apply through VTEX" on the Change plan screen, in connected mode: every planned change previewed
 * as the call the account will receive (the account named on the confirmation), applied in one
 * batch with its progress and a stop, then each line's result as VTEX read it back. `onApplied`
 * reloads the plan.
 */
export function PlanApplyDialog({ account, onApplied }: { account: string; onApplied: () => void }) {
  const { t } = useT();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('plan/progress', (progress) =>
        setStage((current) => (current.kind === 'running' ? { ...current, progress } : current))
      ),
    []
  );

  const preview = async () => {
    setError(null);
    try {
      setStage({ kind: 'confirm', preview: await call('plan/preview-apply', {}) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const apply = async (shown: PlanApplyPreview) => {
    setError(null);
    setStage({ kind: 'running', preview: shown, progress: null });
    try {
      const result = await call('plan/apply', { ids: shown.lines.map((line) => line.changeId) });
      setStage({ kind: 'done', preview: shown, result });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStage({ kind: 'confirm', preview: shown });
    } finally {
      onApplied();
    }
  };

  return (
    <>
      {stage.kind === 'idle' && (
        <button type="button" className="button button-primary" onClick={() => void preview()} data-testid="plan-apply">
          {t('plan.apply.button', { account })}
        </button>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {stage.kind !== 'idle' && (
        <div
          className="banner banner-warning plan-apply"
          role="dialog"
          aria-label={t('plan.apply.title', { account: stage.preview.account, n: stage.preview.lines.length })}
          data-testid="plan-apply-dialog"
          data-account={stage.preview.account}
        >
          <p className="banner-title">
            {t('plan.apply.title', { account: stage.preview.account, n: stage.preview.lines.length })}
          </p>
          <p>{t('plan.apply.lead', { account: stage.preview.account })}</p>
          <ApplyLines stage={stage} />
          <ApplyFooter stage={stage} apply={apply} close={() => setStage({ kind: 'idle' })} />
        </div>
      )}
    </>
  );
}

function ApplyFooter({
  stage,
  apply,
  close
}: {
  stage: Exclude<Stage, { kind: 'idle' }>;
  apply: (preview: PlanApplyPreview) => Promise<void>;
  close: () => void;
}) {
  const { t } = useT();
  if (stage.kind === 'running') {
    return (
      <div className="button-row" data-testid="plan-apply-progress">
        <span className="muted">
          {t('plan.apply.progress', {
            done: stage.progress?.done ?? 0,
            total: stage.progress?.total ?? stage.preview.lines.length
          })}
        </span>
        <button type="button" className="button" onClick={() => void call('plan/cancel-apply', {})}>
          {t('plan.apply.stop')}
        </button>
      </div>
    );
  }
  if (stage.kind === 'done') {
    const confirmed = stage.result.lines.filter((line) => line.outcome === 'done').length;
    return (
      <div className="button-row">
        <span data-testid="plan-apply-summary">
          {t('plan.apply.summary', {
            done: confirmed,
            planned: stage.result.lines.length - confirmed,
            n: stage.result.rediagnosed
          })}
        </span>
        <button type="button" className="button" onClick={close}>
          {t('plan.apply.close')}
        </button>
      </div>
    );
  }
  const sendable = stage.preview.lines.some((line) => line.call !== null);
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={close}>
        {t('connected.cancel')}
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={!sendable}
        onClick={() => void apply(stage.preview)}
        data-testid="plan-apply-confirm"
      >
        {t('plan.apply.confirm', { account: stage.preview.account })}
      </button>
    </div>
  );
}

/** One row per planned change: where, what, before → after, the call, and once applied what VTEX answered. */
function ApplyLines({ stage }: { stage: Exclude<Stage, { kind: 'idle' }> }) {
  const { t, locale } = useT();
  const format = useFormatters();
  const results = stage.kind === 'done' ? new Map(stage.result.lines.map((line) => [line.changeId, line])) : null;
  return (
    <div className="table-wrap">
      <table className="table plan-table" data-testid="plan-apply-lines">
        <thead>
          <tr>
            <th scope="col">{t('plan.col.where')}</th>
            <th scope="col">{t('plan.col.object')}</th>
            <th scope="col">{t('plan.col.change')}</th>
            <th scope="col">{t('plan.apply.col.call')}</th>
            {results && <th scope="col">{t('plan.apply.col.result')}</th>}
          </tr>
        </thead>
        <tbody>
          {stage.preview.lines.map((line) => {
            const words = changeWords(changeOf(line), locale, namesOf(line), format);
            const result = results?.get(line.changeId);
            return (
              <tr key={line.changeId} data-testid="plan-apply-line" data-outcome={result?.outcome}>
                <td>{adminPathText(line.adminPath, locale)}</td>
                <td>{words.object}</td>
                <td>
                  {words.field}: {words.before} → <span className="text-success">{words.after}</span>
                </td>
                <td>
                  <CallCell line={line} />
                </td>
                {results && (
                  <td>
                    {result ? t(`plan.apply.outcome.${result.outcome}`) : '—'}
                    {result?.message && <div className="muted">{result.message}</div>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CallCell({ line }: { line: PlanApplyLine }) {
  const { t } = useT();
  if (line.call) return <code className="mono">{`${line.call.method} ${line.call.path}`}</code>;
  return (
    <span className="muted">
      {t('plan.apply.inAdmin')}
      {line.adminLink && (
        <>
          {' '}
          <a href={line.adminLink} target="_blank" rel="noreferrer">
            {t('plan.apply.openAdmin')}
          </a>
        </>
      )}
    </span>
  );
}
