import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { writeSettings } from '../../../src/main/core/db/repositories/settings-repository';
import { generateSnapshot } from '../../../src/main/core/demo/generate';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { cli } from '../cli/cli-io';

interface Client {
  email?: string | null;
  phone?: string | null;
  document?: string | null;
  corporateDocument?: string | null;
}

const NOW = new Date('2026-11-20T15:00:00Z');
let snapshot: string;
/** Every clear document, phone and e-mail of the snapshot, as written and as bare digits. */
let secrets: string[];

beforeAll(async () => {
  snapshot = join(mkdtempSync(join(tmpdir(), 'lgpd-')), 'snapshot');
  await generateSnapshot(snapshot, { orders: 500, seed: 3, format: 'ndjson' });
  const clients = readFileSync(join(snapshot, 'orders.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { clientProfileData?: Client }).clientProfileData ?? {});
  const values = clients
    .flatMap((c) => [c.email, c.phone, c.document, c.corporateDocument])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  // Bare digits too, but only long enough to be a document or a phone rather than any number.
  const digits = values.map((v) => v.replace(/\D/g, '')).filter((d) => d.length >= 10);
  secrets = [...new Set([...values, ...digits])];
}, 60_000);

function fileMirror(): { db: Db; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lgpd-mirror-'));
  return { db: openMirror(join(dir, 'mirror.db')), dir };
}

/** The clear values found in any byte of any file of the mirror's folder (db, -wal, -shm). */
function clearValuesIn(dir: string): string[] {
  const bytes = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
  return secrets.filter((secret) => bytes.some((b) => b.includes(Buffer.from(secret, 'utf8'))));
}

function diagnosisOf(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT o.marketplace_order_id, d.outcome, d.top_cause, c.code, c.evidence_json
         FROM diagnoses d JOIN marketplace_orders o ON o.id = d.order_id
         LEFT JOIN diagnosis_causes c ON c.order_id = d.order_id ORDER BY o.marketplace_order_id, c.position`
    )
    .raw()
    .all();
}

describe('personal data is minimised at import by default (LGPD)', () => {
  it('a 500-order demo import leaves no clear CPF/CNPJ, phone or e-mail in any file of the mirror', async () => {
    expect(secrets.length).toBeGreaterThan(1000);
    const { db, dir } = fileMirror();
    await importSnapshot(db, snapshot);
    runDiagnosis(db, { now: NOW });
    // Checked while the connection is open (rows still in the WAL) and after it closed.
    expect(clearValuesIn(dir)).toEqual([]);
    db.close();
    expect(clearValuesIn(dir)).toEqual([]);
  });

  it('keeps masks an agent can read: ***.456.789-**, the phone’s last four digits, j***@g***.com', async () => {
    const { db } = fileMirror();
    await importSnapshot(db, snapshot);
    const rows = db
      .prepare(
        'SELECT customer_document, customer_phone, customer_email FROM marketplace_orders WHERE customer_document IS NOT NULL'
      )
      .raw()
      .all() as string[][];
    expect(rows.length).toBeGreaterThan(400);
    for (const [document, phone, email] of rows) {
      expect(document).toMatch(/\*/);
      if (phone) expect(phone).toMatch(/^\*+\d{0,4}$/);
      if (email) expect(email).toMatch(/^.\*\*\*@.\*\*\*(\..+)?$/);
    }
    db.close();
  });

  it('every diagnosis, the document and phone verdicts included, is the same as from the full payloads', async () => {
    const minimised = fileMirror().db;
    const full = fileMirror().db;
    await importSnapshot(minimised, snapshot);
    await importSnapshot(full, snapshot, { keepPersonalData: true });
    runDiagnosis(minimised, { now: NOW });
    runDiagnosis(full, { now: NOW });
    const causes = diagnosisOf(full);
    const codes = new Set(causes.map((row) => (row as unknown[])[3]));
    // The demo plants invalid documents and phones: the comparison below covers both verdicts.
    expect(codes).toContain('customer_document_invalid');
    expect(codes).toContain('customer_phone_invalid');
    expect(diagnosisOf(minimised)).toEqual(causes);
    minimised.close();
    full.close();
  });

  it('with privacy.keepFullPayloads set, the full payloads are kept', async () => {
    const { db, dir } = fileMirror();
    writeSettings(db, { 'privacy.keepFullPayloads': 'true' });
    await importSnapshot(db, snapshot);
    const row = db
      .prepare(
        'SELECT customer_document, customer_document_verdict FROM marketplace_orders WHERE customer_document IS NOT NULL LIMIT 1'
      )
      .raw()
      .get() as string[];
    expect(row[0]).not.toMatch(/\*/);
    expect(row[1]).toBeNull();
    db.close();
    expect(clearValuesIn(dir).length).toBeGreaterThan(1000);
  });

  it('the CLI keeps them with --keep-personal-data (and records the setting in the mirror)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lgpd-cli-'));
    const file = join(dir, 'mirror.db');
    expect((await cli(['import', snapshot, '--db', file, '--keep-personal-data', '--json'])).code).toBe(0);
    expect(clearValuesIn(dir).length).toBeGreaterThan(1000);
    const db = openMirror(file);
    expect(db.prepare(`SELECT value FROM mirror_settings WHERE key = 'privacy.keepFullPayloads'`).pluck().get()).toBe('true');
    db.close();
  });
});
