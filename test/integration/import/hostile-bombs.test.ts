import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/api/import';
import type { Db } from '../../../src/main/core/db/connection';
import { findOrdersByMarketplaceOrderId } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { expectRefused, firstRecord } from './hostile-helpers';
import { folderWith, freshMirror, smallStoreAs } from './snapshot-dir';

const MB = 1024 * 1024;
const NO_RATIO = { maxInflationRatio: Number.MAX_SAFE_INTEGER };

/**
 * `megabytes` MB of `byte` as gzip, built as one small member repeated (gunzip reads members in
 * a row as one stream), so a 2 GB bomb costs the test 2 MB and no time.
 */
function gzipBomb(byte: string, megabytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(MB, byte));
  return Buffer.concat(Array.from({ length: megabytes }, () => member));
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
}

describe('gzip bombs are refused fast, naming the file and the limit, and change nothing', () => {
  let db: Db;
  beforeEach(async () => {
    db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
  });

  it('200 MB of zeros (200 KB of gzip) with the default limits', async () => {
    const bomb = gzipBomb('0', 200);
    expect(bomb.length).toBeLessThan(300_000);
    const { seconds } = await timed(() =>
      expectRefused(db, folderWith({ 'orders.ndjson.gz': bomb }), {
        file: 'orders.ndjson.gz',
        message: /^orders\.ndjson\.gz: the gzip data inflates more than 200 times/
      })
    );
    expect(seconds).toBeLessThan(10);
  });

  it.each([
    ['zeros', '0', /inflates more than 200 times .*: refused as a decompression bomb$/],
    ['NUL bytes', '\0', /inflates more than 200 times .*: refused as a decompression bomb$/],
    // The first 1 MB of them already has no record in it.
    ['newlines', '\n', /line 1048577: more than 1 MB of blank lines without a record$/]
  ])('2 GB of %s (2 MB of gzip) with the default limits, well within 30 s', async (_name, byte, message) => {
    const { seconds } = await timed(() =>
      expectRefused(db, folderWith({ 'orders.ndjson.gz': gzipBomb(byte, 2048) }), { file: 'orders.ndjson.gz', message })
    );
    expect(seconds).toBeLessThan(30);
  });

  it('a store-settings.json.gz bomb', async () => {
    await expectRefused(db, folderWith({ 'store-settings.json.gz': gzipBomb(' ', 64) }), {
      file: 'store-settings.json.gz',
      message: /inflates more than 200 times/
    });
  });

  it('a .json.gz array bomb, of spaces or of one endless element', async () => {
    await expectRefused(db, folderWith({ 'skus.json.gz': gzipBomb(' ', 64) }), {
      file: 'skus.json.gz',
      message: /more than 1 MB of blank space without a record/
    });
    const endless = Buffer.concat([gzipSync('[{"Id":"'), gzipBomb('a', 64)]);
    await expectRefused(db, folderWith({ 'skus.json.gz': endless }), {
      file: 'skus.json.gz',
      message: /^skus\.json\.gz: the gzip data inflates more than 200 times/
    });
  });

  it('past the inflated-size limit, whatever the ratio', async () => {
    const order = firstRecord('orders');
    const lines =
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ ...order, marketplaceOrderId: `BIG-${i}` })).join('\n') + '\n';
    expect(lines.length).toBeGreaterThan(2 * MB);
    await expectRefused(
      db,
      folderWith({ 'orders.ndjson.gz': gzipSync(lines) }),
      {
        file: 'orders.ndjson.gz',
        message: /^orders\.ndjson\.gz: the gzip data inflates past 1 MB, the most a snapshot file may hold/
      },
      { limits: { maxInflatedBytes: MB, ...NO_RATIO } }
    );
  });
});

describe('one endless line', () => {
  let db: Db;
  beforeEach(() => {
    db = freshMirror();
  });

  it('is refused in linear time: 80 MB of gzip text without a newline reaches the 64 MB limit in seconds', async () => {
    const { seconds } = await timed(() =>
      expectRefused(
        db,
        folderWith({ 'orders.ndjson.gz': gzipBomb('x', 80) }),
        { file: 'orders.ndjson.gz', line: 1, message: /a line longer than 64 MB, the longest record accepted/ },
        { limits: NO_RATIO }
      )
    );
    expect(seconds).toBeLessThan(20);
  });

  it('in a plain .ndjson file, with a lowered limit, names the line', async () => {
    const text = JSON.stringify(firstRecord('orders')) + '\n' + 'y'.repeat(300_000);
    await expectRefused(
      db,
      folderWith({ 'orders.ndjson': text }),
      { file: 'orders.ndjson', line: 2, message: /a line longer than 195.3 KB/ },
      { limits: { maxRecordChars: 200_000 } }
    );
  });

  it('a long but allowed line split over many chunks is read whole', async () => {
    const big = 'z'.repeat(3 * MB);
    const order = { ...firstRecord('orders'), marketplaceOrderId: 'LONG-1', connectorName: big };
    await importSnapshot(db, folderWith({ 'orders.ndjson.gz': gzipSync(JSON.stringify(order) + '\n') }));
    expect(findOrdersByMarketplaceOrderId(db, 'LONG-1')[0].connectorName).toBe(big);
  });

  it('a JSON array element past the record limit', async () => {
    const text = JSON.stringify([firstRecord('skus'), { ...firstRecord('skus'), NameComplete: 'n'.repeat(300_000) }]);
    await expectRefused(
      db,
      folderWith({ 'skus.json': text }),
      {
        file: 'skus.json',
        index: 1,
        line: 1,
        message: /^skus\.json line 1: a record longer than 195.3 KB, the longest accepted$/
      },
      { limits: { maxRecordChars: 200_000 } }
    );
  });

  it('a CSV record past the record limit', async () => {
    const csv = `ID,Affiliate,Status,Message\n1,AMZ,Processed with error,${'m'.repeat(5000)}\n`;
    await expectRefused(
      db,
      folderWith({ 'connections-orders.csv': csv }),
      { file: 'connections-orders.csv', message: /a record longer than 3.9 KB/ },
      { limits: { maxRecordChars: 4000 } }
    );
  });
});

describe('blank lines without a record', () => {
  let db: Db;
  beforeEach(() => {
    db = freshMirror();
  });

  it('10 MB of newlines in a plain .ndjson file are refused at the default 1 MB', async () => {
    await expectRefused(db, folderWith({ 'orders.ndjson': '\n'.repeat(10 * MB) }), {
      file: 'orders.ndjson',
      message: /^orders\.ndjson line \d+: more than 1 MB of blank lines without a record$/
    });
  });

  it('report progress while they are skipped', async () => {
    const events: ImportProgress[] = [];
    await expectRefused(
      db,
      folderWith({ 'orders.ndjson.gz': gzipBomb('\n', 1) }),
      { file: 'orders.ndjson.gz', message: /more than 500 KB of blank lines/ },
      { limits: { maxBlankChars: 500 * 1024 }, onProgress: (event) => events.push(event) }
    );
    const skipping = events.filter((event) => event.file === 'orders.ndjson.gz');
    expect(skipping.length).toBeGreaterThanOrEqual(40);
    expect(skipping.every((event) => event.records === 0 && event.bytes > 0)).toBe(true);
  });

  it('blank lines between records are fine below the limit', async () => {
    const order = JSON.stringify(firstRecord('orders'));
    await importSnapshot(
      db,
      folderWith({ 'orders.ndjson': `${order}\n${'\r\n'.repeat(1000)}${order.replace('702-0000001-0000001', 'AFTER-BLANKS')}\n` })
    );
    expect(findOrdersByMarketplaceOrderId(db, 'AFTER-BLANKS')).toHaveLength(1);
  });

  it('in an Admin CSV export too', async () => {
    const csv = 'ID,Affiliate,Status\n' + '\n'.repeat(2 * MB) + '1,AMZ,Processed with error\n';
    await expectRefused(db, folderWith({ 'connections-orders.csv': csv }), {
      file: 'connections-orders.csv',
      message: /^connections-orders\.csv line \d+: more than 1 MB of blank lines without a record$/
    });
  });

  it('whitespace between JSON array elements is bounded too', async () => {
    const text = `[${JSON.stringify(firstRecord('skus'))},${' '.repeat(300_000)}]`;
    await expectRefused(
      db,
      folderWith({ 'skus.json': text }),
      { file: 'skus.json', message: /more than 195.3 KB of blank space without a record/ },
      { limits: { maxBlankChars: 200_000 } }
    );
  });
});
