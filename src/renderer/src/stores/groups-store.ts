import { create } from 'zustand';
import type { FixPreview, FixRequest, FixResult } from '../../../shared/api/fixes';
import type { CauseGroupView } from '../../../shared/api/groups';
import type { OrderView } from '../../../shared/api/orders';
import { call } from '../api/client';
import { withGroupNeed } from '../features/groups/group-need';
import { initialFixRequest } from '../features/wizard/fix-request';

interface GroupsState {
  groups: CauseGroupView[];
  loading: boolean;
  error: string | null;
  selected: CauseGroupView | null;
  /** The group's first order, whose cause stands for the group's fix. */
  sample: OrderView | null;
  fix: FixRequest | null;
  preview: FixPreview | null;
  applied: FixResult | null;
  busy: boolean;
  load(): Promise<void>;
  open(group: CauseGroupView | null): Promise<void>;
  editFix(fix: FixRequest): void;
  previewFix(): Promise<void>;
  applyFix(): Promise<void>;
}

/** Root-cause groups: fix once for every order the cause blocks, then reprocess them all. */
export const useGroupsStore = create<GroupsState>()((set, get) => ({
  groups: [],
  loading: false,
  error: null,
  selected: null,
  sample: null,
  fix: null,
  preview: null,
  applied: null,
  busy: false,
  async load() {
    set({ loading: true, error: null });
    try {
      set({ groups: await call('groups/list', {}), loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async open(group) {
    set({ selected: group, sample: null, fix: null, preview: null, applied: null, error: null });
    if (!group) return;
    try {
      const [sample, precheck] = await Promise.all([
        call('orders/view', { id: group.orderIds[0] }),
        call('reprocess/precheck', { orderIds: group.orderIds })
      ]);
      const cause = sample.diagnosis?.causes.find((c) => c.code === group.code) ?? null;
      // One order's fix would cover one order: the group's asks for what all of them need.
      set({ sample, fix: withGroupNeed(cause && cause.fix.appliesInMirror ? initialFixRequest(cause, sample) : null, precheck) });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  editFix: (fix) => set({ fix, preview: null }),
  async previewFix() {
    const { fix } = get();
    if (!fix) return;
    set({ busy: true, error: null });
    try {
      set({ preview: await call('fixes/preview', { fix }), busy: false });
    } catch (error) {
      set({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async applyFix() {
    const { fix, selected } = get();
    if (!fix || !selected) return;
    set({ busy: true, error: null });
    try {
      set({ applied: await call('fixes/apply', { fix, note: `group ${selected.code} ${selected.key}` }), busy: false });
    } catch (error) {
      set({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}));
