import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

/** Token expired or account not eligible: renew the credentials at the marketplace or connector. */
export const diagnoseConnectorAccount: Diagnoser = (ctx, findings) => {
  findings.add(
    cause(
      'connector_credentials_invalid',
      { connectorName: ctx.order.connectorName, affiliateId: ctx.order.affiliateId },
      fix('act_at_marketplace')
    )
  );
};
