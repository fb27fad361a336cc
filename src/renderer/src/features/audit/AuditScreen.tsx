import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/domain/model';
import type { AuditPage } from '../../../../shared/api/audit';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { formatDateTime } from '../../i18n';
import { auditRowWords } from '../../i18n/domain/audit-words';
import { useT } from '../../i18n/use-t';
import { useFormatters } from '../order/use-formatters';
import './audit.css';

const PAGE = 200;

/** One entry as a readable row: who, when, what in words, the object by its name, before → after; the JSON folded away. */
function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, locale } = useT();
  const format = useFormatters();
  const words = auditRowWords(entry, locale, format);
  return (
    <tr data-testid="audit-row">
      <td className="audit-when">{formatDateTime(locale, entry.at)}</td>
      <td>{entry.actor}</td>
      <td>{words.action}</td>
      <td className="audit-object">
        {words.object}
        {entry.entityType !== 'order' && entry.orderRef && (
          <span className="audit-for-order">{t('words.audit.forOrder', { id: entry.orderRef })}</span>
        )}
      </td>
      <td className="audit-change">
        {words.changes.length > 0 && (
          <ul className="audit-changes">
            {words.changes.map((change, index) => (
              <li key={index}>{change}</li>
            ))}
          </ul>
        )}
        {entry.note && <p className="audit-note">{entry.note}</p>}
        <details className="audit-raw">
          <summary>{t('words.audit.raw')}</summary>
          <pre>
            {JSON.stringify(
              { action: entry.action, entity: `${entry.entityType} ${entry.entityId}`, before: entry.before, after: entry.after },
              null,
              2
            )}
          </pre>
        </details>
      </td>
    </tr>
  );
}

/** Every fix, reprocess, resolution and note: who, when, what, before and after. */
export function AuditScreen() {
  const { t } = useT();
  const [page, setPage] = useState<AuditPage | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('audit/list', { offset, limit: PAGE }).then(setPage, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e))
    );
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
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('audit.export')}
        </button>
      </header>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
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
                <th scope="col">{t('audit.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {page?.rows.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
          <div className="button-row pager">
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              ←
            </button>
            <button
              type="button"
              className="button"
              disabled={!page || offset + PAGE >= page.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              →
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
