import type { FixPreview, FixRequest, FixRequestKind } from '../../../../shared/api/fixes';
import { DateField } from '../../components/DateField';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';

type Field = { key: string; label: MessageKey; value: unknown };

function fieldsOf(fix: FixRequest): Field[] {
  return Object.entries(fix)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => ({ key, label: `fix.field.${key}` as MessageKey, value }));
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Records the agent can pick from for warehouse and dock fields. */
export interface FixChoices {
  warehouses: { id: string; name: string | null }[];
  docks: { id: string; name: string | null }[];
}

/** The fix's fields, pre-filled from the cause, editable before the preview. */
export function FixForm({
  fix,
  choices,
  onChange
}: {
  fix: FixRequest;
  choices: FixChoices;
  onChange: (fix: FixRequest) => void;
}) {
  const { t } = useT();
  const set = (key: string, value: unknown) => onChange({ ...fix, [key]: value });
  return (
    <div className="fix-form" data-testid="fix-form">
      {fieldsOf(fix).map(({ key, label, value }) => {
        const id = `fix-${key}`;
        let control: React.ReactNode;
        if (key === 'warehouseId') {
          const ids = [...new Set([...choices.warehouses.map((w) => w.id), String(value)])].filter(Boolean);
          control = (
            <select id={id} className="input" value={String(value)} onChange={(e) => set(key, e.target.value)}>
              {ids.map((wid) => (
                <option key={wid} value={wid}>
                  {wid} {choices.warehouses.find((w) => w.id === wid)?.name ?? ''}
                </option>
              ))}
            </select>
          );
        } else if (key === 'dockId') {
          const ids = [...new Set([...choices.docks.map((d) => d.id), String(value)])].filter(Boolean);
          control = (
            <select id={id} className="input" value={String(value)} onChange={(e) => set(key, e.target.value)}>
              {ids.map((did) => (
                <option key={did} value={did}>
                  {did} {choices.docks.find((d) => d.id === did)?.name ?? ''}
                </option>
              ))}
            </select>
          );
        } else if (key === 'action') {
          control = (
            <select id={id} className="input" value={String(value)} onChange={(e) => set(key, e.target.value)}>
              <option value="authorize">{t('fix.action.authorize')}</option>
              <option value="approval">{t('fix.action.approval')}</option>
              <option value="deny">{t('fix.action.deny')}</option>
            </select>
          );
        } else if (key === 'valueCents') {
          control = (
            <input
              id={id}
              className="input num"
              type="number"
              min={0.01}
              step={0.01}
              value={(Number(value) / 100).toFixed(2)}
              onChange={(e) => set(key, Math.round(Number(e.target.value) * 100))}
            />
          );
        } else if (key === 'dateTo' || key === 'dateFrom') {
          control = (
            <DateField
              id={id}
              value={value ? dayOf(String(value)) : ''}
              onChange={(day) => set(key, day ? new Date(`${day}T23:59:59.000Z`).toISOString() : undefined)}
            />
          );
        } else if (typeof value === 'boolean') {
          control = <input id={id} type="checkbox" checked={value} onChange={(e) => set(key, e.target.checked)} />;
        } else if (typeof value === 'number') {
          control = (
            <input
              id={id}
              className="input num"
              type="number"
              min={0}
              step={key === 'from' || key === 'to' ? 0.1 : 1}
              value={value}
              onChange={(e) => set(key, Number(e.target.value))}
            />
          );
        } else if (Array.isArray(value)) {
          control = (
            <input
              id={id}
              className="input mono"
              value={value.join(', ')}
              onChange={(e) =>
                set(
                  key,
                  e.target.value
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean)
                )
              }
            />
          );
        } else {
          control = (
            <input id={id} className="input mono" value={String(value ?? '')} onChange={(e) => set(key, e.target.value)} />
          );
        }
        return (
          <label key={key} className="fix-field" htmlFor={id}>
            <span>{t(label)}</span>
            {control}
          </label>
        );
      })}
    </div>
  );
}

/** The warehouses and docks an order's records name, for the form's pickers. */
export function choicesFrom(records: {
  warehouses: { id: string; name: string }[];
  inventory: { warehouseId: string; warehouseName: string | null }[];
  docks: { id: string; name: string }[];
}): FixChoices {
  const warehouses = new Map<string, string | null>(records.inventory.map((b) => [b.warehouseId, b.warehouseName]));
  for (const w of records.warehouses) warehouses.set(w.id, w.name);
  return {
    warehouses: [...warehouses].map(([id, name]) => ({ id, name })),
    docks: records.docks.map((d) => ({ id: d.id, name: d.name }))
  };
}

const SHARED_WORDS: Partial<Record<FixRequestKind, MessageKey>> = {
  add_divergence_rule: 'words.scope.divergenceRule',
  register_erp_carrier: 'words.scope.erpCarrier',
  xml_show_out_of_stock: 'words.scope.xmlFeed',
  activate_dock: 'words.scope.dock',
  link_dock_trade_policy: 'words.scope.dock',
  activate_shipping_policy: 'words.scope.shippingPolicy'
};

/**
 * Scope before risk: what a fix reaches beyond the order it was started from, said before it is
 * applied: a store-wide record names itself, and the other failed orders and their SKUs are counted.
 */
export function FixScopeNote({ preview, orderId }: { preview: FixPreview; orderId: number }) {
  const { t } = useT();
  const others = preview.affectedOrderIds.filter((id) => id !== orderId).length;
  const shared = preview.reach?.shared ?? false;
  const skus = preview.reach?.skuCount ?? 0;
  const sharedWords = SHARED_WORDS[preview.kind];
  if (!shared && others === 0)
    return (
      <p className="muted" data-testid="fix-scope" data-scope="order">
        {t('words.scope.onlyThis')}
      </p>
    );
  return (
    <div className="banner banner-warning" role="note" data-testid="fix-scope" data-scope={shared ? 'store' : 'orders'}>
      {shared && sharedWords && (
        <p className="banner-title">
          {t('words.scope.storeWide')} {t(sharedWords)}
        </p>
      )}
      {others > 0 && (
        <p>
          {t('words.scope.others', { n: others })} {t('words.scope.skus', { n: skus })}
        </p>
      )}
    </div>
  );
}
