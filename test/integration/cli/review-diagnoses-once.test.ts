import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');

/** What a mirror file holds after a command: its queue generation (a whole run bumps it once) and its diagnoses. */
function stateOf(file: string): { queueGeneration: number; diagnoses: number; failed: number } {
  const db = new Database(file, { readonly: true });
  try {
    const value = (sql: string) => Number(db.prepare(sql).pluck().get());
    return {
      queueGeneration: value(`SELECT value FROM mirror_meta WHERE key = 'queue_generation'`),
      diagnoses: value('SELECT COUNT(*) FROM diagnoses'),
      failed: value(`SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`)
    };
  } finally {
    db.close();
  }
}

describe('integration-desk review', () => {
  it(
    'diagnoses once: the import’s whole run is the one the report reads, with no second run after it',
    { timeout: 240_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'review-once-'));
      const imported = join(dir, 'imported.db');
      const reviewed = join(dir, 'reviewed.db');
      expect((await cli(['import', DEMO, '--db', imported])).code).toBe(0);
      expect((await cli(['review', DEMO, '--db', reviewed, '--format', 'json'])).code).toBe(0);
      const afterImport = stateOf(imported);
      const afterReview = stateOf(reviewed);
      // Every failed order has its diagnosis, and the review's mirror went through exactly as many
      // whole runs as the import alone (one more would have bumped the generation again).
      expect(afterReview.diagnoses).toBe(afterReview.failed);
      expect(afterReview.failed).toBeGreaterThan(50);
      expect(afterReview.queueGeneration).toBe(afterImport.queueGeneration);
    }
  );
});
