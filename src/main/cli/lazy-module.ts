/**
 * Loads a module only when it is needed, so `--help` does not wait for the whole core. The CLI runs
 * the sources through tsx's CommonJS hook (bin/integration-desk.cjs), which a dynamic import() would
 * bypass (Node's own ESM loader cannot read TypeScript), so there the module is required; vitest has
 * no such hook and imports it. Both thunks name the same module; its type comes from the import.
 */
export async function loadModule<M>(importModule: () => Promise<M>, requireModule: () => unknown): Promise<M> {
  const tsxHook = typeof require === 'function' && '.ts' in require.extensions;
  return tsxHook ? (requireModule() as M) : importModule();
}
