import type { IntegrationStatus } from '../../../shared/domain/model';
import { useT } from '../i18n/use-t';

const ICON: Record<IntegrationStatus, string> = { error: '✕', success: '✓', pending: '…' };

/** Status in words and a glyph, so it reads without colour too. */
export function StatusChip({ status }: { status: IntegrationStatus }) {
  const { t } = useT();
  return (
    <span className={`chip chip-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
