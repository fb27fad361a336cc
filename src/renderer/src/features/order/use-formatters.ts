import { useMemo } from 'react';
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../../i18n';
import { useT } from '../../i18n/use-t';

/** Money, numbers, instants (with their zone) and percentages in the agent's locale, for verdict sentences. */
export function useFormatters() {
  const { locale } = useT();
  return useMemo(
    () => ({
      money: (cents: number) => formatMoney(locale, cents),
      number: (value: number) => formatNumber(locale, value),
      date: (iso: string) => formatDateTime(locale, iso),
      percent: (ratio: number) => formatPercent(locale, ratio)
    }),
    [locale]
  );
}
