import { useEffect, useState } from 'react';
import type { AuditPage } from '../../../../shared/api/audit';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { formatDateTime } from '../../i18n';
import { useT } from '../../i18n/use-t';

const PAGE = 200;

/** Every fix, reprocess and note: who, when, what, before and after. */
export function AuditScreen() {
  const { t, locale } = useT();
  const [page, setPage] = useState<AuditPage | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('audit/list', { offset, limit: PAGE }).then(setPage, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [offset]);

  const exportCsv = async () => {
    const { fileName, csv } = await call('audit/export-csv', {});
    downloadText(fileName, csv, 'text/csv');
  };

  return (
    <section className="screen" aria-labelledby="audit-title">
      <header className="screen-header">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <span className="screen-count">{t('audit.count', { n: page?.total ?? 0 })}</span>
        <button type="button" className="button" onClick={() => void exportCsv()}>{t('audit.export')}</button>
      </header>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {page && page.rows.length === 0 ? (
        <div className="empty-state">{t('audit.empty')}</div>
      ) : (
        <div className="table-wrap">
          <table className="table audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.entity')}</th>
                <th scope="col">{t('audit.col.order')}</th>
                <th scope="col">{t('audit.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {page?.rows.map((entry) => (
                <tr key={entry.id} data-testid="audit-row">
                  <td>{formatDateTime(locale, entry.at)}</td>
                  <td className="mono">{entry.actor}</td>
                  <td className="mono">{entry.action}</td>
                  <td className="mono ellipsis">{entry.entityType} {entry.entityId}</td>
                  <td className="mono">{entry.orderRef ?? '—'}</td>
                  <td className="mono ellipsis" title={`${JSON.stringify(entry.before)} → ${JSON.stringify(entry.after)}`}>
                    {entry.note ?? `${JSON.stringify(entry.before)} → ${JSON.stringify(entry.after)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row pager">
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>←</button>
            <button type="button" className="button" disabled={!page || offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>→</button>
          </div>
        </div>
      )}
    </section>
  );
}
