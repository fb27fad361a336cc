import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayValue } from '../../../../shared/api/trends';
import { formatMoney } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { compactMoney, longDay, shortDay } from './chart-format';
import { TOOLTIP_STYLE, TrendLink, TrendTable } from './trend-parts';

interface Props {
  days: readonly string[];
  values: readonly DayValue[];
  onPick(day: string): void;
}

/** The open failed orders' value per creation day; a day's bar filters the queue to that day. */
export function ValueChart({ days, values, onPick }: Props) {
  const { t, locale } = useT();
  const byDay = new Map(values.map((value) => [value.day, value]));
  const rows = days.map((day) => ({ day, valueCents: byDay.get(day)?.valueCents ?? 0, count: byDay.get(day)?.count ?? 0 }));
  return (
    <figure className="trend-card" aria-labelledby="trend-value-title" data-testid="trend-value">
      <figcaption id="trend-value-title" className="trend-title">
        {t('trends.value')}
      </figcaption>
      <div className="trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="day"
              tickFormatter={(day: string) => shortDay(locale, day)}
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              minTickGap={12}
            />
            <YAxis
              stroke="var(--muted)"
              tick={{ fill: 'var(--muted)', fontSize: 11 }}
              tickFormatter={(cents: number) => compactMoney(locale, cents)}
              width={72}
            />
            <Tooltip
              {...TOOLTIP_STYLE}
              labelFormatter={(day) => longDay(locale, String(day))}
              formatter={(cents) => [formatMoney(locale, Number(cents)), t('trends.col.value')]}
            />
            <Bar
              dataKey="valueCents"
              fill="var(--series-value)"
              className="trend-bar"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(entry: { payload?: { day?: string } }) => entry.payload?.day && onPick(entry.payload.day)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TrendTable
        columns={[
          { label: t('trends.col.day') },
          { label: t('trends.col.orders'), numeric: true },
          { label: t('trends.col.value'), numeric: true }
        ]}
      >
        {values.map((value) => (
          <tr key={value.day}>
            <td>{longDay(locale, value.day)}</td>
            <td className="num">{value.count}</td>
            <td className="num">
              <TrendLink
                onPick={() => onPick(value.day)}
                label={t('trends.valueLabel', {
                  day: longDay(locale, value.day),
                  value: formatMoney(locale, value.valueCents),
                  n: value.count
                })}
              >
                {formatMoney(locale, value.valueCents)}
              </TrendLink>
            </td>
          </tr>
        ))}
      </TrendTable>
    </figure>
  );
}
