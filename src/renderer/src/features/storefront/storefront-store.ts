import { create } from 'zustand';
import type { SkuCandidate, StorefrontCheck } from '../../../../shared/api/storefront';
import { call } from '../../api/client';

export interface StorefrontForm {
  sku: string;
  tradePolicyId: string;
  postalCode: string;
  quantity: number;
}

interface StorefrontState {
  form: StorefrontForm;
  tradePolicies: { id: string; name: string; isActive: boolean }[];
  suggestions: SkuCandidate[];
  result: StorefrontCheck | null;
  busy: boolean;
  error: string | null;
  loadTradePolicies(): Promise<void>;
  edit(patch: Partial<StorefrontForm>): void;
  suggest(text: string): Promise<void>;
  run(): Promise<void>;
}

/** The SKU-first form and its last answer: kept while the agent goes to the wizard and back. */
export const useStorefrontStore = create<StorefrontState>()((set, get) => ({
  form: { sku: '', tradePolicyId: '1', postalCode: '', quantity: 1 },
  tradePolicies: [],
  suggestions: [],
  result: null,
  busy: false,
  error: null,
  async loadTradePolicies() {
    const tradePolicies = await call('storefront/trade-policies', {});
    const { form } = get();
    const keep = tradePolicies.some((policy) => policy.id === form.tradePolicyId);
    set({ tradePolicies, form: keep || tradePolicies.length === 0 ? form : { ...form, tradePolicyId: tradePolicies[0].id } });
  },
  edit: (patch) => set({ form: { ...get().form, ...patch } }),
  async suggest(text) {
    const trimmed = text.trim();
    if (trimmed.length < 2) return set({ suggestions: [] });
    const suggestions = await call('storefront/search', { text: trimmed, limit: 10 });
    // An answer to an older keystroke must not replace the newer one's.
    if (get().form.sku.trim() === trimmed) set({ suggestions });
  },
  async run() {
    const { form } = get();
    if (!form.sku.trim()) return;
    set({ busy: true, error: null });
    try {
      const result = await call('storefront/check', {
        sku: form.sku.trim(),
        tradePolicyId: form.tradePolicyId,
        postalCode: form.postalCode.trim() || undefined,
        quantity: form.quantity
      });
      set({ result, busy: false });
    } catch (error) {
      set({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}));
