import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/**
 * Writes records to a file one at a time, as NDJSON (one compact object a line) or as one JSON
 * array pretty-printed for reading; nothing but a 1 MB buffer is held, so a million orders stream.
 */
export class RecordWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  count = 0;

  constructor(
    file: string,
    private readonly format: 'json' | 'ndjson'
  ) {
    this.fd = openSync(file, 'w');
  }

  write(record: unknown): void {
    let text: string;
    if (this.format === 'ndjson') {
      text = JSON.stringify(record) + '\n';
    } else {
      const pretty = '  ' + JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
      text = (this.count === 0 ? '[\n' : ',\n') + pretty;
    }
    this.count++;
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  close(): void {
    if (this.format === 'json') this.buffer.push(this.count === 0 ? '[]\n' : '\n]\n');
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }
}
