import type { ErrorType } from '../../../shared/domain/error-types';
import { formatPercent } from '../i18n';
import { errorTypeTitle } from '../i18n/domain/verdict';
import { useT } from '../i18n/use-t';
import { typeChipState } from './type-chip-state';

/**
 * A type's name inside its mark's words ("{type} · inferred"): in a narrow column the name gives way
 * ("Estado en el mar… · inferido") and the mark stays, on one line (the chip used to wrap to two).
 */
function MarkedType({ template, type }: { template: string; type: string }) {
  const [before, after = ''] = template.split('{type}');
  return (
    <>
      {before && <span className="type-chip-mark">{before}</span>}
      <span className="type-chip-name">{type}</span>
      {after && <span className="type-chip-mark">{after}</span>}
    </>
  );
}

interface Props {
  /** What the message says, as classified. */
  errorType: ErrorType;
  /** The type the evidence points to, when the message did not decide it. */
  inferredErrorType?: ErrorType | null;
  /** The classifier's confidence (0–1); null before a diagnosis. */
  confidence?: number | null;
  /** One chip only (a queue row): the inferred type when there is one, the message's otherwise. */
  compact?: boolean;
}

/**
 * The error type an order is filed under, with the classifier's confidence. Below the threshold the
 * message's chip says "uncertain"; a type the sweep inferred shows as "Price missing · inferred" with a
 * dashed outline. The words carry the meaning, so it reads without colour.
 */
export function TypeChip({ errorType, inferredErrorType = null, confidence = null, compact = false }: Props) {
  const { t, locale } = useT();
  const { uncertain, showConfidence } = typeChipState(errorType, inferredErrorType, confidence);
  const percent = showConfidence && confidence !== null ? formatPercent(locale, confidence) : null;
  const said = errorTypeTitle(errorType, locale);
  const confidenceWords = percent ? t('type.confidence', { confidence: percent }) : undefined;
  const inferredChip = inferredErrorType && (
    <span
      className={`type-chip is-marked is-inferred family-${inferredErrorType}`}
      title={[t('type.inferredTitle', { said }), confidenceWords].filter(Boolean).join(' · ')}
      data-testid="type-chip-inferred"
    >
      <MarkedType template={t('type.inferred')} type={errorTypeTitle(inferredErrorType, locale)} />
    </span>
  );
  const messageChip = (
    <span
      className={`type-chip family-${errorType}${uncertain ? ' is-marked is-uncertain' : ''}`}
      title={uncertain ? t('type.uncertainTitle', { confidence: percent ?? '' }) : confidenceWords}
      data-testid="type-chip"
    >
      {uncertain ? <MarkedType template={t('type.uncertain')} type={said} /> : said}
    </span>
  );
  return (
    <span className="type-chips">
      {compact && inferredChip ? inferredChip : messageChip}
      {!compact && inferredChip}
      {percent && (
        <span className={`confidence${uncertain ? ' is-low' : ''}`} title={confidenceWords} data-testid="confidence">
          {percent}
        </span>
      )}
    </span>
  );
}
