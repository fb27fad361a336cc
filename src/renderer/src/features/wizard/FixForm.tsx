import type { FixPreview, FixRequest, FixRequestKind } from '../../../../shared/api/fixes';
import { DateField } from '../../components/DateField';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { fieldLabel, fieldsOf, withField, type FieldControl, type FixFieldName } from './fix-fields';

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Records the agent can pick from for warehouse and dock fields. */
export interface FixChoices {
  warehouses: { id: string; name: string | null }[];
  docks: { id: string; name: string | null }[];
}

function RecordSelect({
  id,
  value,
  records,
  onChange
}: {
  id: string;
  value: string;
  records: { id: string; name: string | null }[];
  onChange: (value: string) => void;
}) {
  const ids = [...new Set([...records.map((record) => record.id), value])].filter(Boolean);
  return (
    <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      {ids.map((rid) => (
        <option key={rid} value={rid}>
          {rid} {records.find((record) => record.id === rid)?.name ?? ''}
        </option>
      ))}
    </select>
  );
}

/** The fix's fields, pre-filled from the cause, editable before the preview; each edited by its field's control. */
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
  const set = (field: FixFieldName, value: unknown) => onChange(withField(fix, field, value));
  const controlOf = (id: string, field: FixFieldName, control: FieldControl, value: unknown): React.ReactNode => {
    switch (control) {
      case 'warehouse':
        return <RecordSelect id={id} value={String(value ?? '')} records={choices.warehouses} onChange={(v) => set(field, v)} />;
      case 'dock':
        return <RecordSelect id={id} value={String(value ?? '')} records={choices.docks} onChange={(v) => set(field, v)} />;
      case 'action':
        return (
          <select id={id} className="input" value={String(value)} onChange={(e) => set(field, e.target.value)}>
            <option value="authorize">{t('fix.action.authorize')}</option>
            <option value="approval">{t('fix.action.approval')}</option>
            <option value="deny">{t('fix.action.deny')}</option>
          </select>
        );
      case 'cents':
        return (
          <input
            id={id}
            className="input num"
            type="number"
            min={0.01}
            step={0.01}
            value={(Number(value) / 100).toFixed(2)}
            onChange={(e) => set(field, Math.round(Number(e.target.value) * 100))}
          />
        );
      case 'date':
        return (
          <DateField
            id={id}
            value={value ? dayOf(String(value)) : ''}
            onChange={(day) => set(field, day ? new Date(`${day}T23:59:59.000Z`).toISOString() : undefined)}
          />
        );
      case 'flag':
        return <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(field, e.target.checked)} />;
      case 'count':
      case 'percent':
        return (
          <input
            id={id}
            className="input num"
            type="number"
            min={0}
            step={control === 'percent' ? 0.1 : 1}
            value={Number(value)}
            onChange={(e) => set(field, Number(e.target.value))}
          />
        );
      case 'ids':
        return (
          <input
            id={id}
            className="input mono"
            value={Array.isArray(value) ? value.join(', ') : ''}
            onChange={(e) =>
              set(
                field,
                e.target.value
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean)
              )
            }
          />
        );
      case 'text':
        return <input id={id} className="input mono" value={String(value ?? '')} onChange={(e) => set(field, e.target.value)} />;
    }
  };
  return (
    <div className="fix-form" data-testid="fix-form">
      {fieldsOf(fix).map(({ field, control, value }) => {
        const id = `fix-${field}`;
        return (
          <label key={field} className="fix-field" htmlFor={id}>
            <span>{t(fieldLabel(field))}</span>
            {controlOf(id, field, control, value)}
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

/** The shared record a store-wide fix changes, in words; null for a fix of the order's own SKU, price or stock. */
const SHARED_WORDS: Record<FixRequestKind, MessageKey | null> = {
  add_divergence_rule: 'words.scope.divergenceRule',
  register_erp_carrier: 'words.scope.erpCarrier',
  xml_show_out_of_stock: 'words.scope.xmlFeed',
  activate_dock: 'words.scope.dock',
  link_dock_trade_policy: 'words.scope.dock',
  activate_shipping_policy: 'words.scope.shippingPolicy',
  update_inventory: null,
  set_infinite_inventory: null,
  activate_sku: null,
  activate_product: null,
  associate_trade_policy: null,
  add_to_collection: null,
  set_price: null,
  renew_price: null
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
