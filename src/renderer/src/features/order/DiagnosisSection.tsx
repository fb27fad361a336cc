import type { OrderView } from '../../../../shared/api/orders';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { missingDataWords } from '../../i18n/domain/data-words';
import { checkedWords, inferredSentence, isUnexplained } from '../../i18n/domain/sweep';
import { outcomeVerdict } from '../../i18n/domain/verdict';
import { formatDateTime } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { CauseCard } from './CauseCard';
import { namesFrom } from './names';
import { useFormatters } from './use-formatters';

/** The families the sweep ran, and what it could not check for lack of data. */
export function CheckedList({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const checked = checkedWords(view.diagnosis?.checked, locale);
  // An insufficient_data banner already names what is missing.
  const missing = view.diagnosis?.outcome === 'insufficient_data' ? [] : (view.diagnosis?.missing ?? []);
  if (checked.length === 0 && missing.length === 0) return null;
  return (
    <dl className="checked-list" data-testid="checked-list">
      {checked.length > 0 && (
        <div>
          <dt>{t('order.checked')}</dt>
          <dd>{checked.join(' · ')}</dd>
        </div>
      )}
      {missing.length > 0 && (
        <div>
          <dt>{t('order.couldNotCheck')}</dt>
          <dd>{missingDataWords(missing, locale).join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The verdict of a diagnosis, evidence first: an unexplained order says so and is never green; an
 * inferred type says what the data shows; then the causes, and the findings outside the message's
 * type under "Also found".
 */
export function DiagnosisSection({
  view,
  onFix,
  waitsForPlan = false
}: {
  view: OrderView;
  onFix: (cause: Cause) => void;
  /** The order passes only with planned changes of the local copy: never green, never "reprocess it". */
  waitsForPlan?: boolean;
}) {
  const { t, locale } = useT();
  const format = useFormatters();
  const diagnosis = view.diagnosis;
  // An integrated order says what happened, never "Not diagnosed yet" (a reprocess clears the diagnosis).
  const integrated =
    view.order.integrationStatus === 'success'
      ? [...view.attempts].reverse().find((attempt) => attempt.status === 'success')
      : undefined;
  if (view.order.integrationStatus === 'success') {
    return (
      <p className="banner banner-success" role="status" data-testid="integrated-outcome">
        {t(integrated?.source === 'reprocess' ? 'order.integratedByReplay' : 'order.integrated', {
          id: integrated?.vtexOrderId ?? view.omsOrderId ?? '—',
          at: integrated?.processedAt ? formatDateTime(locale, integrated.processedAt) : '—'
        })}
      </p>
    );
  }
  if (!diagnosis) return <p className="muted">{t('order.notDiagnosed')}</p>;
  const unexplained = isUnexplained(diagnosis);
  const inferred = inferredSentence(diagnosis, diagnosis.confidence, locale, namesFrom(view), format);
  const alsoFound = diagnosis.alsoFound ?? [];
  return (
    <>
      {unexplained && (
        <div className="banner banner-unexplained" role="status" data-testid="unexplained-banner">
          <p className="banner-title">
            <span aria-hidden="true">? </span>
            {t('order.unexplained')}
          </p>
          <p>{t('order.unexplainedAdvice')}</p>
          <CheckedList view={view} />
        </div>
      )}
      {!unexplained && diagnosis.causes.length === 0 && (
        <p
          className={`banner ${diagnosis.outcome === 'no_cause_found' && !waitsForPlan ? 'banner-success' : 'banner-warning'}`}
          data-testid="outcome-banner"
        >
          {diagnosis.outcome === 'no_cause_found' && waitsForPlan
            ? t('plan.passesOnCopy')
            : outcomeVerdict(diagnosis.outcome, diagnosis.missing ?? [], locale)}
        </p>
      )}
      {inferred && (
        <p className="banner banner-inferred" data-testid="inferred-sentence">
          {inferred}
        </p>
      )}
      {diagnosis.causes.map((cause, index) => (
        <CauseCard key={`${cause.code}:${index}`} cause={cause} view={view} onFix={onFix} />
      ))}
      {alsoFound.length > 0 && (
        <section className="also-found" data-testid="also-found" aria-label={t('order.alsoFound')}>
          <h4>{t('order.alsoFound')}</h4>
          <p className="muted">{t('order.alsoFoundLead')}</p>
          {alsoFound.map((cause, index) => (
            <CauseCard key={`${cause.code}:${index}`} cause={cause} view={view} onFix={onFix} compact />
          ))}
        </section>
      )}
      {!unexplained && <CheckedList view={view} />}
    </>
  );
}
