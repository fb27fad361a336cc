import type { z } from 'zod';

/**
 * One entry of the contract: the runtime schema of its argument (parsed at every transport before
 * the core sees it) and, as a phantom, the type of its value.
 */
export interface ContractEntry<Args extends z.ZodType, Value> {
  args: Args;
  value: Value;
}

/** Declares an entry; `value` exists only at the type level. */
export function entry<Value>() {
  return <Args extends z.ZodType>(args: Args): ContractEntry<Args, Value> => ({ args, value: undefined as Value });
}
