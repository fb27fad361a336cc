import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

/** The tooltip look every trend chart shares (theme colours via CSS variables). */
export const TOOLTIP_STYLE = {
  cursor: { fill: 'var(--row-hover)' },
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }
};

export interface TrendColumn {
  label: string;
  numeric?: boolean;
}

/** A chart's figures as a table behind "show table": what a screen reader or a keyboard reads. */
export function TrendTable({ columns, children }: { columns: readonly TrendColumn[]; children: ReactNode }) {
  const { t } = useT();
  return (
    <details className="trend-table">
      <summary>{t('trends.showTable')}</summary>
      <table className="table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </details>
  );
}

/** A figure in a trend table that opens its orders, as clicking its bar does. */
export function TrendLink({ label, onPick, children }: { label: string; onPick(): void; children: ReactNode }) {
  return (
    <button type="button" className="trend-link" onClick={onPick} aria-label={label}>
      {children}
    </button>
  );
}
