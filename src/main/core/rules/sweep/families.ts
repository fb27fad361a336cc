import type { Cause, CheckFamily, MissingData } from '../../../../shared/domain/diagnosis';
import { BLOCKED, Findings, type StageResult } from '../checks/findings';
import type { LineStage } from '../checks/order-context';

/** What the sweep collects: every finding, what the mirror lacked, and the families that ran. */
export class SweepFindings extends Findings {
  private readonly ran = new Set<CheckFamily>();

  /** Notes that a family's check ran (it judged something rather than waiting for data). */
  ranFamily(family: CheckFamily): void {
    this.ran.add(family);
  }

  /** A line stage that records its family as run whenever it could judge the line. */
  tracked(family: CheckFamily, stage: LineStage): LineStage {
    return (line, findings) => {
      const result: StageResult = stage(line, findings);
      if (result !== BLOCKED) this.ran.add(family);
      return result;
    };
  }

  get checked(): CheckFamily[] {
    return [...this.ran];
  }
}

export interface SweepResult {
  findings: Cause[];
  missing: Set<MissingData>;
  checked: CheckFamily[];
}
