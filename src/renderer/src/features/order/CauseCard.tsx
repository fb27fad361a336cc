import type { OrderView } from '../../../../shared/api/orders';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { causeTitle, causeVerdict, domainTexts } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { EvidenceView } from './EvidenceView';
import { namesFrom } from './names';
import { useFormatters } from './use-formatters';

/** One cause: the verdict in words, its evidence, and the fix as the primary action. */
export function CauseCard({ cause, view, onFix }: { cause: Cause; view: OrderView; onFix: (cause: Cause) => void }) {
  const { locale } = useT();
  const format = useFormatters();
  const texts = domainTexts(locale);
  const outside = !cause.fix.appliesInMirror;
  const verdict = causeVerdict(cause, locale, namesFrom(view), format);
  return (
    <article className={`cause-card${outside ? ' is-outside' : ''}`} data-testid="cause-card" data-cause={cause.code}>
      <header className="cause-card-head">
        <span className="cause-code">{causeTitle(cause.code, locale)}</span>
        {outside && <span className="chip chip-warning">{texts.causes[cause.code].adminSteps ? '⚑ Admin' : '⚑ Marketplace'}</span>}
      </header>
      <p className="verdict">{verdict}</p>
      <EvidenceView cause={cause} verdict={verdict} />
      <footer className="cause-card-foot">
        <span className="muted">{texts.causes[cause.code].fix}</span>
        {cause.fix.kind !== 'none' && (
          <button type="button" className="button button-primary" onClick={() => onFix(cause)}>
            {texts.fixKinds[cause.fix.kind]}
          </button>
        )}
      </footer>
    </article>
  );
}
