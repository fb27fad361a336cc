import type { ChecklistExportFormat, ChecklistLine } from '../../../shared/api/checklist';
import type { AdminPathLocale } from '../../../shared/domain/admin-paths';
import { csvRow } from './csv';
import { markdownCode, markdownText } from './markdown';

/*
 * The Admin checklist's unchecked lines as a file the agent keeps beside the Admin, in the desk's
 * language (the same words as the renderer's i18n/checklist): the Admin they follow it in is set to
 * that language. The CSV header stays the same in every language (a sheet's formulas name its
 * columns); its cells go through csvRow, so an order id starting with = or + stays text.
 */
interface ChecklistWords {
  title: string;
  lead: string;
  connections: string;
  nothing: string;
  open: string;
}

const WORDS: Record<AdminPathLocale, ChecklistWords> = {
  en: {
    title: 'Reprocess in the Admin',
    lead: 'Open each order in Connections > Orders and choose Actions > Reprocess; the desk ticks the line when OMS shows the order.',
    connections: 'Connections > Orders',
    nothing: 'Every order is in OMS: nothing left to reprocess.',
    open: 'Open Connections > Orders of the account'
  },
  'pt-BR': {
    title: 'Reprocessar no Admin',
    lead: 'Abra cada pedido em Conexões > Pedidos e escolha Ações > Reprocessar; a mesa marca a linha quando o OMS mostra o pedido.',
    connections: 'Conexões > Pedidos',
    nothing: 'Todos os pedidos estão no OMS: nada a reprocessar.',
    open: 'Abrir Conexões > Pedidos da conta'
  },
  es: {
    title: 'Reprocesar en el Admin',
    lead: 'Abra cada pedido en Conexiones > Pedidos y elija Acciones > Reprocesar; el escritorio marca la línea cuando el OMS muestra el pedido.',
    connections: 'Conexiones > Pedidos',
    nothing: 'Todos los pedidos están en el OMS: nada por reprocesar.',
    open: 'Abrir Conexiones > Pedidos de la cuenta'
  }
};

const CSV_HEADER = ['done', 'marketplace_order_id', 'affiliate_id', 'marketplace', 'admin_path', 'connections_orders_link'];

export interface ChecklistFile {
  title: string;
  /** The account's Connections > Orders; null offline. */
  connectionsLink: string | null;
  /** The unchecked lines, streamed in the list's order. */
  lines: Iterable<Pick<ChecklistLine, 'marketplaceOrderId' | 'affiliateId' | 'marketplace'>>;
}

export function adminChecklistCsv(file: ChecklistFile, locale: AdminPathLocale): string {
  const words = WORDS[locale];
  let csv = csvRow(CSV_HEADER);
  for (const line of file.lines)
    csv += csvRow(['', line.marketplaceOrderId, line.affiliateId, line.marketplace, words.connections, file.connectionsLink]);
  return csv;
}

export function adminChecklistMarkdown(file: ChecklistFile, locale: AdminPathLocale): string {
  const words = WORDS[locale];
  const out = [`# ${words.title}: ${markdownText(file.title)}`, '', words.lead, ''];
  if (file.connectionsLink) out.push(`[${words.open}](<${file.connectionsLink}>)`, '');
  let any = false;
  for (const line of file.lines) {
    any = true;
    const marketplace = line.marketplace ? `${markdownText(line.marketplace)} ` : '';
    out.push(
      `- [ ] ${markdownCode(line.marketplaceOrderId)} — ${marketplace}(${markdownCode(line.affiliateId)}) — ${words.connections}`
    );
  }
  if (!any) out.push(words.nothing);
  return `${out.join('\n')}\n`;
}

export function adminChecklistFile(file: ChecklistFile, format: ChecklistExportFormat, locale: AdminPathLocale): string {
  return format === 'md' ? adminChecklistMarkdown(file, locale) : adminChecklistCsv(file, locale);
}
