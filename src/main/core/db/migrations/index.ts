import type { Database } from 'better-sqlite3';
import { up as initialMirror } from './0001-initial-mirror';
import { up as diagnoses } from './0002-diagnoses';
import { up as queueSearch } from './0003-queue-search';
import { up as sweepOutcomes } from './0004-sweep-outcomes';
import { up as queueGeneration } from './0005-queue-generation';
import { up as customerVerdicts } from './0008-customer-verdicts';
import { up as changePlan } from './0009-change-plan';
import { up as resolutionsAndSettings } from './0011-resolutions-and-settings';
import { up as plannedHolds } from './0012-planned-holds';
import { up as queueCounts } from './0015-queue-counts';
import { up as typedFixSuggestions } from './0016-typed-fix-suggestions';
import { up as adminChecklists } from './0018-admin-checklists';
import { up as groupKeysByObject } from './0019-group-keys-by-object';
import { up as dropCoveredAffiliateIndex } from './0020-drop-covered-affiliate-index';
import { up as queuePages } from './0021-queue-pages';
import { up as checklistLineOrder } from './0022-checklist-line-order';
import { up as queueCauseDays } from './0023-queue-cause-days';
import { up as queueJumpIndexes } from './0024-queue-jump-indexes';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Every migration in order; versions only go up (a unit test checks it). */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial-mirror', up: initialMirror },
  { version: 2, name: 'diagnoses', up: diagnoses },
  { version: 3, name: 'queue-search', up: queueSearch },
  { version: 4, name: 'sweep-outcomes', up: sweepOutcomes },
  { version: 5, name: 'queue-generation', up: queueGeneration },
  { version: 8, name: 'customer-verdicts', up: customerVerdicts },
  { version: 9, name: 'change-plan', up: changePlan },
  { version: 11, name: 'resolutions-and-settings', up: resolutionsAndSettings },
  { version: 12, name: 'planned-holds', up: plannedHolds },
  { version: 15, name: 'queue-counts', up: queueCounts },
  { version: 16, name: 'typed-fix-suggestions', up: typedFixSuggestions },
  { version: 18, name: 'admin-checklists', up: adminChecklists },
  { version: 19, name: 'group-keys-by-object', up: groupKeysByObject },
  { version: 20, name: 'drop-covered-affiliate-index', up: dropCoveredAffiliateIndex },
  { version: 21, name: 'queue-pages', up: queuePages },
  { version: 22, name: 'checklist-line-order', up: checklistLineOrder },
  { version: 23, name: 'queue-cause-days', up: queueCauseDays },
  { version: 24, name: 'queue-jump-indexes', up: queueJumpIndexes }
];
