import { ImportError } from './import-error';
import type { ImportLimits } from './limits';
import { readRecords } from './record-sources';
import type { SnapshotFile } from './snapshot-files';

/**
 * Records written for each wait of the writer: a few milliseconds of OMS orders, so a batch the
 * parsing thread posts meanwhile waits at most that long.
 */
const RECORDS_PER_STEP = 256;

/** Work done while the writer waits for the next batch, a step at a time. */
export interface IdleWork {
  /** Does a few milliseconds of the work; false when none is left for now. */
  step(): Promise<boolean>;
}

/**
 * A record file written while the import's thread would otherwise wait for the parsing thread's next
 * order batch. The parsing thread is the slower of the two (100k orders: about 4 s of its work
 * against 3 s of writing), so the OMS orders written in those waits cost no time of their own.
 */
export interface IdleRecords extends IdleWork {
  readonly file: SnapshotFile;
  /** Records written so far. */
  readonly records: number;
  /** Bytes of the file read so far, for progress. */
  readonly bytes: number;
  /** Closes the file (an import that failed before it was written whole). */
  close(): Promise<void>;
}

export function idleRecords(file: SnapshotFile, limits: ImportLimits, apply: (value: unknown) => void): IdleRecords {
  const source = readRecords(file, limits);
  let records = 0;
  let bytes = 0;
  let done = false;
  const step = async () => {
    for (let n = 0; n < RECORDS_PER_STEP && !done; n++) {
      const next = await source.next();
      if (next.done) {
        done = true;
        break;
      }
      const record = next.value;
      bytes = record.bytes;
      if (!('value' in record)) continue;
      try {
        apply(record.value);
      } catch (error) {
        throw ImportError.at(file.file, record.position, error);
      }
      records += 1;
    }
    return !done;
  };
  return {
    file,
    get records() {
      return records;
    },
    get bytes() {
      return bytes;
    },
    step,
    close: async () => void (await source.return(undefined))
  };
}

/** Gives the event loop a turn: a message from the parsing thread, progress to the window and a cancel can land. */
export const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The iterator's next value; while it is not there, `idle`'s work is done a step at a time.
 * A failure of the iterator waits until the step under way ends, then is thrown here; a failure of
 * a step waits for the iterator's value, then is thrown.
 */
export async function nextWhileWriting<T>(batches: AsyncIterator<T>, idle: IdleWork | null): Promise<IteratorResult<T>> {
  const next = batches.next();
  if (!idle) return next;
  let arrived = false;
  next.then(
    () => (arrived = true),
    () => (arrived = true)
  );
  try {
    await turn();
    while (!arrived && (await idle.step())) await turn();
  } catch (error) {
    // Nothing is left pending: the batches' source can then be closed at once.
    await next.catch(() => undefined);
    throw error;
  }
  return next;
}
