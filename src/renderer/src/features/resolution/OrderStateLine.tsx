import type { OrderView } from '../../../../shared/api/orders';
import { formatDateTime } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { useOrderStore } from '../../stores/order-store';
import './resolution.css';

const KNOWN_STATUSES = new Set(['new', 'approved', 'canceled', 'shipped', 'invoiced', 'delivered']);

/** VTEX's own spelling varies ("cancelled", "Canceled"): one word for the check. */
export function isCanceledAtMarketplace(status: string | null): boolean {
  return status !== null && /^cancel/i.test(status.trim());
}

/** The marketplace's status as sent with the order, in words where the desk knows it. */
export function MarketplaceStatus({ status }: { status: string | null }) {
  const { t } = useT();
  const normalised = status?.trim().toLowerCase() ?? null;
  const known = normalised === 'cancelled' ? 'canceled' : normalised;
  const text =
    known === null ? t('loop.mpStatus.unknown') : KNOWN_STATUSES.has(known) ? t(`loop.mpStatus.${known}` as MessageKey) : status!;
  return (
    <span className={`mp-status${isCanceledAtMarketplace(status) ? ' is-canceled' : ''}`} data-testid="marketplace-status">
      {t('loop.marketplaceStatus')}: <strong>{text}</strong>
    </span>
  );
}

/** How the agent closed the order, and the way back to the open queue. */
export function ResolutionBanner({ view }: { view: OrderView }) {
  const { t, locale } = useT();
  const reopen = useOrderStore((state) => state.reopen);
  if (view.state !== 'resolved' || !view.resolution) return null;
  const { resolution } = view;
  return (
    <div className="banner resolution-banner" role="status" data-testid="resolution-banner">
      <span>
        {t('loop.resolvedBy', {
          who: resolution.resolvedBy,
          when: formatDateTime(locale, resolution.resolvedAt),
          reason: t(`loop.reason.${resolution.reason}`)
        })}
        {resolution.note && <q className="resolution-note">{resolution.note}</q>}
      </span>
      <button type="button" className="button" onClick={() => void reopen()}>
        {t('loop.reopen')}
      </button>
    </div>
  );
}
