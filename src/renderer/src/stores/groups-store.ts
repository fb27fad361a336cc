import { create } from 'zustand';
import type { FixPreview, FixRequest, FixResult } from '../../../shared/api/fixes';
import type {
  CauseGroupView,
  GroupCursor,
  GroupPage,
  GroupPrecheck,
  GroupPrecheckProgress,
  GroupSort
} from '../../../shared/api/groups';
import type { OrderView } from '../../../shared/api/orders';
import { ApiCallError, call } from '../api/client';
import { withGroupNeed } from '../features/groups/group-need';
import { initialFixRequest } from '../features/wizard/fix-request';

/** Groups per page: a screenful and more; the list asks for the next page as it scrolls near the end. */
export const GROUPS_PAGE = 100;

interface GroupsState {
  /** The groups loaded so far, in the list's order (pages are read one after another: keyset pagination). */
  groups: CauseGroupView[];
  total: number;
  next: GroupCursor | null;
  sort: GroupSort;
  /** Only the groups of this cause, or all. */
  cause: string | null;
  /** The causes that have groups, with how many: the filter's choices. */
  causes: GroupPage['causes'];
  loading: boolean;
  error: string | null;
  selected: CauseGroupView | null;
  /**
   * The open group's pre-check, with the snapshot of its orders as they were when it was opened:
   * the re-check and the bulk reprocess name the snapshot, since a fix re-diagnoses the orders out of
   * the group before they are reprocessed (and a group can hold more ids than a request may carry).
   */
  precheck: GroupPrecheck | null;
  /** How far the running pre-check has walked (it runs on a worker in the core). */
  checking: GroupPrecheckProgress | null;
  /** The agent stopped the pre-check (or another took its place): no snapshot to reprocess from. */
  checkStopped: boolean;
  /** The group's first order, whose cause stands for the group's fix. */
  sample: OrderView | null;
  fix: FixRequest | null;
  preview: FixPreview | null;
  applied: FixResult | null;
  busy: boolean;
  /** Reads the list again from its first page, keeping the sort and filter, and the open group's counts. */
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setSort(sort: GroupSort): void;
  setCause(cause: string | null): void;
  open(group: CauseGroupView | null): Promise<void>;
  /** Walks the open group's snapshot again (after a fix, after a run). */
  recheck(): Promise<void>;
  setChecking(progress: GroupPrecheckProgress): void;
  stopCheck(): Promise<void>;
  editFix(fix: FixRequest): void;
  previewFix(): Promise<void>;
  applyFix(): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The open group as it is now; null fields when the run left it empty (every order integrated or resolved). */
async function refreshed(group: CauseGroupView): Promise<CauseGroupView> {
  const page = await call('groups/list', { cause: group.code, key: group.key, limit: 1 });
  return page.groups[0] ?? { ...group, orderCount: 0, valueAtStakeCents: 0 };
}

/** An answer for a group that is no longer the one shown is dropped. */
const isShown = (group: CauseGroupView, shown: CauseGroupView | null) => shown?.code === group.code && shown.key === group.key;

/** Root-cause groups: fix once for every order the cause blocks, then reprocess them all. */
export const useGroupsStore = create<GroupsState>()((set, get) => {
  // A newer load makes the pages an older one is still reading stale.
  let generation = 0;
  const query = () => ({ sort: get().sort, ...(get().cause ? { cause: get().cause! } : {}), limit: GROUPS_PAGE });
  return {
    groups: [],
    total: 0,
    next: null,
    sort: 'orders',
    cause: null,
    causes: [],
    loading: false,
    error: null,
    selected: null,
    precheck: null,
    checking: null,
    checkStopped: false,
    sample: null,
    fix: null,
    preview: null,
    applied: null,
    busy: false,
    async load() {
      const mine = ++generation;
      set({ loading: true, error: null });
      try {
        const { selected } = get();
        const [page, group] = await Promise.all([call('groups/list', query()), selected ? refreshed(selected) : null]);
        if (mine !== generation) return;
        const { groups, total, next, causes } = page;
        set({ groups, total, next, causes, loading: false, ...(group ? { selected: group } : {}) });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: messageOf(error) });
      }
    },
    async loadMore() {
      const { next, loading } = get();
      if (!next || loading) return;
      const mine = generation;
      set({ loading: true });
      try {
        const page = await call('groups/list', { ...query(), after: next });
        if (mine !== generation) return;
        set((state) => ({ groups: [...state.groups, ...page.groups], total: page.total, next: page.next, loading: false }));
      } catch (error) {
        if (mine === generation) set({ loading: false, error: messageOf(error) });
      }
    },
    setSort(sort) {
      set({ sort });
      void get().load();
    },
    setCause(cause) {
      set({ cause });
      void get().load();
    },
    async open(group) {
      set({ selected: group, precheck: null, checking: null, checkStopped: false, sample: null, fix: null, preview: null });
      set({ applied: null, error: null });
      if (!group) return;
      try {
        const [sample, precheck] = await Promise.all([
          call('orders/view', { id: group.sampleOrderId }),
          call('groups/precheck', { cause: group.code, key: group.key })
        ]);
        if (!isShown(group, get().selected)) return;
        const cause = sample.diagnosis?.causes.find((c) => c.code === group.code) ?? null;
        // One order's fix would cover one order: the group's asks for what all of them need.
        set({
          precheck,
          checking: null,
          sample,
          fix: withGroupNeed(cause && cause.fix.appliesInMirror ? initialFixRequest(cause, sample) : null, precheck)
        });
      } catch (error) {
        if (!isShown(group, get().selected)) return;
        if (error instanceof ApiCallError && error.code === 'conflict') set({ checking: null, checkStopped: true });
        else set({ checking: null, error: messageOf(error) });
      }
    },
    async recheck() {
      const { selected: group, precheck } = get();
      if (!group || !precheck) return;
      try {
        const again = await call('groups/precheck', { cause: group.code, key: group.key, snapshot: precheck.snapshot });
        if (isShown(group, get().selected)) set({ precheck: again, checking: null });
      } catch (error) {
        // Stopped (the agent, or a newer pre-check): the last answer stays.
        const stopped = error instanceof ApiCallError && error.code === 'conflict';
        if (isShown(group, get().selected)) set({ checking: null, ...(stopped ? {} : { error: messageOf(error) }) });
      }
    },
    setChecking(progress) {
      const shown = get().selected;
      if (shown?.code === progress.cause && shown.key === progress.key && progress.done < progress.total)
        set({ checking: progress });
    },
    async stopCheck() {
      await call('groups/precheck-cancel', {});
    },
    editFix: (fix) => set({ fix, preview: null }),
    async previewFix() {
      const { fix } = get();
      if (!fix) return;
      set({ busy: true, error: null });
      try {
        set({ preview: await call('fixes/preview', { fix }), busy: false });
      } catch (error) {
        set({ busy: false, error: messageOf(error) });
      }
    },
    async applyFix() {
      const { fix, selected } = get();
      if (!fix || !selected) return;
      set({ busy: true, error: null });
      try {
        set({ applied: await call('fixes/apply', { fix, note: `group ${selected.code} ${selected.key}` }), busy: false });
      } catch (error) {
        set({ busy: false, error: messageOf(error) });
      }
    }
  };
});
