import { create } from 'zustand';
import type { QueueFacets, QueueFilter, QueueRow, QueueSort } from '../../../shared/api/queue';
import type { OrderState } from '../../../shared/domain/resolution';
import { call } from '../api/client';

export const QUEUE_PAGE = 100;

export const FACET_FIELDS = ['errorTypes', 'causes', 'affiliates', 'tradePolicies'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface QueueFilterState {
  /** One state, or every order for an empty list. */
  states: OrderState[];
  errorTypes: string[];
  causes: string[];
  affiliates: string[];
  tradePolicies: string[];
  from?: string;
  to?: string;
  search: string;
}

/** A filter kept in the preferences as the filter bar holds it (fields it leaves out are empty). */
export function savedFilterState(saved: QueueFilter): QueueFilterState {
  return { ...EMPTY_FILTER, ...saved, states: saved.states ?? EMPTY_FILTER.states };
}

/** Whether anything beyond the state narrows the list (a facet value, a date, a search). */
export function isNarrowed(filter: QueueFilterState): boolean {
  return FACET_FIELDS.some((field) => filter[field].length > 0) || Boolean(filter.from || filter.to || filter.search);
}

export const EMPTY_FILTER: QueueFilterState = {
  states: ['open'],
  errorTypes: [],
  causes: [],
  affiliates: [],
  tradePolicies: [],
  search: ''
};

interface QueueState {
  filter: QueueFilterState;
  sort: Required<QueueSort>;
  total: number;
  /** The total is a floor: a search matched more orders than it takes (shown "1,000+"). */
  totalAtLeast: boolean;
  /** Rows by their index in the filtered list; pages arrive as the list scrolls. */
  rows: Map<number, QueueRow>;
  facets: QueueFacets | null;
  selectedId: number | null;
  selectedIndex: number | null;
  /** The keyboard cursor (j/k); Enter opens the row under it. */
  cursorIndex: number | null;
  loading: boolean;
  error: string | null;
  /** Bumped on every reload so late answers for an old filter are dropped. */
  generation: number;
  /** Pages already asked for in this generation (not state the UI renders). */
  requestedPages: Set<number>;
  /**
   * The rows were asked for before the queue screen was last left: shown again, it reloads. False
   * at start, where startup.ts has asked for the first page before the screen mounts (a second cold
   * `queue/list` and `queue/facets` queued on the bridge's one thread behind it otherwise).
   */
  stale: boolean;
  reload(): Promise<void>;
  ensureRange(start: number, end: number): Promise<void>;
  setFilter(patch: Partial<QueueFilterState>): Promise<void>;
  /** Puts back the filter the agent last used (kept in the mirror's preferences). */
  restoreFilter(saved: QueueFilter): Promise<void>;
  toggleFacet(field: FacetField, value: string): Promise<void>;
  clearFilters(): Promise<void>;
  setSort(sort: Required<QueueSort>): Promise<void>;
  select(index: number | null): void;
  move(delta: number): void;
  openCursor(): void;
}

function toFilter(state: QueueFilterState): QueueFilter {
  return { ...state, search: state.search.trim() };
}

/** The filter survives a restart (preferences in the mirror); a failed save only loses that. */
function saveLastFilter(filter: QueueFilterState): void {
  call('preferences/set', { lastFilter: toFilter(filter) }).catch((error: unknown) =>
    console.warn('last filter not saved', error)
  );
}

/**
 * The error queue: the filter bar's state, its facet counts, and a sparse window of rows. Only the
 * pages the list shows are asked for, so a million failed orders never reach the renderer at once.
 */
export const useQueueStore = create<QueueState>()((set, get) => ({
  filter: EMPTY_FILTER,
  sort: { by: 'date', direction: 'desc' },
  total: 0,
  totalAtLeast: false,
  rows: new Map(),
  facets: null,
  selectedId: null,
  selectedIndex: null,
  cursorIndex: null,
  // The desk's start asks for the first page before the first render (startup.ts): no "no orders" flash meanwhile.
  loading: true,
  error: null,
  generation: 0,
  requestedPages: new Set(),
  stale: false,

  async reload() {
    const generation = get().generation + 1;
    set({ generation, loading: true, error: null, requestedPages: new Set([0]), stale: false });
    const { filter, sort, selectedId } = get();
    // The rows show as soon as their page arrives (asked first: the core answers in turn); the facet
    // counts follow when theirs do (at 200k orders waiting for both made every filter as slow as both).
    const listed = call('queue/list', { filter: toFilter(filter), sort, offset: 0, limit: QUEUE_PAGE });
    call('queue/facets', { filter: toFilter(filter) })
      .then((facets) => get().generation === generation && set({ facets }))
      .catch(
        (error: unknown) =>
          get().generation === generation && set({ error: error instanceof Error ? error.message : String(error) })
      );
    try {
      const page = await listed;
      if (get().generation !== generation) return;
      const rows = new Map(page.rows.map((row, index) => [index, row]));
      // Keep the selected order's place when it is still in the list.
      let selectedIndex: number | null = null;
      if (selectedId !== null) {
        const { index } = await call('queue/position', { id: selectedId, filter: toFilter(filter), sort });
        selectedIndex = index;
      }
      // The open order stays open even when it leaves the list (a reprocess integrated it).
      set({ rows, total: page.total, totalAtLeast: page.atLeast, loading: false, selectedIndex, cursorIndex: selectedIndex });
      if (selectedIndex !== null) await get().ensureRange(selectedIndex, selectedIndex + 1);
    } catch (error) {
      if (get().generation === generation) set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },

  async ensureRange(start, end) {
    const { generation, total, requestedPages } = get();
    // Before the first page has counted the list there is nothing to fill (the table mounts while it is asked).
    if (total === 0) return;
    const first = Math.floor(Math.max(0, start) / QUEUE_PAGE);
    const last = Math.floor(Math.max(0, Math.min(end, total - 1)) / QUEUE_PAGE);
    const pages: number[] = [];
    for (let page = first; page <= last; page++) if (!requestedPages.has(page)) pages.push(page);
    if (pages.length === 0) return;
    pages.forEach((page) => requestedPages.add(page));
    const { filter, sort, rows: shown, loading } = get();
    const results = await Promise.all(
      pages.map((page) =>
        call('queue/list', {
          filter: toFilter(filter),
          sort,
          offset: page * QUEUE_PAGE,
          limit: QUEUE_PAGE,
          // Scrolling on, the page is sought after the row shown before it rather than walked to (deep
          // pages at 1M); not while a reload's rows are on their way (those shown are the old list's).
          after: loading ? undefined : shown.get(page * QUEUE_PAGE - 1)?.id
        }).then((result) => ({
          page,
          result
        }))
      )
    ).catch((error: unknown) => {
      pages.forEach((page) => requestedPages.delete(page));
      set({ error: error instanceof Error ? error.message : String(error) });
      return [];
    });
    if (get().generation !== generation || results.length === 0) return;
    const rows = new Map(get().rows);
    for (const { page, result } of results) result.rows.forEach((row, i) => rows.set(page * QUEUE_PAGE + i, row));
    set({ rows });
  },

  async setFilter(patch) {
    set({ filter: { ...get().filter, ...patch } });
    saveLastFilter(get().filter);
    await get().reload();
  },

  async restoreFilter(saved) {
    set({ filter: savedFilterState(saved) });
    await get().reload();
  },

  async toggleFacet(field, value) {
    const current = get().filter[field];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    await get().setFilter({ [field]: next });
  },

  async clearFilters() {
    set({ filter: { ...EMPTY_FILTER, states: get().filter.states } });
    saveLastFilter(get().filter);
    await get().reload();
  },

  async setSort(sort) {
    set({ sort });
    await get().reload();
  },

  select(index) {
    if (index === null) return set({ selectedIndex: null, selectedId: null });
    const row = get().rows.get(index);
    set({ selectedIndex: index, cursorIndex: index, selectedId: row?.id ?? null });
  },

  move(delta) {
    const { cursorIndex, total } = get();
    if (total === 0) return;
    const next = cursorIndex === null ? 0 : Math.min(total - 1, Math.max(0, cursorIndex + delta));
    set({ cursorIndex: next });
    void get().ensureRange(next, next + 1);
  },

  openCursor() {
    const { cursorIndex } = get();
    if (cursorIndex !== null) get().select(cursorIndex);
  }
}));
