import { useEffect } from 'react';
import { api } from '../../api/client';
import { formatNumber } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useGroupsStore } from '../../stores/groups-store';

/** The group's pre-check walking on the core's worker: how far, and a Stop (a big group takes seconds). */
export function PrecheckProgress() {
  const { t, locale } = useT();
  const { checking, checkStopped, setChecking, stopCheck } = useGroupsStore();
  useEffect(() => api.on('groups/precheck-progress', setChecking), [setChecking]);
  if (checkStopped) return <p className="muted">{t('groups.checkStopped')}</p>;
  if (!checking) return <p className="muted">{t('wizard.working')}</p>;
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div className="group-progress" data-testid="group-precheck-progress" role="status">
      <progress max={checking.total} value={checking.done} aria-label={t('groups.precheck')} />
      <span>{t('groups.checking', { done: n(checking.done), total: n(checking.total) })}</span>
      <button type="button" className="button" onClick={() => void stopCheck()} data-testid="group-precheck-stop">
        {t('groups.cancel')}
      </button>
    </div>
  );
}
