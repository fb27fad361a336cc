import { useRef } from 'react';
import type { ResizableColumn } from '../../../../shared/api/app';
import { useT } from '../../i18n/use-t';

const MIN = 40;
const MAX = 1200;
const STEP = 16;

interface Props {
  column: ResizableColumn;
  label: string;
  /** Live while dragging (the table follows the pointer); `done` when the agent lets go (the width is saved). */
  onResize: (column: ResizableColumn, width: number, done: boolean) => void;
}

/** The grip on a column header's right edge: drag it, or focus it and use ← →. */
export function ColumnResizer({ column, label, onResize }: Props) {
  const { t } = useT();
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const widthOf = (grip: HTMLElement) => grip.parentElement!.getBoundingClientRect().width;
  const clamp = (width: number) => Math.round(Math.min(MAX, Math.max(MIN, width)));

  return (
    <span
      className="col-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('loop.resizeColumn', { column: label })}
      tabIndex={0}
      data-testid={`resize-${column}`}
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: widthOf(event.currentTarget) };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(column, clamp(drag.current.startWidth + event.clientX - drag.current.startX), false);
      }}
      onPointerUp={(event) => {
        if (!drag.current) return;
        onResize(column, clamp(drag.current.startWidth + event.clientX - drag.current.startX), true);
        drag.current = null;
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        event.preventDefault();
        event.stopPropagation();
        onResize(column, clamp(widthOf(event.currentTarget) + (event.key === 'ArrowRight' ? STEP : -STEP)), true);
      }}
    />
  );
}
