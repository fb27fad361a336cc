import type { storefrontEn } from './en';

export const storefrontPt: Record<keyof typeof storefrontEn, string> = {
  'nav.storefront': 'Não compra?',
  'keys.storefront': 'Por que o cliente não consegue comprar?',
  'storefront.title': 'Por que o cliente não consegue comprar?',
  'storefront.lead':
    'A partir da reclamação do cliente, não de um pedido: um SKU, a política comercial e o CEP. O desk roda as verificações da loja (catálogo, preço, doca, estoque com estoque infinito, vender ou exibir sem estoque e feeds XML, entrega) no espelho.',
  'storefront.sku': 'SKU',
  'storefront.skuPlaceholder': 'ID, RefId ou nome do SKU',
  'storefront.tradePolicy': 'Política comercial',
  'storefront.postalCode': 'CEP (opcional)',
  'storefront.quantity': 'Quantidade',
  'storefront.run': 'Verificar',
  'storefront.running': 'Verificando…',
  'storefront.notFound': 'Nenhum SKU tem o ID, RefId ou nome "{text}".',
  'storefront.candidates': 'Vários SKUs correspondem: escolha um.',
  'storefront.inactive': 'inativo',
  'storefront.subject': 'SKU {sku} · {name} · {policy}',
  'storefront.allPass':
    'Todas as verificações da loja passam: o cliente pode comprar na política {policy} e receber no CEP {cep}.',
  'storefront.noPostalCode': 'Catálogo, preço, doca e estoque passam. A entrega não foi verificada: informe o CEP do cliente.',
  'storefront.causesFound':
    '{n} motivo pelo qual o cliente não consegue comprar|{n} motivos pelos quais o cliente não consegue comprar',
  'storefront.checked': 'Verificado',
  'storefront.notChecked': 'Não verificado',
  'storefront.family.catalog': 'Catálogo (SKU e produto ativos, na política comercial e na sua coleção)',
  'storefront.family.trade_policy': 'Uma doca atende a política comercial',
  'storefront.family.stock': 'Estoque nos armazéns que a política comercial alcança',
  'storefront.family.storefront': 'Estoque infinito, vender ou exibir sem estoque, feeds XML',
  'storefront.family.delivery': 'Entrega (uma SLA) para o CEP',
  'storefront.family.price': 'Um preço válido na política comercial',
  'storefront.why.missing_data': 'faltam os dados no espelho',
  'storefront.why.no_postal_code': 'nenhum CEP informado',
  'storefront.why.after_cause': 'um motivo acima já impede a venda',
  'storefront.verifyGreen':
    'Todas as verificações da loja passam no espelho. Se a correção foi uma mudança planejada (só na cópia local), o cliente poderá comprar quando ela for feita no Admin.',
  'storefront.message': 'Um cliente não conseguiu comprar o SKU {sku} ({name}) na política comercial {policy}.'
};
