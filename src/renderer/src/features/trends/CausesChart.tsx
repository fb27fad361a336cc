import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CauseWeeks } from '../../../../shared/api/trends';
import type { CauseCode } from '../../../../shared/domain/error-types';
import { formatNumber } from '../../i18n';
import { causeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { TOOLTIP_STYLE, TrendLink, TrendTable } from './trend-parts';

/** Causes a chart can show legibly; the table lists the same ones. */
const TOP = 8;

export type Week = 'thisWeek' | 'lastWeek';

interface Props {
  causes: readonly CauseWeeks[];
  onPick(code: CauseCode, week: Week): void;
}

/** The causes behind most open failures this week, beside the week before; a bar filters the queue to that cause and week. */
export function CausesChart({ causes, onPick }: Props) {
  const { t, locale } = useT();
  const rows = causes.slice(0, TOP).map((cause) => ({ ...cause, name: causeTitle(cause.code, locale) }));
  const weekName = (week: Week) => t(week === 'thisWeek' ? 'trends.thisWeek' : 'trends.lastWeek');
  const pick = (week: Week) => (entry: { payload?: { code?: CauseCode } }) =>
    entry.payload?.code && onPick(entry.payload.code, week);
  return (
    <figure className="trend-card" aria-labelledby="trend-causes-title" data-testid="trend-causes">
      <figcaption id="trend-causes-title" className="trend-title">
        {t('trends.causes')}
      </figcaption>
      {rows.length === 0 ? (
        <p className="trend-empty">{t('trends.noCauses')}</p>
      ) : (
        <div className="trend-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 48)}>
            <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid horizontal={false} stroke="var(--border)" />
              <XAxis
                type="number"
                allowDecimals={false}
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)', fontSize: 11 }}
                tickFormatter={(value: number) => formatNumber(locale, value)}
              />
              <YAxis
                type="category"
                dataKey="name"
                width={190}
                stroke="var(--muted)"
                tick={{ fill: 'var(--text)', fontSize: 12 }}
              />
              <Tooltip {...TOOLTIP_STYLE} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar
                dataKey="thisWeek"
                name={weekName('thisWeek')}
                fill="var(--series-1)"
                className="trend-bar"
                cursor="pointer"
                isAnimationActive={false}
                onClick={pick('thisWeek')}
              />
              <Bar
                dataKey="lastWeek"
                name={weekName('lastWeek')}
                fill="var(--series-muted)"
                className="trend-bar"
                cursor="pointer"
                isAnimationActive={false}
                onClick={pick('lastWeek')}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <TrendTable
        columns={[
          { label: t('trends.col.cause') },
          { label: t('trends.thisWeek'), numeric: true },
          { label: t('trends.lastWeek'), numeric: true }
        ]}
      >
        {rows.map((row) => (
          <tr key={row.code}>
            <td>{row.name}</td>
            {(['thisWeek', 'lastWeek'] as const).map((week) => (
              <td key={week} className="num">
                <TrendLink
                  onPick={() => onPick(row.code, week)}
                  label={t('trends.causeLabel', { cause: row.name, week: weekName(week), n: row[week] })}
                >
                  {formatNumber(locale, row[week])}
                </TrendLink>
              </td>
            ))}
          </tr>
        ))}
      </TrendTable>
    </figure>
  );
}
