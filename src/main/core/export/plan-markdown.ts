import type { PlannedChange } from '../../../shared/api/plan';
import { markdownCode, markdownText } from './markdown';
import { planObject, planValue } from './plan-lines';

/**
 * The change plan as a Markdown checklist to follow in the VTEX Admin: one task line per change
 * with where to make it, the object, before → after, the orders it unblocks and who planned it.
 * Text from the mirror is escaped, so a hostile SKU name cannot add lines or markup.
 */
export function planMarkdown(changes: readonly PlannedChange[]): string {
  const lines = [
    '# Change plan',
    '',
    'Changes made in the local copy only. Make each one in the VTEX Admin, then reprocess the orders it unblocks.',
    ''
  ];
  if (changes.length === 0) lines.push('Nothing planned.');
  for (const change of changes) {
    const orders =
      change.orders.length === 0
        ? 'no failed order'
        : change.orders.map((order) => markdownCode(order.marketplaceOrderId)).join(', ');
    lines.push(
      `- [ ] **${markdownText(change.adminPath)}**: ${markdownText(planObject(change))}, ${markdownText(change.field)}: ` +
        `${markdownCode(planValue(change.before))} → ${markdownCode(planValue(change.after))}. ` +
        `Unblocks ${orders}. Planned by ${markdownText(change.agent)} on ${markdownText(change.createdAt)} (#${change.id}).`
    );
  }
  return `${lines.join('\n')}\n`;
}
