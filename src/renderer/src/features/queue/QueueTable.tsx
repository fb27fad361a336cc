import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ResizableColumn } from '../../../../shared/api/app';
import type { QueueRow } from '../../../../shared/api/queue';
import { MarketplaceBadge } from '../../components/MarketplaceBadge';
import { TypeChip } from '../../components/TypeChip';
import { formatMoney, formatNumber } from '../../i18n';
import { isUnexplained } from '../../i18n/domain/sweep';
import { causeTitle, domainTexts } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/en';
import { usePreferencesStore } from '../../stores/preferences-store';
import { QUEUE_PAGE, useQueueStore } from '../../stores/queue-store';
import { ColumnResizer } from './ColumnResizer';
import { useFixedRows } from './use-fixed-rows';
import './queue-table.css';

const ROW_HEIGHT = 38;
/**
 * The queue screen's height around its list (title, the filter bar on two lines, the column heads,
 * margins): 188 px from 1024 to 1440 px wide, 145 at 1920 where the bar holds one line. The list's
 * first render takes the window's height less this as its own, so a first page that arrived before
 * the screen mounted is rendered at once, instead of after the list has measured itself (a forced
 * layout) and rendered again; the measured size replaces the estimate in the same commit.
 */
const CHROME_HEIGHT = 188;
/** The Element Timing name of the first row's order id: its paint is when the queue first shows. */
const FIRST_ROW_TIMING = 'queue-first-row';

/** The columns an agent can resize, with their titles, in the table's order. */
const RESIZABLE: { column: ResizableColumn; title: MessageKey; className?: string }[] = [
  { column: 'affiliate', title: 'queue.col.affiliate' },
  { column: 'orderId', title: 'orders.col.orderId' },
  { column: 'errorType', title: 'queue.col.errorType' },
  { column: 'cause', title: 'queue.col.cause' },
  { column: 'value', title: 'orders.col.value', className: 'num' }
];

function ageDays(iso: string | null): number | null {
  if (!iso) return null;
  return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));
}

function CauseCell({ row }: { row: QueueRow }) {
  const { t, locale } = useT();
  // A resolved order's cause no longer asks for work: the row says how it was closed.
  if (row.state === 'resolved' && row.resolutionReason) {
    return (
      <span className="chip chip-resolved" data-testid="row-resolved">
        ✓ {t(`loop.reason.${row.resolutionReason}`)}
      </span>
    );
  }
  // Passes every check on the local copy only: it waits for the planned changes, it is not integrated.
  if (row.wouldIntegrate)
    return (
      <span className="chip" data-testid="row-would-integrate" title={t('plan.wouldIntegrate')}>
        ~ {t('plan.queueWouldIntegrate')}
      </span>
    );
  if (row.topCause) {
    const cause = row.topCause;
    const subject = cause.skuId
      ? `SKU ${cause.skuId}${cause.skuName ? ` ${cause.skuName}` : ''}`
      : (cause.dockId ?? cause.shippingPolicyId ?? cause.tradePolicyId ?? '');
    return (
      <span className="cause-cell">
        <span className="cause-title">{causeTitle(cause.code, locale)}</span>
        {subject && <span className="cause-subject"> · {subject}</span>}
        {row.causeCount > 1 && <span className="cause-more"> +{row.causeCount - 1}</span>}
      </span>
    );
  }
  const outcomes = domainTexts(locale).outcomes;
  // Never green: "unexplained" is its own outcome, marked so it reads without colour too.
  if (row.outcome && row.errorType && isUnexplained({ outcome: row.outcome, errorType: row.errorType })) {
    return (
      <span className="outcome-unexplained" data-testid="outcome-unexplained">
        <span aria-hidden="true">? </span>
        {outcomes.unexplained.title}
      </span>
    );
  }
  // As the order pane: no cause left only because a planned change of the copy removed it, so it is not "no cause found".
  if (row.outcome === 'no_cause_found' && row.waitsForPlan)
    return (
      <span className="chip chip-warning chip-fits" data-testid="row-waits-for-plan" title={t('plan.queueWaitsForPlanTitle')}>
        <span className="chip-text">~ {t('plan.queueWaitsForPlan')}</span>
      </span>
    );
  if (row.outcome === 'no_cause_found' || row.outcome === 'insufficient_data')
    return <span className="muted">{outcomes[row.outcome].title}</span>;
  return <span className="muted">—</span>;
}

/** The queue as a virtual list: only the rows in view are in the DOM, pages load as it scrolls. */
export function QueueTable() {
  const { t, locale } = useT();
  const { rows, total, selectedIndex, cursorIndex, ensureRange, select } = useQueueStore();
  const { columnWidths, setColumnWidths } = usePreferencesStore();
  // While a grip is dragged the table follows it; the width is saved once, when it is let go.
  const [dragging, setDragging] = useState<Partial<Record<ResizableColumn, number>>>({});
  const widths = { ...columnWidths, ...dragging };
  const trackStyle = Object.fromEntries(
    Object.entries(widths).map(([column, width]) => [`--w-${column}`, `${width}px`])
  ) as CSSProperties;
  const resize = (column: ResizableColumn, width: number, done: boolean) => {
    if (done) {
      setDragging({});
      setColumnWidths({ [column]: width });
    } else setDragging({ [column]: width });
  };
  const scroller = useRef<HTMLDivElement>(null);
  const { indexes, totalSize, scrollToIndex } = useFixedRows({
    count: total,
    rowHeight: ROW_HEIGHT,
    overscan: 12,
    scroller,
    initialHeight: Math.max(ROW_HEIGHT, window.innerHeight - CHROME_HEIGHT)
  });
  const first = indexes[0] ?? 0;
  const last = indexes[indexes.length - 1] ?? 0;

  useEffect(() => {
    void ensureRange(first, last + QUEUE_PAGE / 4);
  }, [first, last, ensureRange]);

  useEffect(() => {
    if (cursorIndex !== null) scrollToIndex(cursorIndex);
  }, [cursorIndex, scrollToIndex]);

  return (
    <div
      className="queue-table"
      role="grid"
      aria-rowcount={total}
      aria-label={t('queue.title')}
      data-testid="queue-table"
      style={trackStyle}
    >
      <div className="queue-head" role="row">
        {RESIZABLE.map(({ column, title, className }) => (
          <span key={column} role="columnheader" className={className} data-column={column} title={t(title)}>
            {t(title)}
            <ColumnResizer column={column} label={t(title)} onResize={resize} />
          </span>
        ))}
        <span role="columnheader" className="num col-extra" title={t('queue.col.age')}>
          {t('queue.col.age')}
        </span>
        <span role="columnheader" className="num col-extra" title={t('queue.col.attempts')}>
          {t('queue.col.attempts')}
        </span>
      </div>
      <div className="queue-scroll" ref={scroller} tabIndex={-1}>
        <div style={{ height: totalSize, position: 'relative' }}>
          {indexes.map((index) => {
            const row = rows.get(index);
            const selected = index === selectedIndex;
            const cursor = index === cursorIndex;
            return (
              <div
                key={index}
                role="row"
                aria-rowindex={index + 1}
                aria-selected={selected}
                data-testid="queue-row"
                className={`queue-row${selected ? ' is-selected' : ''}${cursor ? ' is-cursor' : ''}`}
                style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
                onClick={() => select(index)}
              >
                {row ? (
                  <>
                    <span role="gridcell">
                      <MarketplaceBadge affiliateId={row.affiliateId} connectorName={row.connectorName} />
                    </span>
                    <span
                      role="gridcell"
                      className="mono ellipsis"
                      // The desk's "first render" is this cell's first paint (Element Timing; desk-perf.perf.ts).
                      elementtiming={index === 0 ? FIRST_ROW_TIMING : undefined}
                    >
                      {row.marketplaceOrderId}
                    </span>
                    <span role="gridcell" className="ellipsis">
                      {row.errorType ? (
                        <TypeChip
                          errorType={row.errorType}
                          inferredErrorType={row.inferredErrorType}
                          confidence={row.confidence}
                          compact
                        />
                      ) : row.integrationStatus === 'success' ? (
                        <span className="chip chip-success">✓ {t('status.success')}</span>
                      ) : (
                        '—'
                      )}
                    </span>
                    <span role="gridcell" className="ellipsis">
                      <CauseCell row={row} />
                    </span>
                    <span role="gridcell" className="num">
                      {formatMoney(locale, row.valueCents)}
                    </span>
                    <span role="gridcell" className="num col-extra">
                      {ageDays(row.createdAt) === null
                        ? '—'
                        : t('queue.ageDays', { days: formatNumber(locale, ageDays(row.createdAt)!) })}
                    </span>
                    <span role="gridcell" className="num col-extra">
                      {row.attempts}
                    </span>
                  </>
                ) : (
                  <span className="skeleton" aria-hidden="true" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
