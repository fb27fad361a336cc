import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { findOrdersByMarketplaceOrderId } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot, ImportError } from '../../../src/main/core/import';
import { openRegularFile } from '../../../src/main/core/import/safe-open';
import { expectRefused, firstRecord } from './hostile-helpers';
import { folderWith, freshMirror, smallStoreAs } from './snapshot-dir';

const LINK = /is a symbolic link; a snapshot holds the files themselves/;
const NOT_REGULAR = /is not a regular file \(a pipe, device or socket\)/;

function fifoIn(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe('a snapshot file that is not a plain file inside the folder', () => {
  let db: Db;
  beforeEach(async () => {
    db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
  });

  it('a link to /etc/passwd is refused by name, and none of its content is shown', async () => {
    const dir = folderWith({});
    symlinkSync('/etc/passwd', join(dir, 'orders.ndjson'));
    const error = await expectRefused(db, dir, { file: 'orders.ndjson', message: LINK });
    expect(error.message).not.toMatch(/root|:x:|\/bin\//);
  });

  it('a link to another file of the same folder is refused too (links are never followed)', async () => {
    const dir = folderWith({ 'real.txt': JSON.stringify(firstRecord('orders')) + '\n' });
    symlinkSync(join(dir, 'real.txt'), join(dir, 'orders.ndjson'));
    await expectRefused(db, dir, { file: 'orders.ndjson', message: LINK });
  });

  it('a link to a folder is refused rather than read', async () => {
    const dir = folderWith({ 'orders.ndjson': JSON.stringify(firstRecord('orders')) + '\n' });
    symlinkSync('/etc', join(dir, 'elsewhere'));
    await expectRefused(db, dir, { file: 'elsewhere', message: LINK });
  });

  it('a FIFO is refused at once instead of hanging', async () => {
    const dir = folderWith({});
    fifoIn(dir, 'orders.ndjson');
    const start = performance.now();
    await expectRefused(db, dir, { file: 'orders.ndjson', message: NOT_REGULAR });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('a FIFO named as the single file to import is refused too', async () => {
    const dir = folderWith({});
    await expectRefused(db, fifoIn(dir, 'export.csv'), { file: 'export.csv', message: NOT_REGULAR });
  });

  it('a single file named by the user through a link is read, under the name the user gave', async () => {
    const dir = folderWith({
      'real-export.csv': 'ID,Affiliate,Status,Message\n702-0000002-0000002,AMZ,Processed with error,Linked\n'
    });
    symlinkSync(join(dir, 'real-export.csv'), join(dir, 'export.csv'));
    const summary = await importSnapshot(db, join(dir, 'export.csv'));
    expect(summary.files).toEqual([{ file: 'export.csv', kind: 'connections-orders', records: 1 }]);
    expect(findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0].integrationMessage).toBe('Linked');
  });
});

describe('opening a snapshot file (the check that holds if the folder changes after listing)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'safe-open-'));
  writeFileSync(join(dir, 'plain.ndjson'), '{}\n');
  symlinkSync('/etc/passwd', join(dir, 'link.ndjson'));

  it('opens a plain file', () => {
    const fd = openRegularFile(join(dir, 'plain.ndjson'), 'plain.ndjson');
    expect(fd).toBeGreaterThan(2);
    closeSync(fd);
  });

  it('refuses a link (O_NOFOLLOW) and a FIFO (fstat), naming the file', () => {
    expect(() => openRegularFile(join(dir, 'link.ndjson'), 'link.ndjson')).toThrow(ImportError);
    expect(() => openRegularFile(join(dir, 'link.ndjson'), 'link.ndjson')).toThrow(/^link\.ndjson: is a symbolic link/);
    const fifo = fifoIn(dir, 'pipe.ndjson');
    expect(() => openRegularFile(fifo, 'pipe.ndjson')).toThrow(/^pipe\.ndjson: is not a regular file/);
  });
});
