import { DateField } from '../../components/DateField';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useQueueStore } from '../../stores/queue-store';

/** ISO at the start (or end) of a local calendar day, for the date filter. */
function dayToIso(day: string, endOfDay: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isoToDay(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The creation-date range, folded into one button so the bar keeps to one line; the chips show the days chosen. */
export function DatesMenu() {
  const { t } = useT();
  const { filter, setFilter } = useQueueStore();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const active = Boolean(filter.from || filter.to);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="facet" ref={root} data-testid="facet-dates" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className={`facet-button${active ? ' is-active' : ''}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('loop.dates')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div className="facet-menu dates-menu">
          <label className="date-field">
            <span>{t('queue.from')}</span>
            <DateField value={isoToDay(filter.from)} onChange={(day) => void setFilter({ from: dayToIso(day, false) })} />
          </label>
          <label className="date-field">
            <span>{t('queue.to')}</span>
            <DateField value={isoToDay(filter.to)} onChange={(day) => void setFilter({ to: dayToIso(day, true) })} />
          </label>
        </div>
      )}
    </div>
  );
}
