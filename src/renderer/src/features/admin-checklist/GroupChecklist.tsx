import type { CauseGroupView } from '../../../../shared/api/groups';
import { causeTitle } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { ChecklistEntry } from './ChecklistEntry';

/** A cause group's way to the Admin checklist: its orders listed for Reprocess in Connections > Orders. */
export function GroupChecklist({ group }: { group: CauseGroupView }) {
  const { t, locale } = useT();
  return (
    <section className="pane-section" data-testid="group-checklist">
      <h3>{t('checklist.title')}</h3>
      <p className="muted">{t('checklist.fromGroupHint')}</p>
      <ChecklistEntry
        key={`${group.code}/${group.key}`}
        source={{ cause: group.code, key: group.key }}
        label={t('checklist.fromGroup')}
        title={causeTitle(group.code, locale)}
      />
    </section>
  );
}
