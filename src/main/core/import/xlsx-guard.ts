import { fstatSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ImportError } from './import-error';
import { sizeText, type ImportLimits } from './limits';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const MAX_ENTRIES = 10_000;
const CHUNK = 1 << 16;

/**
 * Proves an .xlsx workbook cannot inflate past the limits before exceljs opens it: exceljs holds
 * the shared strings in memory, so one whose strings inflated to 2 GB took 2.3 GB of memory. The
 * sizes the zip's central directory declares are checked first, without inflating anything; then
 * each entry is inflated once into nothing, stopped as soon as it outgrows what it declared, and
 * the entries must tile the file (exceljs' unzipper reads the local headers in order, so data
 * hidden between listed entries would escape the check).
 */
export async function checkXlsxSizes(fd: number, file: string, limits: ImportLimits): Promise<void> {
  const refuse = (reason: string) => new ImportError({ file }, reason);
  const entries = centralDirectory(fd, file);
  let total = 0;
  for (const entry of entries.list) {
    const cap = capOf(entry, limits);
    const name = shortName(entry.name);
    if (entry.size > cap)
      throw refuse(
        `the workbook entry ${name} inflates to ${sizeText(entry.size)}, over the ${sizeText(cap)} limit: refused as a decompression bomb`
      );
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressed * limits.maxInflationRatio) {
      throw refuse(
        `the workbook entry ${name} inflates more than ${limits.maxInflationRatio} times: refused as a decompression bomb`
      );
    }
    total += entry.size;
    if (total > limits.maxXlsxTotalBytes)
      throw refuse(`the workbook inflates to more than ${sizeText(limits.maxXlsxTotalBytes)}: refused as a decompression bomb`);
  }
  let position = 0;
  for (const entry of [...entries.list].sort((a, b) => a.offset - b.offset)) {
    if (entry.offset !== position)
      throw refuse('the workbook holds data outside its listed entries: not a workbook Excel or the Admin wrote');
    position = await checkEntry(fd, entry, file);
  }
  if (position !== entries.centralOffset)
    throw refuse('the workbook holds data outside its listed entries: not a workbook Excel or the Admin wrote');
}

function capOf(entry: ZipEntry, limits: ImportLimits): number {
  return /sharedStrings\.xml$/i.test(entry.name) ? limits.maxXlsxSharedStringsBytes : limits.maxXlsxEntryBytes;
}

function shortName(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}…` : name);
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const got = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, got);
}

function centralDirectory(fd: number, file: string): { list: ZipEntry[]; centralOffset: number } {
  const notZip = new ImportError({ file }, 'not a readable .xlsx workbook: it is not a zip archive');
  const size = fstatSync(fd).size;
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = read(fd, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notZip;
  const count = tail.readUInt16LE(at + 10);
  const centralSize = tail.readUInt32LE(at + 12);
  const centralOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || centralOffset === 0xffffffff)
    throw new ImportError(
      { file },
      'the workbook is a ZIP64 archive (over 4 GB or 65,535 entries): too large for an Admin export'
    );
  if (count > MAX_ENTRIES)
    throw new ImportError({ file }, `the workbook holds ${count} entries, more than the ${MAX_ENTRIES} accepted`);
  if (centralOffset + centralSize > tailStart + at) throw notZip;
  const central = read(fd, centralOffset, centralSize);
  const list: ZipEntry[] = [];
  for (let p = 0; list.length < count;) {
    if (p + 46 > central.length || central.readUInt32LE(p) !== CENTRAL) throw notZip;
    const nameLength = central.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: central.readUInt16LE(p + 8),
      method: central.readUInt16LE(p + 10),
      compressed: central.readUInt32LE(p + 20),
      size: central.readUInt32LE(p + 24),
      offset: central.readUInt32LE(p + 42),
      name: central.toString('utf8', p + 46, p + 46 + nameLength)
    };
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) {
      throw new ImportError({ file }, 'the workbook is a ZIP64 archive (over 4 GB): too large for an Admin export');
    }
    list.push(entry);
    p += 46 + nameLength + central.readUInt16LE(p + 30) + central.readUInt16LE(p + 32);
  }
  return { list, centralOffset };
}

/** Inflates one entry into nothing, capped at its declared size; returns where the next starts. */
async function checkEntry(fd: number, entry: ZipEntry, file: string): Promise<number> {
  const name = shortName(entry.name);
  const local = read(fd, entry.offset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
    throw new ImportError({ file }, `the workbook entry ${name} is damaged`);
  const localFlags = local.readUInt16LE(6);
  const localCompressed = local.readUInt32LE(18);
  const localName = read(fd, entry.offset + 30, local.readUInt16LE(26)).toString('utf8');
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  // Data descriptor mode: the reader finds the end of the data by its signature, so none may hide inside.
  const scanned = (localFlags & 8) !== 0 && localCompressed === 0;
  if (localName !== entry.name || local.readUInt16LE(8) !== entry.method || (!scanned && localCompressed !== entry.compressed)) {
    throw new ImportError(
      { file },
      `the workbook entry ${name} does not match its listing: not a workbook Excel or the Admin wrote`
    );
  }
  if (entry.method !== 0 && entry.method !== 8)
    throw new ImportError(
      { file },
      `the workbook entry ${name} uses compression method ${entry.method}, which Excel does not write`
    );
  const inflated = await inflatedSize(fd, start, entry.compressed, entry.method === 8, entry.size, scanned);
  if (inflated === 'damaged')
    throw new ImportError({ file }, `the workbook entry ${name} is damaged (its data does not inflate)`);
  if (inflated === 'descriptor')
    throw new ImportError({ file }, `the workbook entry ${name} is ambiguous (a data descriptor signature inside its data)`);
  if (inflated !== entry.size) {
    throw new ImportError(
      { file },
      `the workbook entry ${name} inflates to ${inflated > entry.size ? 'more' : 'less'} than the ${sizeText(entry.size)} it declares: refused`
    );
  }
  const end = start + entry.compressed;
  if ((localFlags & 8) === 0) return end;
  return read(fd, end, 4).equals(DESCRIPTOR) ? end + 16 : end + 12;
}

async function inflatedSize(
  fd: number,
  start: number,
  length: number,
  deflated: boolean,
  cap: number,
  scanned: boolean
): Promise<number | 'descriptor' | 'damaged'> {
  let ambiguous = false;
  function* chunks(): Generator<Buffer> {
    let previous: Buffer = Buffer.alloc(0);
    for (let done = 0; done < length;) {
      const chunk = read(fd, start + done, Math.min(CHUNK, length - done));
      if (chunk.length === 0) return;
      done += chunk.length;
      if (scanned && Buffer.concat([previous, chunk]).includes(DESCRIPTOR)) {
        ambiguous = true;
        return;
      }
      previous = chunk.subarray(Math.max(0, chunk.length - 3));
      yield chunk;
    }
  }
  if (!deflated) {
    let stored = 0;
    for (const chunk of chunks()) stored += chunk.length;
    return ambiguous ? 'descriptor' : stored;
  }
  let out = 0;
  const inflater = Readable.from(chunks()).pipe(createInflateRaw());
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      out += piece.length;
      if (out > cap) break;
    }
  } catch {
    return 'damaged';
  } finally {
    inflater.destroy();
  }
  return ambiguous ? 'descriptor' : out;
}
