import type { PlannedChange } from '../../../../shared/api/plan';
import { adminPathText } from '../../../../shared/domain/admin-paths';
import { changeWords } from '../../i18n/domain/change-words';
import type { VerdictNames } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { useFormatters } from '../order/use-formatters';
import { changeOf, namesOf } from './planned-change-words';

/**
 * The planned changes an order or a group waits for, one line each with where to make it in the Admin;
 * the object, field and values in the agent's language (`names`: the order's records, when there is one).
 */
export function PlannedChangeList({ changes, names }: { changes: readonly PlannedChange[]; names?: VerdictNames }) {
  const { t, locale } = useT();
  const format = useFormatters();
  if (changes.length === 0) return null;
  return (
    <ul className="compact-list" data-testid="planned-changes">
      {changes.map((change) => {
        const words = changeWords(changeOf(change), locale, names ?? namesOf(change), format);
        return (
          <li key={change.id} data-testid="planned-change">
            <span className="chip">{t('plan.localOnly')}</span>{' '}
            {t('plan.changeLine', { path: adminPathText(change.adminPath, locale), ...words })}
          </li>
        );
      })}
    </ul>
  );
}
