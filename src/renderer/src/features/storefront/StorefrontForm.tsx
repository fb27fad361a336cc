import { useEffect, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useStorefrontStore } from './storefront-store';

/** SKU (id, RefId or name, with suggestions), trade policy, CEP and quantity. */
export function StorefrontForm() {
  const { t } = useT();
  const { form, tradePolicies, suggestions, busy, edit, suggest, run, loadTradePolicies } = useStorefrontStore();

  useEffect(() => {
    void loadTradePolicies();
  }, [loadTradePolicies]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <form className="sim-form storefront-form" onSubmit={submit} data-testid="storefront-form">
      <label className="storefront-sku">
        <span>{t('storefront.sku')}</span>
        <input
          className="input"
          list="storefront-sku-suggestions"
          autoFocus
          value={form.sku}
          placeholder={t('storefront.skuPlaceholder')}
          onChange={(event) => {
            edit({ sku: event.target.value });
            void suggest(event.target.value);
          }}
          data-testid="storefront-sku"
        />
        <datalist id="storefront-sku-suggestions">
          {suggestions.map((sku) => (
            <option
              key={sku.id}
              value={sku.id}
            >{`${sku.refId ?? ''} ${sku.name}${sku.isActive ? '' : ` (${t('storefront.inactive')})`}`}</option>
          ))}
        </datalist>
      </label>
      <label>
        <span>{t('storefront.tradePolicy')}</span>
        <select
          className="input"
          value={form.tradePolicyId}
          onChange={(event) => edit({ tradePolicyId: event.target.value })}
          data-testid="storefront-trade-policy"
        >
          {tradePolicies.map((policy) => (
            <option key={policy.id} value={policy.id}>{`${policy.id} · ${policy.name}`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('storefront.postalCode')}</span>
        <input
          className="input mono"
          value={form.postalCode}
          inputMode="numeric"
          maxLength={20}
          onChange={(event) => edit({ postalCode: event.target.value })}
          data-testid="storefront-postal-code"
        />
      </label>
      <label>
        <span>{t('storefront.quantity')}</span>
        <input
          className="input"
          type="number"
          min={1}
          max={100000}
          value={form.quantity}
          onChange={(event) => edit({ quantity: Math.max(1, Number(event.target.value) || 1) })}
        />
      </label>
      <button type="submit" className="button button-primary" disabled={busy || !form.sku.trim()}>
        {busy ? t('storefront.running') : t('storefront.run')}
      </button>
    </form>
  );
}
