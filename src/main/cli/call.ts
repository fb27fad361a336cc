import type { ApiName, ArgsOf, ValueOf } from '../../shared/api';
import type { CoreApi } from '../core/api';
import { CommandError } from './io';

/** Calls the core API as the other transports do, and turns a failed Result into a CLI error. */
export async function call<N extends ApiName>(api: CoreApi, name: N, args: ArgsOf<N>): Promise<ValueOf<N>> {
  const result = await api.dispatch(name, args);
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value as ValueOf<N>;
}
