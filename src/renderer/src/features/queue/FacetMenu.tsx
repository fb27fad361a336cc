import { useEffect, useRef, useState } from 'react';
import type { FacetValue } from '../../../../shared/api/queue';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';

interface Props {
  label: string;
  values: FacetValue[];
  /** The counts are floors (QueueFacets.atLeast): shown "N+". */
  atLeast: boolean;
  selected: string[];
  describe: (value: FacetValue) => string;
  onToggle: (value: string) => void;
  testId: string;
}

/** One filter of the bar: a button (highlighted while values are chosen; the chips name them) opening a list with counts. */
export function FacetMenu({ label, values, atLeast, selected, describe, onToggle, testId }: Props) {
  const { locale } = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="facet" ref={root} data-testid={testId} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className={`facet-button${selected.length ? ' is-active' : ''}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <ul className="facet-menu" role="listbox" aria-multiselectable="true" aria-label={label}>
          {values.length === 0 && <li className="facet-empty">—</li>}
          {values.map((value) => {
            const checked = selected.includes(value.value);
            return (
              <li key={value.value}>
                <button
                  type="button"
                  role="option"
                  aria-selected={checked}
                  className="facet-option"
                  onClick={() => onToggle(value.value)}
                >
                  <span className="facet-check" aria-hidden="true">
                    {checked ? '☑' : '☐'}
                  </span>
                  <span className="facet-label">{describe(value)}</span>
                  <span className="facet-n">
                    {formatNumber(locale, value.count)}
                    {atLeast && '+'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
