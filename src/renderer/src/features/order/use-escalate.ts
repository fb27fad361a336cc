import { useCallback } from 'react';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { useT } from '../../i18n/use-t';

/** Downloads the order's escalation pack (one HTML file for a VTEX support ticket), money and dates in the agent's locale. */
export function useEscalate(orderId: number) {
  const { locale } = useT();
  return useCallback(async () => {
    const pack = await call('orders/escalation-pack', { id: orderId, locale });
    downloadText(pack.fileName, pack.html, 'text/html');
  }, [orderId, locale]);
}
