import { useEffect, type FormEvent } from 'react';
import type { ImportMode } from '../../../../shared/api/import';
import { api } from '../../api/client';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { useImportStore } from '../../stores/import-store';
import { ImportChoice } from './ImportChoice';
import { uploadFiles } from './upload-files';

/** Import a snapshot folder with a progress bar; a bad record shows where it is and changes nothing. */
export function ImportScreen() {
  const { t, locale } = useT();
  const {
    dir,
    running,
    progress,
    report,
    failure,
    asking,
    newMirror,
    setDir,
    setProgress,
    browse,
    start,
    choose,
    upload: sendUpload
  } = useImportStore();
  const info = useAppStore((state) => state.info);
  const loadInfo = useAppStore((state) => state.loadInfo);

  useEffect(() => api.on('import/progress', setProgress), [setProgress]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await start()) await loadInfo();
  };
  // Browser mode: the picked files go to the bridge first; the folder it answers is imported like a typed path.
  const upload = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = [...list];
    if (await sendUpload(() => uploadFiles(files))) await loadInfo();
  };
  const decide = async (mode: ImportMode | null) => {
    if (await choose(mode)) await loadInfo();
  };
  const records = report ? Object.values(report.counts).reduce((sum, n) => sum + (n ?? 0), 0) : 0;

  return (
    <section className="screen screen-narrow" aria-labelledby="import-title">
      <header className="screen-header">
        <h1 id="import-title">{t('import.title')}</h1>
      </header>
      <p className="lead">{t('import.lead')}</p>
      <form className="form-row" onSubmit={(event) => void submit(event)}>
        <label htmlFor="import-dir">{t('import.folder')}</label>
        <input
          id="import-dir"
          className="input mono"
          value={dir}
          placeholder={t('import.folderPlaceholder')}
          onChange={(event) => setDir(event.target.value)}
          disabled={running}
          spellCheck={false}
        />
        {info?.transport === 'desktop' && (
          <>
            <button type="button" className="button" onClick={() => void browse('folder')} disabled={running}>
              {t('import.browse')}
            </button>
            <button type="button" className="button" onClick={() => void browse('export')} disabled={running}>
              {t('import.browseExport')}
            </button>
          </>
        )}
        {info?.transport === 'browser' && (
          <>
            <label className="button">
              {t('importing.uploadFiles')}
              <input
                type="file"
                multiple
                hidden
                data-testid="upload-files"
                onChange={(event) => void upload(event.target.files)}
                disabled={running}
              />
            </label>
            <label className="button">
              {t('importing.uploadFolder')}
              <input
                type="file"
                hidden
                data-testid="upload-folder"
                {...{ webkitdirectory: '' }}
                onChange={(event) => void upload(event.target.files)}
                disabled={running}
              />
            </label>
          </>
        )}
        <button type="submit" className="button button-primary" disabled={running || asking !== null || dir.trim() === ''}>
          {t('import.start')}
        </button>
      </form>
      {asking && <ImportChoice inspection={asking} onChoose={(mode) => void decide(mode)} />}
      {running && (
        <div className="progress-block" data-testid="import-progress">
          <progress max={100} value={progress?.percent ?? 0} aria-label={t('import.title')} />
          <div className="progress-label">
            {progress ? t('import.running', { file: progress.file, records: formatNumber(locale, progress.records) }) : '…'}
          </div>
        </div>
      )}
      {report && (
        <div className="banner banner-success" role="status" data-testid="import-done">
          {t('import.done', {
            records: formatNumber(locale, records),
            files: report.files.length,
            seconds: (report.durationMs / 1000).toFixed(1)
          })}
          {newMirror && <> {t('importing.newMirrorDone', { path: report.mirrorPath })}</>}
        </div>
      )}
      {failure && (
        <div className="error-panel" role="alert" data-testid="import-error">
          <h2>{t('import.failed')}</h2>
          <p className="mono">{failure.message}</p>
          {failure.details && (
            <dl className="facts">
              {failure.details.file && (
                <>
                  <dt>{t('import.file')}</dt>
                  <dd className="mono">{failure.details.file}</dd>
                </>
              )}
              {failure.details.line !== undefined && (
                <>
                  <dt>{t('import.line')}</dt>
                  <dd className="mono">{failure.details.line}</dd>
                </>
              )}
              {failure.details.field && (
                <>
                  <dt>{t('import.field')}</dt>
                  <dd className="mono">{failure.details.field}</dd>
                </>
              )}
              {failure.details.expected && (
                <>
                  <dt>{t('import.expected')}</dt>
                  <dd>{failure.details.expected}</dd>
                </>
              )}
              {failure.details.got !== undefined && (
                <>
                  <dt>{t('import.got')}</dt>
                  <dd className="mono">{failure.details.got}</dd>
                </>
              )}
            </dl>
          )}
        </div>
      )}
    </section>
  );
}
