import { useEffect, useRef } from 'react';
import type { CauseGroupView } from '../../../../shared/api/groups';
import { formatMoney, formatNumber } from '../../i18n';
import { causeTitle, domainTexts } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { useGroupsStore } from '../../stores/groups-store';
import { useReprocessStore } from '../../stores/reprocess-store';
import { choicesFrom, FixForm } from '../wizard/FixForm';
import { PlannedChangeList } from '../plan/PlannedChangeList';
import { ChangesTable, FixAppliedBanner } from '../wizard/steps';
import { CauseCounts } from './CauseCounts';
import { GroupOrders } from './GroupOrders';
import { GroupReprocess } from './GroupReprocess';
import { PrecheckProgress } from './PrecheckProgress';
import { ShortfallLine } from './ShortfallLine';
import { GroupChecklist } from '../admin-checklist/GroupChecklist';
import { groupSubject } from './group-subject';

/** Fix once, then reprocess all: pre-check, the fix with before → after, and the bulk reprocess. */
export function GroupPanel({ group }: { group: CauseGroupView }) {
  const { t, locale } = useT();
  const texts = domainTexts(locale);
  const { precheck, sample, fix, preview, applied, busy, error, editFix, previewFix, applyFix, recheck } = useGroupsStore();
  const dismiss = useReprocessStore((state) => state.dismiss);
  const { code, key, orderCount } = group;
  // A cause about the order itself (a bad CPF) has no shared object to name.
  const subject = groupSubject(group);

  // Another group: the last one's run summary goes.
  useEffect(() => {
    dismiss();
  }, [code, key, dismiss]);

  // The orders the group held when opened (its snapshot), checked again when the group changes (a run, a resolution) and after the fix.
  const checked = useRef({ orderCount, applied });
  useEffect(() => {
    if (checked.current.orderCount === orderCount && checked.current.applied === applied) return;
    checked.current = { orderCount, applied };
    void recheck();
  }, [orderCount, applied, recheck]);

  return (
    <aside className="order-pane" data-testid="group-panel">
      <header className="order-head">
        <h2>
          {causeTitle(group.code, locale)}
          {subject !== '—' && ` — ${subject}`}
        </h2>
        <p className="muted">
          {t('groups.atStake', { n: group.orderCount, value: formatMoney(locale, group.valueAtStakeCents) })}
        </p>
      </header>
      {orderCount === 0 && <p data-testid="group-emptied">{t('groups.emptied')}</p>}
      <GroupOrders group={group} />
      <section className="pane-section">
        <h3>{t('groups.precheck')}</h3>
        {precheck ? (
          <div data-testid="group-precheck">
            {precheck.localCopy && precheck.plannedChanges.length > 0 ? (
              <>
                <p>
                  {t('plan.groupWouldIntegrate', {
                    ok: formatNumber(locale, precheck.wouldSucceed),
                    total: formatNumber(locale, precheck.total)
                  })}
                </p>
                <PlannedChangeList changes={precheck.plannedChanges} />
              </>
            ) : (
              <p>
                {t('groups.wouldSucceed', {
                  ok: formatNumber(locale, precheck.wouldSucceed),
                  total: formatNumber(locale, precheck.total)
                })}
              </p>
            )}
            {precheck.shortfalls.map((shortfall) => (
              <ShortfallLine key={`${shortfall.skuId}|${shortfall.warehouseId}`} shortfall={shortfall} />
            ))}
            <CauseCounts counts={precheck.failingByCause} />
            <p className="muted">{t('groups.walkOrder')}</p>
          </div>
        ) : (
          <PrecheckProgress />
        )}
      </section>
      <section className="pane-section">
        <h3>{t('groups.fixOnce')}</h3>
        {!group.fix.appliesInMirror && (
          <p className="banner banner-warning">
            {texts.causes[group.code].fix} {texts.causes[group.code].adminSteps}
          </p>
        )}
        {fix && sample && !applied && (
          <>
            <FixForm fix={fix} choices={choicesFrom(sample.records)} onChange={editFix} />
            {!preview ? (
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void previewFix()}>
                {t('wizard.preview')}
              </button>
            ) : (
              <>
                <ChangesTable changes={preview.changes} />
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void applyFix()}>
                  {t('wizard.apply')}
                </button>
              </>
            )}
          </>
        )}
        {applied && <FixAppliedBanner applied={applied} testId="group-fix-applied" />}
        {error && (
          <div className="banner banner-error" role="alert">
            {error}
          </div>
        )}
      </section>
      <GroupReprocess snapshot={precheck ? { id: precheck.snapshot, total: precheck.total } : null} />
      <GroupChecklist group={group} />
    </aside>
  );
}
