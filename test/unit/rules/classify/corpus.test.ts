import { describe, expect, it } from 'vitest';
import appsConnectorsApisFile from '../../../../resources/classifier/corpus/apps-connectors-apis.json';
import catalogFile from '../../../../resources/classifier/corpus/catalog.json';
import checkoutFile from '../../../../resources/classifier/corpus/checkout.json';
import connectorsFile from '../../../../resources/classifier/corpus/connectors.json';
import marketplacesFile from '../../../../resources/classifier/corpus/marketplaces.json';
import vtexFile from '../../../../resources/classifier/corpus/vtex.json';
import catalog from '../../../../resources/catalog/error-catalog.json';
import { BASELINE_FILES, CORPUS, CORPUS_PROBLEMS, readCorpusFiles } from '../../../../src/main/core/rules/classify/corpus';
import storefrontApps from '../../../../resources/classifier/holdout/storefront-apps.json';
import { isErrorType } from '../../../../src/shared/domain/error-types';

const FILES: ReadonlyArray<readonly [string, ReadonlyArray<{ message: string }>]> = [
  ['catalog.json', catalogFile],
  ['vtex.json', vtexFile],
  ['marketplaces.json', marketplacesFile],
  ['checkout.json', checkoutFile],
  ['connectors.json', connectorsFile],
  ['apps-connectors-apis.json', appsConnectorsApisFile]
];

describe('the classifier corpus', () => {
  it('holds at least 400 distinct labelled messages in English, Portuguese and Spanish, each with its source', () => {
    expect(CORPUS_PROBLEMS).toEqual([]);
    expect(new Set(CORPUS.map((entry) => entry.message.trim().toLowerCase())).size).toBe(CORPUS.length);
    expect(CORPUS.length).toBeGreaterThanOrEqual(400);
    for (const entry of CORPUS) {
      expect(isErrorType(entry.errorType)).toBe(true);
      expect(['en', 'pt', 'es']).toContain(entry.lang);
      expect(entry.source).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(entry.url).not.toBe('');
    }
    for (const lang of ['en', 'pt', 'es'])
      expect(CORPUS.filter((entry) => entry.lang === lang).length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((entry) => entry.source)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps the baseline files at the 1,107 messages the restricted leave-one-source-out figure is about', () => {
    expect(CORPUS.filter((entry) => BASELINE_FILES.has(entry.file)).length).toBe(1107);
    expect(new Set(CORPUS.map((entry) => entry.file))).toEqual(new Set(FILES.map(([file]) => file)));
  });

  it('marks out-of-domain messages among the unclassified ones only, and reports a row that breaks that', () => {
    const outside = CORPUS.filter((entry) => entry.outOfDomain);
    expect(outside.length).toBe(160);
    expect(outside.filter((entry) => entry.errorType !== 'unclassified')).toEqual([]);
    const row = {
      message: 'No file selected',
      errorType: 'unclassified',
      lang: 'en',
      source: 'an-app',
      url: 'https://example.test'
    };
    const read = readCorpusFiles([
      [
        'test.json',
        [
          { ...row, scope: 'out-of-domain' },
          { ...row, message: 'Invalid nonce' },
          { ...row, message: 'Nonce verification failed', scope: 'elsewhere' },
          { ...row, message: 'Timeout', errorType: 'platform_error', scope: 'out-of-domain' }
        ]
      ]
    ]);
    expect(read.entries.map((entry) => entry.outOfDomain)).toEqual([true, false]);
    expect(read.problems.map((problem) => problem.reason)).toEqual([
      'unknown scope elsewhere',
      'an out-of-domain message labelled platform_error'
    ]);
  });

  it.each(FILES)('%s repeats no message (case aside)', (_, rows) => {
    const keys = rows.map((row) => row.message.trim().toLowerCase());
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it("has every message of the error catalog in catalog.json, with the entry's error type", () => {
    const labelOf = new Map(catalogFile.map((row) => [row.message.toLowerCase(), row.errorType]));
    const firstType = new Map<string, string>();
    for (const entry of catalog.entries)
      for (const message of entry.messages)
        if (!firstType.has(message.text.toLowerCase())) firstType.set(message.text.toLowerCase(), entry.errorType);
    expect(Object.fromEntries(labelOf)).toEqual(Object.fromEntries(firstType));
    expect(catalogFile.every((row) => row.source === 'vtex-error-catalog' && row.synthetic === false)).toBe(true);
  });

  it('adds apps-connectors-apis.json: 300+ real messages from 6+ publications none of the other files reads, none held apart', () => {
    const added = CORPUS.filter((entry) => entry.file === 'apps-connectors-apis.json');
    expect(added.length).toBeGreaterThanOrEqual(300);
    const older = new Set(CORPUS.filter((entry) => entry.file !== 'apps-connectors-apis.json').map((entry) => entry.source));
    const fresh = new Set(added.map((entry) => entry.source).filter((source) => !older.has(source)));
    expect(fresh.size).toBeGreaterThanOrEqual(6);
    for (const entry of added) {
      expect(entry.synthetic).toBe(false);
      // A repository file read at one commit, or a documentation page.
      expect(entry.url).toMatch(/^https:\/\/(github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+|[\w.-]+\/\S*)$/);
    }
    // The held-apart storefront apps stay never trained on: none of their wordings was added.
    const held = new Set(storefrontApps.map((row) => row.message.trim().toLowerCase()));
    expect(added.filter((entry) => held.has(entry.message.trim().toLowerCase()))).toEqual([]);
  });
});
