/**
 * The import's second thread: reads, parses, validates, minimises and classifies the orders file
 * while the import's thread writes (import/order-parse-thread.ts). An entry of its own, apart from the
 * import worker, so the thread loads only the import's readers and the classifier: the import
 * worker's bundle also brings exceljs and the diagnosis (about 860 modules against 60; 2.5 s of CPU
 * at 100k orders under tsx, mostly loading them).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveOrderBatches, type OrderParseData } from '../import/order-parse-thread';
import { classifyAtImport } from '../writer/classify-at-import';

void serveOrderBatches(parentPort!, workerData as OrderParseData, classifyAtImport);
