import type { Database } from 'better-sqlite3';

/*
 * Pages of the groups list read from the kept counts in SQL (issue 9: every queue read ≤ 50 ms at
 * 1M orders).
 *
 * - cause_group_counts gets an index per order the list offers (most orders, most value), alone and
 *   behind a cause, so a page is a seek and `limit` rows (group-page-repository.ts). The table is
 *   small (one row per group) and changes by upsert, so the indexes cost a few b-tree steps per
 *   cause write, and nothing per order in a bulk load (its counts are rebuilt once at the end).
 * - cause_group_tallies: how many groups with open orders each cause has (the cause filter's
 *   choices and the list's total), kept by triggers on cause_group_counts from whether a row's
 *   orders are above zero. They stay installed when a bulk path sets the counts' own triggers
 *   aside: the counts are then neither written nor trusted, and their rebuild (a DELETE and an
 *   INSERT … SELECT) passes through these triggers, so the tallies follow it.
 */
const INDEXES = `
  CREATE INDEX cause_group_counts_by_orders ON cause_group_counts (orders DESC, value_cents DESC, code, group_key);
  CREATE INDEX cause_group_counts_by_value ON cause_group_counts (value_cents DESC, orders DESC, code, group_key);
  CREATE INDEX cause_group_counts_code_by_orders ON cause_group_counts (code, orders DESC, value_cents DESC, group_key);
  CREATE INDEX cause_group_counts_code_by_value ON cause_group_counts (code, value_cents DESC, orders DESC, group_key);
`;

const TALLY = (code: string, change: string) =>
  `INSERT INTO cause_group_tallies (code, groups) VALUES (${code}, ${change})
     ON CONFLICT (code) DO UPDATE SET groups = groups + excluded.groups;`;

const TALLIES = `
  CREATE TABLE cause_group_tallies (code TEXT PRIMARY KEY, groups INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO cause_group_tallies (code, groups) SELECT code, COUNT(*) FROM cause_group_counts WHERE orders > 0 GROUP BY code;
  CREATE TRIGGER cause_group_tallies_insert AFTER INSERT ON cause_group_counts WHEN new.orders > 0 BEGIN
    ${TALLY('new.code', '1')}
  END;
  CREATE TRIGGER cause_group_tallies_delete AFTER DELETE ON cause_group_counts WHEN old.orders > 0 BEGIN
    ${TALLY('old.code', '-1')}
  END;
  CREATE TRIGGER cause_group_tallies_update AFTER UPDATE OF code, orders ON cause_group_counts
    WHEN (old.orders > 0) <> (new.orders > 0) OR (old.code <> new.code AND new.orders > 0) BEGIN
    ${TALLY('old.code', '-(old.orders > 0)')}
    ${TALLY('new.code', '(new.orders > 0)')}
  END;
`;

export function up(db: Database): void {
  db.exec(INDEXES);
  db.exec(TALLIES);
}
