import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

/** A VTEX-side failure or timeout: reprocess later. */
export const diagnosePlatformError: Diagnoser = (ctx, findings) => {
  findings.add(
    cause(
      'transient_platform_error',
      { attempts: ctx.order.attempts, processedAt: ctx.order.processedAt },
      fix('reprocess_later')
    )
  );
};
