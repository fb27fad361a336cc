import type { PlannedChange } from '../../../../shared/api/plan';
import { useT } from '../../i18n/use-t';

/** A value as the Admin would show it in a checklist line: text as itself, lists and records as JSON. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const KINDS = ['sku', 'product', 'inventory', 'dock', 'shipping_policy', 'price', 'price_divergence_rule', 'erp_carrier', 'xml_integration'] as const;

/** "SKU 1003 Tênis Corrida 42" in the agent's language; the id alone when the mirror has no name. */
export function useObjectLabel(): (change: PlannedChange) => string {
  const { t } = useT();
  return (change) => {
    const known = (KINDS as readonly string[]).includes(change.object.kind) ? (change.object.kind as (typeof KINDS)[number]) : null;
    const kind = known ? t(`plan.kind.${known}`) : change.object.kind.replace(/_/g, ' ');
    return change.object.name ? `${kind} ${change.object.id} ${change.object.name}` : `${kind} ${change.object.id}`;
  };
}

/** The planned changes an order or a group waits for, one line each with where to make it in the Admin. */
export function PlannedChangeList({ changes }: { changes: readonly PlannedChange[] }) {
  const { t } = useT();
  const objectLabel = useObjectLabel();
  if (changes.length === 0) return null;
  return (
    <ul className="compact-list" data-testid="planned-changes">
      {changes.map((change) => (
        <li key={change.id} data-testid="planned-change">
          <span className="chip">{t('plan.localOnly')}</span>{' '}
          {t('plan.changeLine', { path: change.adminPath, object: objectLabel(change), field: change.field, before: shownValue(change.before), after: shownValue(change.after) })}
        </li>
      ))}
    </ul>
  );
}
