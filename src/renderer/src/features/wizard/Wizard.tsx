import { useEffect, useRef, useState } from 'react';
import { domainTexts, errorTypeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { useWizardStore, wizardSteps } from '../../stores/wizard-store';
import { EvidenceStep, FixStep, ReprocessStep, VerifyStep, WhatHappenedStep } from './steps';

/** The stepper over the order pane: one decision per step, Back always possible, Enter for the primary action. */
export function Wizard({ onFinished }: { onFinished: () => void }) {
  const { t, locale } = useT();
  const { open, step, view, busy, error, close, go } = useWizardStore();
  const dialog = useRef<HTMLDivElement>(null);
  const texts = domainTexts(locale);

  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open, step]);

  // A step is ticked green only once the agent has been on it: jumping ahead through the stepper
  // (an unexplained order straight to Reprocess) must not show Verify as passed.
  const [visited, setVisited] = useState<{ orderId: number | null; steps: Set<number> }>({ orderId: null, steps: new Set() });
  const orderId = view?.order.id ?? null;
  useEffect(() => {
    if (!open) {
      setVisited({ orderId: null, steps: new Set() });
      return;
    }
    setVisited((previous) => ({ orderId, steps: new Set(previous.orderId === orderId ? [...previous.steps, step] : [step]) }));
  }, [open, orderId, step]);

  if (!open || !view) return null;
  const steps = wizardSteps(view);
  const done = (index: number) => index < step && visited.orderId === orderId && visited.steps.has(index);
  const errorType = view.diagnosis?.errorType ?? 'unclassified';
  const inferred = view.diagnosis?.inferredErrorType;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      onFinished();
    }
    if (event.key === 'Enter' && !(event.target instanceof HTMLTextAreaElement) && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      dialog.current?.querySelector<HTMLButtonElement>('[data-primary="true"]:not(:disabled)')?.click();
    }
  };

  return (
    <div
      className="wizard"
      role="dialog"
      aria-modal="true"
      aria-labelledby="wizard-title"
      tabIndex={-1}
      ref={dialog}
      onKeyDown={onKeyDown}
      data-testid="wizard"
    >
      <header className="wizard-head">
        <h2 id="wizard-title">
          {inferred ? t('type.inferred', { type: errorTypeTitle(inferred, locale) }) : errorTypeTitle(errorType, locale)} ·{' '}
          <span className="mono">{view.order.marketplaceOrderId}</span>
        </h2>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('wizard.close')}
          onClick={() => {
            close();
            onFinished();
          }}
        >
          ✕
        </button>
      </header>
      <ol className="stepper">
        {steps.map((name, index) => (
          <li
            key={name}
            className={index === step ? 'is-current' : done(index) ? 'is-done' : ''}
            aria-current={index === step ? 'step' : undefined}
          >
            <button type="button" onClick={() => go(index)}>
              <span className="step-n">{done(index) ? '✓' : index + 1}</span> {texts.wizardSteps[name]}
            </button>
          </li>
        ))}
      </ol>
      <div className="wizard-body" data-step={steps[step]}>
        {steps[step] === 'whatHappened' && <WhatHappenedStep view={view} />}
        {steps[step] === 'evidence' && <EvidenceStep view={view} />}
        {steps[step] === 'fix' && <FixStep view={view} />}
        {steps[step] === 'verify' && <VerifyStep />}
        {steps[step] === 'reprocess' && <ReprocessStep />}
        {error && (
          <div className="banner banner-error" role="alert">
            {error}
          </div>
        )}
      </div>
      <footer className="wizard-foot">
        <button type="button" className="button" disabled={step === 0} onClick={() => go(step - 1)}>
          {t('wizard.back')}
        </button>
        {busy && <span className="muted">{t('wizard.working')}</span>}
        {step < steps.length - 1 ? (
          <button type="button" className="button" onClick={() => go(step + 1)}>
            {t('wizard.next')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              onFinished();
            }}
          >
            {t('wizard.finish')}
          </button>
        )}
      </footer>
    </div>
  );
}
