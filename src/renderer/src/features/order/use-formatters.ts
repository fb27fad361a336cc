import { useMemo } from 'react';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from '../../i18n';
import { useT } from '../../i18n/use-t';

/** Money, numbers, dates (with and without the time) and percentages in the agent's locale, for verdict sentences. */
export function useFormatters() {
  const { locale } = useT();
  return useMemo(
    () => ({
      money: (cents: number) => formatMoney(locale, cents),
      number: (value: number) => formatNumber(locale, value),
      date: (iso: string) => formatDateTime(locale, iso),
      day: (iso: string) => formatDate(locale, iso),
      percent: (ratio: number) => formatPercent(locale, ratio)
    }),
    [locale]
  );
}
