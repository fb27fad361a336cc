import { useMemo } from 'react';
import { formatDateTime, formatMoney, formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';

/** Money, numbers and dates in the agent's locale, for verdict sentences. */
export function useFormatters() {
  const { locale } = useT();
  return useMemo(
    () => ({
      money: (cents: number) => formatMoney(locale, cents),
      number: (value: number) => formatNumber(locale, value),
      date: (iso: string) => formatDateTime(locale, iso)
    }),
    [locale]
  );
}
