import { useEffect, useMemo } from 'react';
import type { ReprocessVerdict } from '../../../../shared/api/reprocess';
import type { StorefrontCheck } from '../../../../shared/api/storefront';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { useT } from '../../i18n/use-t';
import { useWizardStore } from '../../stores/wizard-store';
import { Wizard } from '../wizard/Wizard';
import { StorefrontForm } from './StorefrontForm';
import { StorefrontResult } from './StorefrontResult';
import { useStorefrontStore } from './storefront-store';
import { storefrontView } from './storefront-view';
import './storefront.css';

type Checked = Extract<StorefrontCheck, { kind: 'checked' }>;
type Translate = ReturnType<typeof useT>['t'];

function viewOf(check: Checked, t: Translate) {
  const complaint = t('storefront.message', {
    sku: check.sku.id,
    name: check.sku.name,
    policy: check.tradePolicyName ?? check.tradePolicyId
  });
  return storefrontView(check, complaint, new Date().toISOString());
}

/**
 * Verify for a SKU: the same checks run again on the mirror; green only when every one ran and
 * passed (there is no order to replay, so the verdict is the check's own).
 */
async function recheck(t: Translate) {
  await useStorefrontStore.getState().run();
  const result = useStorefrontStore.getState().result;
  if (result?.kind !== 'checked') throw new Error(useStorefrontStore.getState().error ?? t('storefront.running'));
  const verified = viewOf(result, t);
  const verdict: ReprocessVerdict = {
    orderId: 0,
    result: result.verdict.outcome === 'all_pass' ? 'would_integrate' : 'would_fail',
    message: null,
    diagnosis: verified.diagnosis,
    simulation: result.verdict.simulation,
    reserved: [],
    localCopy: false,
    plannedChanges: []
  };
  return { verified, verdict };
}

/** "Why can't customers buy this?": the SKU-first entry, its cause cards and the same wizard. */
export function StorefrontScreen() {
  const { t } = useT();
  const result = useStorefrontStore((state) => state.result);
  const view = useMemo(() => (result?.kind === 'checked' ? viewOf(result, t) : null), [result, t]);
  const startWizard = useWizardStore((state) => state.start);
  // A wizard left open over an order (started in the queue) must not show over this screen.
  useEffect(() => {
    const wizard = useWizardStore.getState();
    if (wizard.open && wizard.view?.order.id !== 0) wizard.close();
  }, []);
  const fix = (cause: Cause) => view && startWizard(view, { cause, step: 'fix', recheck: () => recheck(t) });
  return (
    <section className="screen storefront-screen" aria-labelledby="storefront-title">
      <header className="screen-header">
        <h1 id="storefront-title">{t('storefront.title')}</h1>
      </header>
      <p className="lead">{t('storefront.lead')}</p>
      <StorefrontForm />
      <div className="storefront-body">
        <StorefrontResult view={view} onFix={fix} />
        <Wizard onFinished={() => void useStorefrontStore.getState().run()} />
      </div>
    </section>
  );
}
