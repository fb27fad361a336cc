import type {
  CheckFamily,
  DiagnosisOutcome,
  FixKind,
  InactiveReason,
  ItemAvailability,
  RuledOutReason,
  StockBlocker
} from '../../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';

export type { Locale } from '../index';

/** Why a document, phone or invoice key was judged invalid (the evidence's `reason`). */
export type InvalidReason = 'empty' | 'length' | 'check_digits' | 'check_digit' | 'repeated_digits' | 'not_digits' | 'area_code';

/** Every domain text of the desk in one language. */
export interface DomainTexts {
  errorTypes: Record<ErrorType, { title: string; short: string; explanation: string }>;
  /** Notes that only hold for one marketplace (by affiliate id), shown in the wizard. */
  marketplaceNotes: Partial<Record<ErrorType, Record<string, string>>>;
  /** `verdict` is a sentence template whose {slots} verdict.ts fills from the cause's evidence. */
  causes: Record<CauseCode, { title: string; fix: string; verdict: string; adminSteps?: string }>;
  outcomes: Record<Exclude<DiagnosisOutcome, 'causes'>, { title: string; explanation: string }>;
  fixKinds: Record<FixKind, string>;
  availability: Record<ItemAvailability, string>;
  ruledOut: Record<RuledOutReason, string>;
  inactiveReasons: Record<InactiveReason, string>;
  wizardSteps: { whatHappened: string; evidence: string; fix: string; verify: string; reprocess: string };
  reasons: Record<InvalidReason, string>;
  /** Each family of checks the sweep runs, as the "what was checked" list names it. */
  checkFamilies: Record<CheckFamily, string>;
  /**
   * What keeps a warehouse's stock from the trade policy: `label` for the evidence table ({dock}),
   * `verdict` a sentence naming the record and the units its fix frees ({dock} {warehouse} {tp} {units} {sku}).
   */
  blockers: Record<StockBlocker['kind'], { label: string; verdict: string }>;
  /** "{n} unit" / "{n} units", for the units a fix would free. */
  units: { one: string; other: string };
  /**
   * The sentence for an error type the evidence points to: "{because}; the data shows {verdict} →
   * {type}", `because` saying why the message did not decide ({confidence}, {said}).
   */
  inferred: { sentence: string; unrecognised: string; uncertain: string; checksPassed: string };
}
