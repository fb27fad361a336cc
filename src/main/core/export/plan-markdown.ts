import type { PlannedChange } from '../../../shared/api/plan';
import { adminPathText, type AdminPathLocale } from '../../../shared/domain/admin-paths';
import { markdownCode, markdownText } from './markdown';
import { planField, planObject, planValue } from './plan-lines';
import { PLAN_WORDS } from './plan-words';

/**
 * The change plan as a Markdown checklist to follow in the VTEX Admin, in the desk's language: one
 * task line per change with where to make it, the object, before → after, the orders it unblocks
 * and who planned it. Text from the mirror is escaped, so a hostile SKU name cannot add lines or markup.
 */
export function planMarkdown(changes: readonly PlannedChange[], locale: AdminPathLocale = 'en'): string {
  const words = PLAN_WORDS[locale];
  const lines = [`# ${words.title}`, '', words.lead, ''];
  if (changes.length === 0) lines.push(words.nothing);
  for (const change of changes) {
    const orders =
      change.orders.length === 0
        ? words.noOrder
        : change.orders.map((order) => markdownCode(order.marketplaceOrderId)).join(', ');
    lines.push(
      `- [ ] **${markdownText(adminPathText(change.adminPath, locale))}**: ${markdownText(planObject(change, locale))}, ` +
        `${markdownText(planField(change, locale))}: ${markdownCode(planValue(change.before, locale))} → ${markdownCode(planValue(change.after, locale))}. ` +
        words.line({ orders, agent: markdownText(change.agent), at: markdownText(change.createdAt), id: change.id })
    );
  }
  return `${lines.join('\n')}\n`;
}
