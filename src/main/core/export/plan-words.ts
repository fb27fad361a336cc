import type { AdminPathLocale } from '../../../shared/domain/admin-paths';

/*
 * The exported checklist's own words in the desk's language (the renderer's i18n/plan says the same
 * on screen): the agent follows the file in an Admin set to that language.
 */
export interface PlanWords {
  title: string;
  lead: string;
  nothing: string;
  noOrder: string;
  /** A value the record does not have. */
  notSet: string;
  line: (parts: { orders: string; agent: string; at: string; id: number }) => string;
  kinds: Record<string, string>;
}

export const PLAN_WORDS: Record<AdminPathLocale, PlanWords> = {
  en: {
    title: 'Change plan',
    lead: 'Changes made in the local copy only. Make each one in the VTEX Admin, then reprocess the orders it unblocks.',
    nothing: 'Nothing planned.',
    noOrder: 'no failed order',
    notSet: '(none)',
    line: ({ orders, agent, at, id }) => `Unblocks ${orders}. Planned by ${agent} on ${at} (#${id}).`,
    kinds: {
      sku: 'SKU',
      product: 'Product',
      inventory: 'Inventory of SKU',
      dock: 'Loading dock',
      shipping_policy: 'Shipping policy',
      price: 'Price of SKU',
      price_divergence_rule: 'Price Divergence rule',
      erp_carrier: 'ERP carrier',
      xml_integration: 'XML integration'
    }
  },
  'pt-BR': {
    title: 'Plano de mudanças',
    lead: 'Mudanças feitas só na cópia local. Faça cada uma no Admin da VTEX e depois reprocesse os pedidos que ela desbloqueia.',
    nothing: 'Nada planejado.',
    noOrder: 'nenhum pedido com falha',
    notSet: '(nenhum)',
    line: ({ orders, agent, at, id }) => `Desbloqueia ${orders}. Planejada por ${agent} em ${at} (#${id}).`,
    kinds: {
      sku: 'SKU',
      product: 'Produto',
      inventory: 'Estoque do SKU',
      dock: 'Doca',
      shipping_policy: 'Política de envio',
      price: 'Preço do SKU',
      price_divergence_rule: 'Regra de divergência de preço',
      erp_carrier: 'Transportadora no ERP',
      xml_integration: 'Integração XML'
    }
  },
  es: {
    title: 'Plan de cambios',
    lead: 'Cambios hechos solo en la copia local. Haz cada uno en el Admin de VTEX y luego reprocesa los pedidos que desbloquea.',
    nothing: 'Nada planificado.',
    noOrder: 'ningún pedido fallido',
    notSet: '(ninguno)',
    line: ({ orders, agent, at, id }) => `Desbloquea ${orders}. Planificado por ${agent} el ${at} (#${id}).`,
    kinds: {
      sku: 'SKU',
      product: 'Producto',
      inventory: 'Inventario del SKU',
      dock: 'Muelle',
      shipping_policy: 'Política de envío',
      price: 'Precio del SKU',
      price_divergence_rule: 'Regla de divergencia de precio',
      erp_carrier: 'Transportista en el ERP',
      xml_integration: 'Integración XML'
    }
  }
};
