import type { OrderView } from '../../../../shared/api/orders';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { causeTitle, causeVerdict, domainTexts } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { EvidenceView } from './EvidenceView';
import { namesFrom } from './names';
import { useFormatters } from './use-formatters';

interface Props {
  cause: Cause;
  view: OrderView;
  onFix: (cause: Cause) => void;
  /** An "also found" card: the verdict and the fix, the evidence folded away. */
  compact?: boolean;
}

/** One cause: the verdict in words, its evidence, and the fix as the primary action. */
export function CauseCard({ cause, view, onFix, compact = false }: Props) {
  const { locale } = useT();
  const format = useFormatters();
  const texts = domainTexts(locale);
  const outside = !cause.fix.appliesInMirror;
  const names = namesFrom(view);
  const verdict = causeVerdict(cause, locale, names, format);
  return (
    <article
      className={`cause-card${outside ? ' is-outside' : ''}${compact ? ' is-compact' : ''}`}
      data-testid={compact ? 'also-found-card' : 'cause-card'}
      data-cause={cause.code}
    >
      <header className="cause-card-head">
        <span className="cause-code">{causeTitle(cause.code, locale)}</span>
        {outside && (
          <span className="chip chip-warning">{texts.causes[cause.code].adminSteps ? '⚑ Admin' : '⚑ Marketplace'}</span>
        )}
      </header>
      <p className="verdict">{verdict}</p>
      {compact ? (
        <details className="cause-evidence">
          <summary>{texts.wizardSteps.evidence}</summary>
          <EvidenceView cause={cause} verdict={verdict} names={names} />
        </details>
      ) : (
        <EvidenceView cause={cause} verdict={verdict} names={names} />
      )}
      <footer className="cause-card-foot">
        <span className="muted">{texts.causes[cause.code].fix}</span>
        {cause.fix.kind !== 'none' && (
          <button type="button" className={`button${compact ? '' : ' button-primary'}`} onClick={() => onFix(cause)}>
            {texts.fixKinds[cause.fix.kind]}
          </button>
        )}
      </footer>
    </article>
  );
}
