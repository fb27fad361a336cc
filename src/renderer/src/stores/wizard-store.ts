import { create } from 'zustand';
import type { FixPreview, FixRequest, FixResult } from '../../../shared/api/fixes';
import type { OrderView } from '../../../shared/api/orders';
import type { PlannedChange } from '../../../shared/api/plan';
import type { ReprocessOutcome, ReprocessVerdict } from '../../../shared/api/reprocess';
import type { Cause } from '../../../shared/domain/diagnosis';
import { call } from '../api/client';
import { initialFixRequest } from '../features/wizard/fix-request';
import { wizardCauses } from '../features/wizard/wizard-causes';

export const WIZARD_STEPS = ['whatHappened', 'evidence', 'fix', 'verify', 'reprocess'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A subject that is not an order (the SKU-first check, order id 0) has nothing to reprocess: its wizard ends at Verify. */
export function wizardSteps(view: OrderView | null): readonly WizardStep[] {
  return view && view.order.id <= 0 ? WIZARD_STEPS.filter((step) => step !== 'reprocess') : WIZARD_STEPS;
}

interface WizardState {
  open: boolean;
  step: number;
  view: OrderView | null;
  causeIndex: number;
  fix: FixRequest | null;
  preview: FixPreview | null;
  applied: FixResult | null;
  verified: OrderView | null;
  /** The replay's verdict on the order when verified: Verify is green only when it would integrate. */
  verdict: ReprocessVerdict | null;
  outcome: ReprocessOutcome | null;
  /** The planned changes a would-integrate outcome waits for (a replay on the local copy). */
  outcomePlan: PlannedChange[];
  busy: boolean;
  error: string | null;
  /** How Verify checks again a subject that is not an order (the SKU-first check); null for an order. */
  recheck: Recheck | null;
  start(view: OrderView, options?: { cause?: Cause; step?: WizardStep; recheck?: Recheck }): void;
  close(): void;
  go(step: number): void;
  chooseCause(index: number): void;
  editFix(fix: FixRequest): void;
  previewFix(): Promise<void>;
  applyFix(): Promise<void>;
  verify(): Promise<void>;
  reprocess(): Promise<void>;
}

type Recheck = () => Promise<{ verified: OrderView; verdict: ReprocessVerdict }>;

/** The first cause the desk can fix itself, else the first cause. */
function defaultCause(causes: Cause[]): number {
  const fixable = causes.findIndex((cause) => cause.fix.appliesInMirror);
  return fixable >= 0 ? fixable : 0;
}

async function guarded(set: (patch: Partial<WizardState>) => void, work: () => Promise<Partial<WizardState>>): Promise<void> {
  set({ busy: true, error: null });
  try {
    set({ ...(await work()), busy: false });
  } catch (error) {
    set({ busy: false, error: error instanceof Error ? error.message : String(error) });
  }
}

/** One wizard per error type: What happened → Evidence → Fix → Verify → Reprocess. */
export const useWizardStore = create<WizardState>()((set, get) => ({
  open: false,
  step: 0,
  view: null,
  causeIndex: 0,
  fix: null,
  preview: null,
  applied: null,
  verified: null,
  verdict: null,
  outcome: null,
  outcomePlan: [],
  busy: false,
  error: null,
  recheck: null,

  start(view, options) {
    const causes = wizardCauses(view.diagnosis);
    const chosen = options?.cause
      ? causes.findIndex((cause) => cause.code === options.cause!.code && cause.skuId === options.cause!.skuId)
      : -1;
    const causeIndex = chosen >= 0 ? chosen : defaultCause(view.diagnosis?.causes ?? []);
    const cause = causes[causeIndex];
    set({
      open: true,
      view,
      step: options?.step ? WIZARD_STEPS.indexOf(options.step) : 0,
      causeIndex,
      fix: cause ? initialFixRequest(cause, view) : null,
      preview: null,
      applied: null,
      verified: null,
      verdict: null,
      outcome: null,
      outcomePlan: [],
      error: null,
      recheck: options?.recheck ?? null
    });
  },
  close: () => set({ open: false }),
  go(step) {
    set({ step: Math.max(0, Math.min(wizardSteps(get().view).length - 1, step)), error: null });
    if (wizardSteps(get().view)[get().step] === 'verify' && !get().verified) void get().verify();
  },
  chooseCause(index) {
    const { view } = get();
    const cause = wizardCauses(view?.diagnosis)[index];
    if (!view || !cause) return;
    set({ causeIndex: index, fix: initialFixRequest(cause, view), preview: null, applied: null });
  },
  editFix: (fix) => set({ fix, preview: null }),
  async previewFix() {
    const { fix } = get();
    if (!fix) return;
    await guarded(set, async () => ({ preview: await call('fixes/preview', { fix }) }));
  },
  async applyFix() {
    const { fix, view } = get();
    if (!fix || !view) return;
    await guarded(set, async () => ({
      applied: await call('fixes/apply', { fix, orderId: view.order.id > 0 ? view.order.id : undefined }),
      verified: null,
      verdict: null
    }));
  },
  async verify() {
    const { view, recheck } = get();
    if (!view) return;
    if (recheck) return guarded(set, recheck);
    await guarded(set, async () => {
      await call('diagnosis/run', { orderIds: [view.order.id] });
      const [verified, verdict] = await Promise.all([
        call('orders/view', { id: view.order.id }),
        call('reprocess/verify', { orderId: view.order.id })
      ]);
      return { verified, verdict };
    });
  },
  async reprocess() {
    const { view } = get();
    if (!view) return;
    await guarded(set, async () => {
      const summary = await call('reprocess/run', { orderIds: [view.order.id] });
      const outcome = summary.outcomes[0] ?? null;
      const waits = new Set(outcome?.plannedChangeIds ?? []);
      return { outcome, outcomePlan: summary.plannedChanges.filter((change) => waits.has(change.id)) };
    });
  }
}));
