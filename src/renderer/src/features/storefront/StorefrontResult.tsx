import type { OrderView } from '../../../../shared/api/orders';
import { STOREFRONT_FAMILIES, type StorefrontCheck, type StorefrontFamily } from '../../../../shared/api/storefront';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { outcomeVerdict } from '../../i18n/domain/verdict';
import { useT } from '../../i18n/use-t';
import { CauseCard } from '../order/CauseCard';
import { SimulationResultView } from '../simulator/SimulationResultView';
import { useStorefrontStore } from './storefront-store';

type Checked = Extract<StorefrontCheck, { kind: 'checked' }>;

/** Several SKUs match the text: one click checks the one meant. */
function Candidates({ check }: { check: Extract<StorefrontCheck, { kind: 'candidates' }> }) {
  const { t } = useT();
  const { edit, run } = useStorefrontStore();
  return (
    <div className="banner" data-testid="storefront-candidates">
      <p>{t('storefront.candidates')}</p>
      <ul className="storefront-candidates">
        {check.candidates.map((sku) => (
          <li key={sku.id}>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                edit({ sku: sku.id });
                void run();
              }}
            >
              <span className="mono">{sku.id}</span> · <span className="mono">{sku.refId ?? ''}</span> · {sku.name}
              {!sku.isActive && <span className="chip chip-warning">{t('storefront.inactive')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What ran, what passed, and why what did not run did not. */
function FamilyList({ check }: { check: Checked }) {
  const { t } = useT();
  const failed = new Set(check.verdict.checked.filter((family) => familyFailed(family, check.verdict.causes)));
  const skipped = new Map(check.verdict.notChecked.map((entry) => [entry.family, entry.why]));
  return (
    <ul className="storefront-families" data-testid="storefront-families">
      {STOREFRONT_FAMILIES.map((family) => {
        const why = skipped.get(family);
        const state = why ? 'skipped' : failed.has(family) ? 'failed' : 'passed';
        return (
          <li key={family} data-family={family} data-state={state}>
            <span aria-hidden="true">{state === 'passed' ? '✓' : state === 'failed' ? '✗' : '–'}</span>{' '}
            {t(`storefront.family.${family}`)}
            {why && (
              <span className="muted">
                {' '}
                · {t('storefront.notChecked')}: {t(`storefront.why.${why}`)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

// The families each cause fails. No stock that the store will not sell out of stock (or a feed then
// hides) fails stock as well as the storefront settings: a tick beside "Stock" would read as "in stock".
const FAMILIES_OF: Partial<Record<Cause['code'], StorefrontFamily[]>> = {
  sku_inactive: ['catalog'],
  product_inactive: ['catalog'],
  sku_not_in_trade_policy: ['catalog'],
  sku_not_in_collection: ['catalog'],
  no_dock_for_trade_policy: ['trade_policy'],
  insufficient_stock: ['stock'],
  negative_inventory: ['stock'],
  stock_outside_trade_policy: ['stock'],
  out_of_stock_not_sellable: ['stock', 'storefront'],
  xml_hides_out_of_stock: ['stock', 'storefront'],
  postal_code_not_covered: ['delivery'],
  package_exceeds_carrier_limits: ['delivery'],
  price_missing_for_trade_policy: ['price'],
  price_expired_for_trade_policy: ['price']
};

function familyFailed(family: StorefrontFamily, causes: Cause[]): boolean {
  return causes.some((cause) => FAMILIES_OF[cause.code]?.includes(family));
}

/** The verdict in one sentence, the cause cards (each opens the wizard on its fix), the checks and the simulation. */
export function StorefrontResult({ view, onFix }: { view: OrderView | null; onFix: (cause: Cause) => void }) {
  const { t, locale } = useT();
  const { result, error } = useStorefrontStore();
  if (error)
    return (
      <div className="banner banner-error" role="alert">
        {error}
      </div>
    );
  if (!result) return null;
  if (result.kind === 'not_found')
    return (
      <p className="banner banner-warning" data-testid="storefront-not-found">
        {t('storefront.notFound', { text: result.text })}
      </p>
    );
  if (result.kind === 'candidates') return <Candidates check={result} />;
  const { verdict } = result;
  return (
    <div data-testid="storefront-result" data-outcome={verdict.outcome}>
      <h2 className="storefront-subject">
        {t('storefront.subject', {
          sku: result.sku.id,
          name: result.sku.name,
          policy: result.tradePolicyName ?? result.tradePolicyId
        })}
      </h2>
      {verdict.outcome === 'all_pass' && (
        <p className="banner banner-success" role="status" data-testid="storefront-all-pass">
          ✓ {t('storefront.allPass', { policy: result.tradePolicyName ?? result.tradePolicyId, cep: result.postalCode ?? '' })}
        </p>
      )}
      {verdict.outcome === 'no_postal_code' && (
        <p className="banner banner-warning" role="status">
          {t('storefront.noPostalCode')}
        </p>
      )}
      {verdict.outcome === 'insufficient_data' && (
        <p className="banner banner-warning" role="status">
          {outcomeVerdict('insufficient_data', verdict.missing, locale)}
        </p>
      )}
      {verdict.outcome === 'causes' && view && (
        <>
          <p className="verdict">{t('storefront.causesFound', { n: verdict.causes.length })}</p>
          {verdict.causes.map((cause, index) => (
            <CauseCard key={`${cause.code}:${index}`} cause={cause} view={view} onFix={onFix} />
          ))}
        </>
      )}
      <h3>{t('storefront.checked')}</h3>
      <FamilyList check={result} />
      {verdict.simulation && <SimulationResultView result={verdict.simulation} />}
    </div>
  );
}
