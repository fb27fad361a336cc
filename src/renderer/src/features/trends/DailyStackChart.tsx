import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { longDay, SERIES_COLOURS, seriesColour, shortDay } from './chart-format';
import { OTHER_SERIES, stackByDay } from './trends-filter';
import { TOOLTIP_STYLE, TrendLink, TrendTable } from './trend-parts';

interface Props {
  id: string;
  title: string;
  seriesTitle: string;
  days: readonly string[];
  counts: readonly { day: string; key: string; count: number }[];
  /** The series' name in the agent's words (an error type's title, a marketplace's name). */
  nameOf(key: string): string;
  /** A segment picked: its key, or null for the sum of the smaller series (the day alone filters). */
  onPick(key: string | null, day: string): void;
}

/** Failures per day, one stacked bar per day and one segment per series; a segment, or its table cell, filters the queue. */
export function DailyStackChart({ id, title, seriesTitle, days, counts, nameOf, onPick }: Props) {
  const { t, locale } = useT();
  const { rows, series } = stackByDay(days, counts, SERIES_COLOURS);
  const name = (key: string): string => (key === OTHER_SERIES ? t('trends.other') : nameOf(key));
  const pick = (key: string, day: string) => onPick(key === OTHER_SERIES ? null : key, day);
  const nonEmpty = rows.filter((row) => Object.keys(row).length > 1);
  return (
    <figure className="trend-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`} className="trend-title">
        {title}
      </figcaption>
      <div className="trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="day"
              tickFormatter={(day: string) => shortDay(locale, day)}
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              minTickGap={12}
            />
            <YAxis
              allowDecimals={false}
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              tickFormatter={(value: number) => formatNumber(locale, value)}
            />
            <Tooltip
              {...TOOLTIP_STYLE}
              labelFormatter={(day) => longDay(locale, String(day))}
              formatter={(value, key) => [formatNumber(locale, Number(value)), name(String(key))]}
            />
            <Legend
              formatter={(key) => <span className="trend-legend">{name(String(key))}</span>}
              wrapperStyle={{ fontSize: 12 }}
            />
            {series.map((key, index) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="day"
                fill={key === OTHER_SERIES ? 'var(--series-muted)' : seriesColour(index)}
                className="trend-bar"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(entry: { payload?: { day?: string } }) => entry.payload?.day && pick(key, entry.payload.day)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TrendTable
        columns={[{ label: t('trends.col.day') }, { label: seriesTitle }, { label: t('trends.col.orders'), numeric: true }]}
      >
        {nonEmpty.flatMap((row) =>
          series
            .filter((key) => typeof row[key] === 'number')
            .map((key) => {
              const day = String(row.day);
              const n = Number(row[key]);
              return (
                <tr key={`${day}|${key}`}>
                  <td>{longDay(locale, day)}</td>
                  <td>{name(key)}</td>
                  <td className="num">
                    <TrendLink
                      onPick={() => pick(key, day)}
                      label={t('trends.barLabel', { series: name(key), day: longDay(locale, day), n })}
                    >
                      {formatNumber(locale, n)}
                    </TrendLink>
                  </td>
                </tr>
              );
            })
        )}
      </TrendTable>
    </figure>
  );
}
