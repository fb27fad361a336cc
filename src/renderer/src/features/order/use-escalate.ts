import { useCallback } from 'react';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';

/** Downloads the order's escalation pack (one HTML file for a VTEX support ticket). */
export function useEscalate(orderId: number) {
  return useCallback(async () => {
    const pack = await call('orders/escalation-pack', { id: orderId });
    downloadText(pack.fileName, pack.html, 'text/html');
  }, [orderId]);
}
