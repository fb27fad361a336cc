import type { wordsEn } from './en';

export const wordsPt: Record<keyof typeof wordsEn, string> = {
  'words.packageAgainstLimit': 'Pacote e o limite',
  'words.scope.onlyThis': 'Mudam apenas os registros deste pedido.',
  'words.scope.storeWide': 'Mudança para a loja toda, não só para este pedido:',
  'words.scope.divergenceRule':
    'a VTEX aplica a regra de Divergência de preço a todos os marketplaces e a todo pedido futuro cuja divergência caia na faixa.',
  'words.scope.erpCarrier': 'a transportadora fica cadastrada para todos os pedidos que o ERP recebe.',
  'words.scope.xmlFeed': 'muda o que a integração XML exibe para todos os SKUs dela.',
  'words.scope.dock': 'todo SKU com estoque nos armazéns desta doca é enviado por ela.',
  'words.scope.shippingPolicy': 'a política entrega todos os SKUs em todos os CEPs que atende.',
  'words.scope.others': 'Também afeta {n} outro pedido com erro|Também afeta {n} outros pedidos com erro',
  'words.scope.skus': '({n} SKU no total).|({n} SKUs no total).',
  'words.audit.raw': 'Detalhes (JSON)',
  'words.audit.forOrder': 'para o pedido {id}'
};
