import { useState } from 'react';
import type { FixResult } from '../../../../shared/api/fixes';
import type { OrderView } from '../../../../shared/api/orders';
import { isUncertain } from '../../../../shared/domain/classification';
import { useAppStore } from '../../stores/app-store';
import { useWizardStore } from '../../stores/wizard-store';
import { formatPercent } from '../../i18n';
import { adminTargetFor, adminUrl } from '../../i18n/domain/admin-links';
import { inferredSentence, isUnexplained } from '../../i18n/domain/sweep';
import { causeTitle, causeVerdict, domainTexts, outcomeVerdict } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { CheckedList } from '../order/DiagnosisSection';
import { EvidenceView } from '../order/EvidenceView';
import { namesFrom } from '../order/names';
import { useEscalate } from '../order/use-escalate';
import { useFormatters } from '../order/use-formatters';
import { PlannedChangeList } from '../plan/PlannedChangeList';
import { SimulationResultView } from '../simulator/SimulationResultView';
import { ChangeTable } from '../audit/ChangeTable';
import { choicesFrom, FixForm, FixScopeNote } from './FixForm';
import { wizardCauses } from './wizard-causes';
import { ConnectedFixPanel } from '../connected/ConnectedFixPanel';
import { ConnectedReprocess } from '../connected/ConnectedReprocess';
import { VtexVerifyPanel } from '../connected/VtexVerifyPanel';
import { useConnectedAccount } from '../connected/use-connected-account';

/** Why the message did not decide the type, when it did not: not recognised, or not surely. */
function unrecognisedWords(
  view: OrderView,
  t: ReturnType<typeof useT>['t'],
  locale: ReturnType<typeof useT>['locale']
): string | null {
  const diagnosis = view.diagnosis;
  if (!diagnosis) return null;
  if (diagnosis.errorType === 'unclassified') return t('wizard.unrecognised');
  return isUncertain(diagnosis.confidence)
    ? t('wizard.uncertain', { confidence: formatPercent(locale, diagnosis.confidence) })
    : null;
}

export function WhatHappenedStep({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const format = useFormatters();
  const next = useWizardStore((state) => state.go);
  const escalate = useEscalate(view.order.id);
  const texts = domainTexts(locale);
  const diagnosis = view.diagnosis;
  const errorType = diagnosis?.inferredErrorType ?? diagnosis?.errorType ?? 'unclassified';
  const note = texts.marketplaceNotes[errorType]?.[view.order.affiliateId];
  const unrecognised = unrecognisedWords(view, t, locale);
  const inferred = diagnosis ? inferredSentence(diagnosis, diagnosis.confidence, locale, namesFrom(view), format) : null;
  const unexplained = isUnexplained(diagnosis);
  return (
    <section>
      <blockquote className="raw-message">{view.order.integrationMessage}</blockquote>
      {/* The inferred sentence already opens with why the message did not decide. */}
      {unrecognised && !inferred && <p data-testid="wizard-unrecognised">{unrecognised}</p>}
      {inferred && (
        <p className="banner banner-inferred" data-testid="inferred-sentence">
          {inferred}
        </p>
      )}
      {errorType !== 'unclassified' && <p>{texts.errorTypes[errorType].explanation}</p>}
      {unexplained && (
        <div className="banner banner-unexplained" data-testid="unexplained-banner">
          <p>{t('wizard.sweepFoundNothing')}</p>
          <CheckedList view={view} />
        </div>
      )}
      {note && <p className="banner banner-warning">{note}</p>}
      {unexplained ? (
        <div className="button-row">
          <button type="button" className="button button-primary" data-primary="true" onClick={() => void escalate()}>
            {t('order.escalate')}
          </button>
          <button type="button" className="button" onClick={() => next(1)}>
            {t('wizard.showEvidence')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-primary" data-primary="true" onClick={() => next(1)}>
          {t('wizard.showEvidence')}
        </button>
      )}
    </section>
  );
}

export function EvidenceStep({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const format = useFormatters();
  const { causeIndex, chooseCause, go } = useWizardStore();
  const escalate = useEscalate(view.order.id);
  const diagnosis = view.diagnosis;
  const causes = wizardCauses(diagnosis);
  if (!diagnosis || causes.length === 0) {
    const unexplained = isUnexplained(diagnosis);
    return (
      <section>
        <p className="verdict">
          {unexplained
            ? t('order.unexplained')
            : diagnosis
              ? outcomeVerdict(diagnosis.outcome, diagnosis.missing ?? [], locale)
              : t('wizard.notDiagnosed')}
        </p>
        {unexplained && <CheckedList view={view} />}
        {unexplained ? (
          <button type="button" className="button button-primary" data-primary="true" onClick={() => void escalate()}>
            {t('order.escalate')}
          </button>
        ) : (
          <button type="button" className="button button-primary" data-primary="true" onClick={() => go(3)}>
            {t('wizard.verify')}
          </button>
        )}
      </section>
    );
  }
  const names = namesFrom(view);
  return (
    <section>
      <fieldset className="cause-choice">
        <legend>{t('wizard.chooseCause')}</legend>
        {causes.map((cause, index) => (
          <label key={`${cause.code}:${index}`} className={`cause-option${index === causeIndex ? ' is-chosen' : ''}`}>
            <input type="radio" name="cause" checked={index === causeIndex} onChange={() => chooseCause(index)} />
            <span>
              {index === diagnosis.causes.length && <span className="cause-option-group">{t('order.alsoFound')} · </span>}
              <strong>{causeTitle(cause.code, locale)}</strong> — {causeVerdict(cause, locale, names, format)}
              {index === causeIndex && <EvidenceView cause={cause} names={names} />}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button-primary" data-primary="true" onClick={() => go(2)}>
        {t('wizard.toFix')}
      </button>
    </section>
  );
}

export function ChangesTable({
  changes
}: {
  changes: { entity: string; entityId: string; field: string; before: unknown; after: unknown }[];
}) {
  const view = useWizardStore((state) => state.view);
  return <ChangeTable changes={changes} names={view ? namesFrom(view) : {}} />;
}

/**
 * What an applied fix did: on a snapshot mirror it changed the local copy only, so it says
 * "planned change" and lists where to make each change in the Admin, never that the store is fixed.
 */
export function FixAppliedBanner({ applied, testId }: { applied: FixResult; testId: string }) {
  const { t } = useT();
  const view = useWizardStore((state) => state.view);
  if (applied.plannedChanges.length === 0) {
    return (
      <p className="banner banner-success" role="status" data-testid={testId}>
        {t('wizard.applied', { n: applied.rediagnosed })}
      </p>
    );
  }
  return (
    <div className="banner banner-warning" role="status" data-testid={testId} data-planned="true">
      <p>{t('plan.fixPlanned', { n: applied.rediagnosed })}</p>
      <PlannedChangeList changes={applied.plannedChanges} names={view ? namesFrom(view) : undefined} />
    </div>
  );
}

export function FixStep({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const account = useAppStore((state) => state.info?.account ?? null);
  const { causeIndex, fix, preview, applied, busy, editFix, previewFix, applyFix, go } = useWizardStore();
  const connected = useConnectedAccount() !== null;
  const [planning, setPlanning] = useState(false);
  const cause = wizardCauses(view.diagnosis)[causeIndex];
  const texts = domainTexts(locale);
  if (!cause)
    return (
      <section>
        <p>{t('wizard.nothingToFix')}</p>
        <button type="button" className="button button-primary" data-primary="true" onClick={() => go(3)}>
          {t('wizard.verify')}
        </button>
      </section>
    );
  const steps = texts.causes[cause.code].adminSteps;
  if (!cause.fix.appliesInMirror || !fix) {
    const link = account ? adminUrl(account, adminTargetFor(cause)) : null;
    return (
      <section>
        <p className="banner banner-warning" data-testid="outside-fix">
          {texts.causes[cause.code].fix}
        </p>
        {steps && <p className="admin-steps">{steps}</p>}
        {link && (
          <a className="button" href={link} target="_blank" rel="noreferrer">
            {t('wizard.openAdmin')}
          </a>
        )}
        <button type="button" className="button button-primary" data-primary="true" onClick={() => go(3)}>
          {t('wizard.verify')}
        </button>
      </section>
    );
  }
  if (applied) {
    return (
      <section>
        <FixAppliedBanner applied={applied} testId="fix-applied" />
        <ChangesTable changes={applied.changes} />
        <button type="button" className="button button-primary" data-primary="true" onClick={() => go(3)}>
          {t('wizard.verify')}
        </button>
      </section>
    );
  }
  // Connected, the fix goes to the store; planning it on the local copy is the secondary, labelled way.
  const local = !connected || planning;
  return (
    <section>
      <h3>{texts.fixKinds[cause.fix.kind]}</h3>
      <FixForm fix={fix} choices={choicesFrom(view.records)} onChange={editFix} />
      {connected && <ConnectedFixPanel fix={fix} orderId={view.order.id} />}
      {connected && !planning && (
        <button type="button" className="button button-quiet" data-testid="plan-instead" onClick={() => setPlanning(true)}>
          {t('modes.planInstead')}
        </button>
      )}
      {local && connected && (
        <p className="muted" data-testid="plan-instead-note">
          {t('modes.planInsteadNote')}
        </p>
      )}
      {local && !preview && (
        <button
          type="button"
          className={connected ? 'button' : 'button button-primary'}
          data-primary={!connected}
          disabled={busy}
          onClick={() => void previewFix()}
        >
          {t('wizard.preview')}
        </button>
      )}
      {local && preview && (
        <>
          <p>{t('wizard.confirmChanges', { n: preview.affectedOrderIds.length })}</p>
          <FixScopeNote preview={preview} orderId={view.order.id} />
          <ChangesTable changes={preview.changes} />
          <button
            type="button"
            className={connected ? 'button' : 'button button-primary'}
            data-primary={!connected}
            disabled={busy}
            onClick={() => void applyFix()}
          >
            {connected ? t('modes.planApply') : t('wizard.apply')}
          </button>
        </>
      )}
    </section>
  );
}

export function VerifyStep() {
  const { t, locale } = useT();
  const format = useFormatters();
  const { verified, verdict, busy, verify, go, close } = useWizardStore();
  if (!verified || !verdict)
    return (
      <section>
        <p className="muted">{busy ? t('wizard.working') : ''}</p>
        <button type="button" className="button" onClick={() => void verify()}>
          {t('wizard.verifyAgain')}
        </button>
      </section>
    );
  // The replay's own judge decides, and its simulation is the one shown: green never sits above "no SLA".
  const green = verdict.result === 'would_integrate';
  const diagnosis = verdict.diagnosis;
  const reasons = [
    ...(verdict.result === 'duplicate' ? [t('reprocess.skippedDuplicate')] : []),
    ...(verdict.result === 'not_failed' ? [t('reprocess.skippedNotFailed')] : []),
    ...(diagnosis?.causes ?? []).map((cause) => causeVerdict(cause, locale, namesFrom(verified), format)),
    ...(diagnosis && diagnosis.causes.length === 0 && diagnosis.outcome !== 'no_cause_found'
      ? [outcomeVerdict(diagnosis.outcome, diagnosis.missing ?? [], locale)]
      : [])
  ];
  return (
    <section>
      {green ? (
        <div className="banner banner-success" role="status" data-testid="verify-green" data-local-copy={verdict.localCopy}>
          <p>
            ✓{' '}
            {!verdict.localCopy
              ? verified.order.id === 0
                ? t('storefront.verifyGreen')
                : t('wizard.green')
              : verdict.plannedChanges.length > 0
                ? t('plan.verifyGreen')
                : t('plan.verifyGreenAsIs')}
          </p>
          <PlannedChangeList changes={verdict.plannedChanges} names={namesFrom(verified)} />
        </div>
      ) : (
        <div className="banner banner-error" role="status" data-testid="verify-red">
          <p>{t('wizard.stillWrong')}</p>
          {reasons.length > 0 && (
            <ul>
              {reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          )}
          {verdict.message && <p data-testid="verify-vtex-answer">{t('wizard.vtexWouldAnswer', { message: verdict.message })}</p>}
        </div>
      )}
      {verdict.simulation && <SimulationResultView result={verdict.simulation} />}
      <VtexVerifyPanel orderId={verified.order.id} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void verify()}>
          {t('wizard.verifyAgain')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-primary="true"
          onClick={() => (green && verified.order.id === 0 ? close() : go(green ? 4 : 1))}
        >
          {green ? (verified.order.id === 0 ? t('wizard.finish') : t('wizard.toReprocess')) : t('wizard.backToEvidence')}
        </button>
      </div>
    </section>
  );
}

export function ReprocessStep() {
  const { t } = useT();
  const { outcome, outcomePlan, busy, reprocess, view, verified, close } = useWizardStore();
  const goTo = useAppStore((state) => state.go);
  const escalate = useEscalate(view?.order.id ?? 0);
  // Connected, the order is reprocessed where VTEX sees it; the replay on the copy stays, secondary.
  const connected = useConnectedAccount() !== null;
  // The latest diagnosis decides: an order a fix has since explained may be reprocessed.
  const unexplained = isUnexplained((verified ?? view)?.diagnosis);
  if (unexplained && !outcome) {
    return (
      <section>
        <p className="banner banner-unexplained" data-testid="wizard-no-reprocess">
          {t('wizard.noReprocess')}
        </p>
        <button type="button" className="button button-primary" data-primary="true" onClick={() => void escalate()}>
          {t('order.escalate')}
        </button>
      </section>
    );
  }
  return (
    <section>
      {connected && view && <ConnectedReprocess view={view} />}
      <p className="muted">{t('reprocess.localReplay')}</p>
      {view?.omsOrderId && <p className="banner banner-warning">{t('reprocess.duplicateGuard', { id: view.omsOrderId })}</p>}
      {!outcome && (
        <button
          type="button"
          className={connected ? 'button' : 'button button-primary'}
          data-primary={!connected}
          disabled={busy}
          onClick={() => void reprocess()}
        >
          {t('reprocess.run')}
        </button>
      )}
      {outcome?.result === 'succeeded' && (
        <p className="banner banner-success" role="status" data-testid="reprocess-succeeded">
          ✓ {t('reprocess.succeeded', { id: outcome.vtexOrderId ?? '' })}
        </p>
      )}
      {outcome?.result === 'would_integrate' && (
        <div className="banner banner-warning" role="status" data-testid="reprocess-would-integrate">
          <p>{outcomePlan.length > 0 ? t('plan.wouldIntegrate') : t('plan.wouldIntegrateAsIs')}</p>
          <PlannedChangeList changes={outcomePlan} names={view ? namesFrom(view) : undefined} />
          {outcomePlan.length > 0 && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  close();
                  goTo('plan');
                }}
              >
                {t('plan.openPlan')}
              </button>
            </div>
          )}
        </div>
      )}
      {outcome?.result === 'still_failing' && (
        <p className="banner banner-error" role="status" data-testid="reprocess-failed">
          {t('reprocess.stillFailing')} {outcome.message}
        </p>
      )}
      {outcome?.result === 'skipped_duplicate' && (
        <p className="banner banner-warning" role="status" data-testid="reprocess-duplicate">
          {t('reprocess.skippedDuplicate')}
        </p>
      )}
      {outcome?.result === 'skipped_not_failed' && (
        <p className="banner" role="status">
          {t('reprocess.skippedNotFailed')}
        </p>
      )}
    </section>
  );
}
