import { useState } from 'react';
import type { AdminChecklist } from '../../../../shared/api/checklist';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../stores/app-store';
import { useChecklistStore } from './checklist-store';

type Source = { orderIds: number[] } | { cause: string; key?: string };

/**
 * The way into the Admin checklist from where orders are chosen: one order's pane (it joins the
 * newest list) or a cause group (a new list of its orders). Says which list it went to, with a link there.
 */
export function ChecklistEntry({ source, label, hint, title }: { source: Source; label: string; hint?: string; title?: string }) {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  const { busy, error, create, addOrder } = useChecklistStore();
  const [made, setMade] = useState<AdminChecklist | null>(null);
  const [failed, setFailed] = useState(false);
  const single = 'orderIds' in source && source.orderIds.length === 1;
  const make = async () => {
    const checklist = single && 'orderIds' in source ? await addOrder(source.orderIds[0]) : await create(source, title);
    setMade(checklist);
    setFailed(checklist === null);
  };
  return (
    <div className="checklist-entry" data-testid="checklist-entry">
      {!made && (
        <button
          type="button"
          className="button"
          title={hint}
          disabled={busy}
          onClick={() => void make()}
          data-testid="checklist-make"
        >
          {label}
        </button>
      )}
      {made && (
        <p className="banner banner-success" role="status" data-testid="checklist-made">
          {t('checklist.added', { title: made.title, n: made.total })}{' '}
          <button type="button" className="button button-quiet" onClick={() => go('checklist')}>
            {t('checklist.open')}
          </button>
        </p>
      )}
      {failed && error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
