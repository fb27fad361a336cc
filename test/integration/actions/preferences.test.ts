import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Preferences } from '../../../src/shared/api/app';
import type { Result } from '../../../src/shared/api/result';
import type { AuditEntry } from '../../../src/shared/domain/model';
import { MESSAGES, seededMirror, testDeps } from './seed';

function setup() {
  const db = seededMirror([
    {
      id: 1,
      marketplaceOrderId: '702-1',
      message: MESSAGES.skuUnavailable,
      items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
    }
  ]);
  const deps = { ...testDeps(db), actor: 'root' };
  const api = createApi(deps);
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = (await api.dispatch(name, args)) as Result<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { db, api, call };
}

describe('preferences and the agent name', () => {
  it('names the OS user until the agent sets a name, then the name on every note; an empty name goes back', async () => {
    const { call } = setup();
    expect(await call<Preferences>('preferences/get', {})).toEqual({
      agentName: 'root',
      osUser: 'root',
      locale: null,
      theme: null,
      columnWidths: {},
      lastFilter: null
    });
    expect((await call<AuditEntry>('orders/add-note', { id: 1, text: 'before' })).actor).toBe('root');
    await call<Preferences>('preferences/set', { agentName: '  Ana Souza ' });
    expect((await call<AuditEntry>('orders/add-note', { id: 1, text: 'after' })).actor).toBe('Ana Souza');
    expect((await call<Preferences>('preferences/set', { agentName: '' })).agentName).toBe('root');
  });

  it('keeps language, theme, column widths and the last filter in the mirror, and answers with all of them', async () => {
    const { db, call } = setup();
    await call('preferences/set', { locale: 'pt-BR', theme: 'light' });
    const saved = await call<Preferences>('preferences/set', {
      columnWidths: { cause: 320 },
      lastFilter: { errorTypes: ['out_of_stock'], search: 'tenis' }
    });
    expect(saved).toMatchObject({
      locale: 'pt-BR',
      theme: 'light',
      columnWidths: { cause: 320 },
      lastFilter: { errorTypes: ['out_of_stock'], search: 'tenis' }
    });
    // Another connection to the same data (a restart) reads the same.
    expect(await createApi(testDeps(db)).dispatch('preferences/get', {})).toMatchObject({
      ok: true,
      value: { locale: 'pt-BR', columnWidths: { cause: 320 } }
    });
  });

  it('refuses a language, theme or width it does not know', async () => {
    const { api } = setup();
    for (const patch of [{ locale: 'fr' }, { theme: 'pink' }, { columnWidths: { cause: 5 } }, { columnWidths: { nope: 100 } }]) {
      expect(await api.dispatch('preferences/set', patch)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});
