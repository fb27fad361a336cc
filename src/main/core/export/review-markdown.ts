import { centsToDecimalString } from '../../../shared/money';
import { DESK_REPLAY_LABEL, type ReviewSource, type TextSink } from './review-source';
import { markdownCode, markdownText as md } from './markdown';

export function writeReviewMarkdown(source: ReviewSource, write: TextSink): void {
  write(`# Integration review\n\nJudged as of ${source.asOf}. ${source.summary.failed} failed orders.\n\n`);
  write('## By error type\n\n| error type | orders |\n|---|---:|\n');
  for (const [type, n] of Object.entries(source.summary.byErrorType)) write(`| ${md(type)} | ${n} |\n`);
  write('\n## By cause\n\n| cause | orders |\n|---|---:|\n');
  for (const [cause, n] of Object.entries(source.summary.byCause)) write(`| ${md(cause)} | ${n} |\n`);
  write('\n## Fix once, reprocess N\n\n| cause | object | orders | value at stake |\n|---|---|---:|---:|\n');
  for (const group of source.groups) {
    write(
      `| ${md(group.code)} | ${md(group.key || '—')} | ${group.orderIds.length} | ${centsToDecimalString(group.valueAtStake)} |\n`
    );
  }
  write('\n## Orders\n');
  for (const order of source.orders()) {
    const inferred = order.inferredErrorType ? ` → ${md(order.inferredErrorType)} (inferred)` : '';
    write(
      `\n### ${md(order.affiliateId)} ${md(order.marketplaceOrderId)} — ${md(order.errorType)}${inferred}\n\n> ${md(order.message)}\n\n` +
        (order.messageSource === 'desk-replay' ? `_${md(DESK_REPLAY_LABEL)}_\n\n` : '')
    );
    if (order.causes.length === 0)
      write(`- **${md(order.outcome)}**${order.missing.length ? ` (missing: ${md(order.missing.join(', '))})` : ''}\n`);
    for (const cause of order.causes) {
      write(`- **${md(cause.code)}** — fix: ${md(cause.fix.kind)} — evidence: ${markdownCode(cause.evidence)}\n`);
    }
    for (const cause of order.alsoFound) write(`- also found: **${md(cause.code)}** — fix: ${md(cause.fix.kind)}\n`);
  }
}
