import { changeWords, type ChangeLike } from '../../i18n/domain/change-words';
import type { VerdictNames } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { useFormatters } from '../order/use-formatters';
import './audit.css';

/** Changed records in the Admin's words: the object by its name, the field as the Admin labels it, before → after. */
export function ChangeTable({
  changes,
  names = {},
  testId = 'fix-changes'
}: {
  changes: ChangeLike[];
  names?: VerdictNames;
  testId?: string;
}) {
  const { t, locale } = useT();
  const format = useFormatters();
  return (
    <table className="mini-table change-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('fix.record')}</th>
          <th>{t('fix.field')}</th>
          <th>{t('fix.before')}</th>
          <th>{t('fix.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change, index) => {
          const words = changeWords(change, locale, names, format);
          return (
            <tr key={index}>
              <td>{words.object}</td>
              <td>{words.field}</td>
              <td>{words.before}</td>
              <td className="text-success">{words.after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
