/**
 * Issue 9's bound on hostile input, measured: each 2 GB bomb is refused within 30 s and 1 GB of
 * peak RSS, with an error naming the file and the limit it crossed. The hostile tests sample the
 * same readers with ~200 MB inputs; this builds the full-size bombs (a few MB each, written as
 * repeated compressed pieces, never held whole) in a temp folder and imports each in a child
 * process of its own — through the host, on the import worker, as the desk does — so the peak RSS
 * the child reports (`process.resourceUsage().maxRSS`, worker threads included) is the bomb's.
 *
 * `npm run bench:hostile` (or `npx tsx test/bench/hostile-bench.ts`); exits 1 if a bomb FAILs.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, deflateRawSync, gzipSync } from 'node:zlib';
import { startHost } from '../../src/main/core/host';

const MB = 1024 * 1024;
const BOMB_MB = 2048;
const MAX_SECONDS = 30;
const MAX_RSS_MB = 1024;
const SMALL_STORE = join(__dirname, '../fixtures/snapshots/small-store');
const DEMO = join(__dirname, '../../resources/demo/snapshot');

interface Bomb {
  name: string;
  file: string;
  /** The limit the refusal must name, as it reads in the error. */
  limit: RegExp;
  /** Writes the bomb to `path`, streaming. */
  build(path: string): void | Promise<void>;
}

/** Writes `pieces` to a file one after another: the bomb is never whole in memory. */
function writePieces(path: string, pieces: Iterable<Buffer>): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** gzip members in a row, which gunzip reads as one stream: `megabytes` MB of `chunk` between `head` and `tail`. */
function* gzipRepeated(chunk: Buffer, megabytes: number, head = '', tail = ''): Generator<Buffer> {
  if (head) yield gzipSync(head);
  const member = gzipSync(chunk);
  for (let i = 0; i < megabytes; i++) yield member;
  if (tail) yield gzipSync(tail);
}

/** One gzip member, deflated as it streams: `head`, BOMB_MB MB of `chunk`, `tail`. */
async function gzipOneMember(path: string, chunk: Buffer, head: string, tail: string): Promise<void> {
  async function* text(): AsyncGenerator<Buffer> {
    yield Buffer.from(head);
    for (let i = 0; i < BOMB_MB; i++) yield chunk;
    yield Buffer.from(tail);
  }
  await pipeline(Readable.from(text()), createGzip(), createWriteStream(path));
}

/**
 * A megabyte of `a` with a random letter every `every` bytes: about 100 times smaller gzipped,
 * under the 200-times ratio limit, so only the record-length limit can stop a string made of it.
 */
function lowRatioChunk(every: number): Buffer {
  const chunk = Buffer.alloc(MB, 'a');
  let seed = 7;
  for (let i = 0; i < MB; i += every) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    chunk[i] = 97 + (seed % 26);
  }
  return chunk;
}

// --- A minimal .xlsx whose sharedStrings.xml inflates to 2 GB, written as a zip by hand. ---

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(parts: Iterable<Buffer>): number {
  let crc = -1;
  for (const part of parts) for (let i = 0; i < part.length; i++) crc = CRC_TABLE[(crc ^ part[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

interface ZipPart {
  name: string;
  /** The entry's text in pieces; deflated piece by piece with full flushes, so equal pieces deflate once. */
  pieces: () => Iterable<Buffer>;
  /** The inflated size the headers declare, when the bomb lies about it. */
  declare?: number;
}

function* deflatedPieces(pieces: Iterable<Buffer>): Generator<Buffer> {
  const cache = new Map<Buffer, Buffer>();
  for (const piece of pieces) {
    let deflated = cache.get(piece);
    if (!deflated) cache.set(piece, (deflated = deflateRawSync(piece, { finishFlush: constants.Z_FULL_FLUSH })));
    yield deflated;
  }
  yield deflateRawSync(Buffer.alloc(0)); // the final, empty block
}

function writeZip(path: string, parts: ZipPart[]): void {
  const fd = openSync(path, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const put = (buffer: Buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  try {
    for (const part of parts) {
      let size = 0;
      let compressed = 0;
      for (const piece of part.pieces()) size += piece.length;
      for (const piece of deflatedPieces(part.pieces())) compressed += piece.length;
      const declared = part.declare ?? size;
      const crc = crc32(part.pieces());
      const name = Buffer.from(part.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt16LE(0x21, 12); // 1980-01-01
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(0x21, 14);
      record.writeUInt32LE(crc, 16);
      record.writeUInt32LE(compressed, 20);
      record.writeUInt32LE(declared, 24);
      record.writeUInt16LE(name.length, 28);
      record.writeUInt32LE(offset, 42);
      central.push(record, name);
      put(local);
      put(name);
      for (const piece of deflatedPieces(part.pieces())) put(piece);
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    put(directory);
    put(end);
  } finally {
    closeSync(fd);
  }
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const text = (value: string) => () => [Buffer.from(value)];

/** An Admin export of one row whose message is a shared string of `megabytes` MB of `a`. */
function xlsxBomb(path: string, declare?: number): void {
  const a = Buffer.alloc(MB, 'a');
  writeZip(path, [
    {
      name: '[Content_Types].xml',
      pieces: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
      )
    },
    {
      name: 'xl/workbook.xml',
      pieces: text(
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>`
      )
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      pieces: text(
        `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c>` +
          '<c r="B1" t="inlineStr"><is><t>Message</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>702-1</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>'
      )
    },
    {
      name: 'xl/sharedStrings.xml',
      declare,
      pieces: function* () {
        yield Buffer.from(`<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>`);
        for (let i = 0; i < BOMB_MB; i++) yield a;
        yield Buffer.from('</t></si></sst>');
      }
    }
  ]);
}

const BOMBS: Bomb[] = [
  {
    name: '2 GB of zeros (NUL bytes)',
    file: 'orders.ndjson.gz',
    limit: /200 times/,
    build: (path) => writePieces(path, gzipRepeated(Buffer.alloc(MB, 0), BOMB_MB))
  },
  {
    name: '2 GB of newlines',
    file: 'orders.ndjson.gz',
    limit: /1 MB of blank lines/,
    build: (path) => writePieces(path, gzipRepeated(Buffer.alloc(MB, '\n'), BOMB_MB))
  },
  {
    name: 'one gzip member, one 2 GB string',
    file: 'orders.ndjson.gz',
    limit: /200 times/,
    build: (path) => gzipOneMember(path, Buffer.alloc(MB, 'a'), '{"marketplaceOrderId":"', '"}\n')
  },
  {
    name: 'one 2 GB string under the ratio limit',
    file: 'orders.ndjson.gz',
    limit: /64 MB/,
    build: (path) => writePieces(path, gzipRepeated(lowRatioChunk(256), BOMB_MB, '{"marketplaceOrderId":"', '"}\n'))
  },
  {
    name: '.xlsx, shared strings of 2 GB (declared)',
    file: 'connections-orders.xlsx',
    limit: /64 MB limit/,
    build: (path) => xlsxBomb(path)
  },
  {
    name: '.xlsx, shared strings of 2 GB declared as 60 MB',
    file: 'connections-orders.xlsx',
    limit: /60 MB it declares/,
    build: (path) => xlsxBomb(path, 60 * MB)
  }
];

interface ChildReport {
  error: string;
  seconds: number;
  maxRssMb: number;
  baseRssMb: number;
}

/** In the child: a fresh mirror file holding the small store, then the bomb's folder imported on the worker. */
async function child(work: string, bombDir: string): Promise<void> {
  const host = await startHost({
    dbPath: join(work, 'mirror.db'),
    transport: 'desktop',
    appVersion: 'bench',
    demoSnapshotDir: DEMO,
    seedDemoWhenNew: false,
    processKind: 'cli'
  });
  const store = await host.api.dispatch('import/snapshot', { dir: join(work, 'store') });
  if (!store.ok) throw new Error(`the small store did not import: ${store.error.message}`);
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const start = performance.now();
  const result = await host.api.dispatch('import/snapshot', { dir: bombDir });
  const seconds = (performance.now() - start) / 1000;
  const report: ChildReport = {
    error: result.ok ? '(imported: not refused)' : `${result.error.code}: ${result.error.message}`,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb
  };
  host.db.close();
  console.log(JSON.stringify(report));
}

async function parent(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'hostile-bench-'));
  let failed = 0;
  try {
    for (const bomb of BOMBS) {
      const work = join(root, `case-${BOMBS.indexOf(bomb)}`);
      const store = join(work, 'store');
      const bombDir = join(work, 'bomb');
      mkdirSync(store, { recursive: true });
      mkdirSync(bombDir);
      for (const file of readdirSync(SMALL_STORE)) copyFileSync(join(SMALL_STORE, file), join(store, file));
      // An orders bomb replaces the store's orders file; a workbook comes alone, as an Admin export does.
      if (bomb.file.startsWith('orders.'))
        for (const file of readdirSync(SMALL_STORE))
          if (file !== 'orders.json') copyFileSync(join(SMALL_STORE, file), join(bombDir, file));
      const path = join(bombDir, bomb.file);
      const built = performance.now();
      await bomb.build(path);
      const buildSeconds = (performance.now() - built) / 1000;
      const ran = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', work, bombDir], {
        encoding: 'utf8',
        maxBuffer: 16 * MB
      });
      const last = ran.stdout.trim().split('\n').pop() ?? '';
      let report: ChildReport | null = null;
      try {
        report = JSON.parse(last) as ChildReport;
      } catch {
        report = null;
      }
      console.log(
        `\n${bomb.name}: ${bomb.file}, ${(statSync(path).size / MB).toFixed(1)} MB on disk (built in ${buildSeconds.toFixed(1)} s)`
      );
      if (!report) {
        failed++;
        console.log(`  FAIL: the child ended with status ${ran.status} ${ran.signal ?? ''}\n${ran.stderr.slice(-2000)}`);
        continue;
      }
      const names = report.error.includes(bomb.file) && bomb.limit.test(report.error);
      const pass = names && report.seconds <= MAX_SECONDS && report.maxRssMb <= MAX_RSS_MB;
      if (!pass) failed++;
      console.log(`  error:    ${report.error}`);
      console.log(
        `  refused in ${report.seconds.toFixed(2)} s, peak RSS ${report.maxRssMb.toFixed(0)} MB (${report.baseRssMb.toFixed(0)} MB before the bomb)`
      );
      console.log(
        `  ${pass ? 'PASS' : 'FAIL'} (≤ ${MAX_SECONDS} s, ≤ ${MAX_RSS_MB} MB, the error names the file${names ? '' : ' — NOT'} and the limit)`
      );
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`\n${BOMBS.length - failed} of ${BOMBS.length} bombs refused within the bounds`);
  if (failed > 0) process.exitCode = 1;
}

const [mode, work, bombDir] = process.argv.slice(2);
void (mode === '--child' ? child(work, bombDir) : parent()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
