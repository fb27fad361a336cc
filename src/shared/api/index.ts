import type { z } from 'zod';
import { accountsContract } from './accounts';
import { appContract } from './app';
import { checklistContract } from './checklist';
import { connectedContract } from './connected';
import { diagnosisContract } from './diagnosis';
import { auditContract } from './audit';
import { bulkReprocessContract } from './bulk-reprocess';
import { fixesContract } from './fixes';
import { groupsContract } from './groups';
import { importContract } from './import';
import { ordersContract } from './orders';
import { planContract } from './plan';
import { queueContract } from './queue';
import { reprocessContract } from './reprocess';
import { simulationContract } from './simulation';
import { storefrontContract } from './storefront';
import { syncContract } from './sync';
import { trendsContract } from './trends';
import type { ApiEventName, ApiEvents } from './events';
import type { Result } from './result';
import { API_NAMES } from './names';

export { API_NAMES };

/** The one contract between the renderer and the main process, joined from per-domain maps. */
export const contract = {
  ...appContract,
  ...ordersContract,
  ...importContract,
  ...queueContract,
  ...groupsContract,
  ...fixesContract,
  ...reprocessContract,
  ...bulkReprocessContract,
  ...planContract,
  ...simulationContract,
  ...diagnosisContract,
  ...storefrontContract,
  ...auditContract,
  ...accountsContract,
  ...syncContract,
  ...connectedContract,
  ...trendsContract,
  ...checklistContract
};

export type Contract = typeof contract;
export type ApiName = keyof Contract;
export type ArgsOf<N extends ApiName> = z.input<Contract[N]['args']>;
export type ParsedArgsOf<N extends ApiName> = z.output<Contract[N]['args']>;
export type ValueOf<N extends ApiName> = Contract[N]['value'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time guard: names.ts lists exactly the contract's keys. */
export const NAMES_MATCH_CONTRACT: Same<ApiName, (typeof API_NAMES)[number]> = true;

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the preload exposes (and what the browser bridge client imitates). */
export interface DeskApi {
  invoke<N extends ApiName>(name: N, args: ArgsOf<N>): Promise<Result<ValueOf<N>>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

export type { ApiEventName, ApiEvents } from './events';
export type { Result, ApiError, ApiErrorCode } from './result';
