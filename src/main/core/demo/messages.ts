import type { Channel } from './marketplaces';
import type { Random } from './random';

/**
 * Integration messages as VTEX's connectors write them (the wordings of the error catalog), by the
 * marketplace whose connector writes each. `{0}`, `{1}`, `{XXX}` and `XXX` are filled in order with
 * ids from the order. A wording without `channels` is VTEX's own and fits any marketplace.
 */
interface Wording {
  text: string;
  channels?: readonly Channel[];
}

const SLA: Wording[] = [
  { text: 'No available sla to deliver this order', channels: ['AMZ'] },
  { text: 'Não há SLA disponível para o item do pedido', channels: ['B2W'] },
  { text: 'O SLA não está disponível', channels: ['B2W'] },
  { text: 'Não foi possível localizar o SLA de entrega no Marketplace', channels: ['MGZ'] },
  { text: 'O SLA selecionado não está disponível', channels: ['VIA'] },
  { text: 'Pedido não importado pois o SLA de entrega selecionado para o mesmo não está disponível', channels: ['MLB', 'NSH'] },
  { text: 'Pedido no importado pues el SLA de entrega seleccionado no está disponible', channels: ['MLB'] },
  { text: 'There is no SLA for item {0}({1})' }
];

const OUT_OF_STOCK: Wording[] = [
  { text: 'Order with SKU out of stock', channels: ['AMZ', 'CRF', 'MLB', 'VIA'] },
  { text: 'Os skus não possuem estoque suficiente para integrar o pedido', channels: ['MGZ'] },
  { text: 'Não foi possível integrar o pedido, pois um ou mais itens não estão disponíveis', channels: ['DFT'] },
  { text: 'No fue posible integrar el pedido, porque uno o más items no están disponibles', channels: ['DFT'] },
  { text: 'Item {0}({1}) is not available' },
  { text: 'The desired quantity for item {0} is not available' }
];

const DIVERGENCE_TEXT =
  'The order price in the marketplace is different from the price determined by VTEX. To automatically integrate orders with price divergence in the OMS, go to Orders > Orders management > Order authorization and configure a Price Divergence rule.';

export const WORDINGS = {
  sla: SLA,
  outOfStock: OUT_OF_STOCK,
  skuInactive: [
    { text: 'Order with SKU inactive or out of sales channel', channels: ['AMZ', 'MLB'] },
    { text: 'SKU está inativo ou sem política comercial vinculada', channels: ['AMZ'] },
    { text: 'Oops, the SKU is inactive in VTEX. We recommend that you check:' }
  ],
  skuOutsidePolicy: [
    { text: 'Order with SKU inactive or out of sales channel', channels: ['AMZ', 'MLB'] },
    { text: 'SKU está inativo ou sem política comercial vinculada', channels: ['AMZ'] },
    { text: 'Invalid item for sales channel' }
  ],
  skuNotInteger: [
    { text: "Sku in order don't belong to a VTEX Store, sku id it's not an integer", channels: ['AMZ'] },
    { text: "SKU in order don't belong to a VTEX Store, sku id it's not a integer", channels: ['AMZ'] }
  ],
  skuUnknown: [
    { text: 'Não é possível integrar um pedido composto por skus inexistentes na loja', channels: ['VIA'] },
    { text: 'Não é possível integrar um pedido composto por produtos criados manualmente', channels: ['DFT'] }
  ],
  skuNotInVtex: [
    {
      text: 'Este pedido possui Produto(s) que não existe(m) na VTEX. Os produtos devem ser integrados pela VTEX para que os pedidos possam ser integrados com sucesso',
      channels: ['NSH']
    },
    { text: 'Não é possível integrar um pedido composto por skus inexistentes na loja', channels: ['VIA'] }
  ],
  catalogAccess: [
    {
      text: 'A communication error with Catalog System has occurred - Unauthorized access from seller {0} to sales channel {1}',
      channels: ['AMZ']
    }
  ],
  priceDivergence: [
    { text: DIVERGENCE_TEXT },
    { text: 'O preço do pedido no marketplace é diferente do seu valor determinado na VTEX.', channels: ['B2W', 'VIA', 'MGZ'] },
    { text: 'El precio del pedido en el marketplace es diferente del valor determinado en VTEX.', channels: ['MLB'] },
    { text: 'Taxes are diferents from store desired values', channels: ['MLB'] },
    { text: 'Payment total ({0}) differs from store desired value ({1})' }
  ],
  awaitingAuthorization: [
    {
      text: "The order was integrated with a price divergence, and we cannot approve it yet because we are waiting for the seller's manual authorization before proceeding"
    },
    { text: 'waiting-for-manual-authorization' }
  ],
  priceMissing: [
    {
      text: 'Não foi possível integrar o pedido, pois um ou mais itens não possui preço vigente para o canal de vendas configurado',
      channels: ['DFT']
    },
    { text: 'Item {0} is unavailable' }
  ],
  addressIncomplete: [
    { text: 'Shipping data is required' },
    { text: 'Cannot reserve items without shipping data' },
    { text: 'The {0} field in the shipping attachment is invalid' }
  ],
  postalCodeInvalid: [{ text: 'The {0} field in the shipping attachment is invalid' }],
  fob: [{ text: 'OMS Api Error Occurred', channels: ['DFT'] }],
  carrier: [
    { text: 'PEDIDO {0} {1} Interface = 15  Msg = transportadora / servico de entrega (Correios - Correios) nao cadastrados' }
  ],
  canceled: [
    { text: 'Não é possível integrar o pedido pois o mesmo se encontra cancelado', channels: ['B2W'] },
    {
      text: 'O pedido com marketplace id {XXX} para o afiliado {XXX} já está cancelado e não pode ser recriado',
      channels: ['VIA']
    },
    { text: 'Cannot retry canceled orders {0}' }
  ],
  statusNotIntegrable: [
    { text: 'Pedido fora do status para integrar', channels: ['B2W'] },
    { text: 'Não é possível integrar um pedido que ja tenha passado do status Pendente na Dafiti', channels: ['DFT'] },
    { text: 'No es posible integrar una orden que ya pasó del estado Pendiente en Dafiti', channels: ['DFT'] }
  ],
  retryWindow: [{ text: 'Tempo de limite para retry alcançado', channels: ['MGZ'] }],
  blocked: [{ text: 'Unavailable' }, { text: 'Seller {0} is inactive' }],
  customerDocument: [
    { text: 'El campo documento del cliente es inválido', channels: ['MLB'] },
    { text: 'The {0} field in the client profile attachment is invalid' }
  ],
  customerPhone: [{ text: 'O campo Telefone no perfil do cliente é inválido', channels: ['MGZ'] }],
  invoice: [{ text: 'Pedido com chave da nota inválida', channels: ['B2W'] }],
  payment: [
    { text: 'Invalid marketplace payment value or payment data' },
    { text: 'Invalid marketplace payment value or Payment Data' },
    { text: 'Invalid marketplace payment reference value' }
  ],
  minimumCart: [{ text: 'The minimum quantity of {0} items in the order has not been reached' }],
  duplicate: [{ text: 'The request order with marketplace order id {0} for affiliate {1} already exists' }],
  connector: [
    {
      text: 'Error validating grant. Your authorization code or refresh token may be expired or it was already used',
      channels: ['MLB']
    },
    { text: 'Seller.unable_to_list (information)', channels: ['MLB'] },
    { text: 'AuthToken is not valid for SellerId and AWSAccountId', channels: ['AMZ'] },
    { text: 'Invalid seller id', channels: ['AMZ'] },
    { text: 'Acesso Negado - Auth-token inválido ou inexistente', channels: ['VIA'] },
    { text: '"status":401,"message":"Unauthorized"', channels: ['CRF'] }
  ],
  gtinMissing: [{ text: 'The attributes [GTIN] are required for category.', channels: ['MLB'] }],
  weightMissing: [
    {
      text: 'Este Sku não possui peso cadastrado ou é inferior a 1 grama, que é um campo obrigatório para integrar produtos neste marketplace',
      channels: ['NSH']
    }
  ],
  mappingRejected: [
    { text: 'A categoria selecionada no atributo category_meli não existe no Mercado Livre.', channels: ['MLB'] },
    {
      text: 'O Tamanho (XXX) cadastrado na planilha de mapeamento, não corresponde à um valor aceito pela Netshoes.',
      channels: ['NSH']
    },
    { text: 'Valor de variação inválido', channels: ['DFT'] }
  ],
  listingLocked: [
    { text: 'Estoque não atualizado pois o anúncio no Mercado Livre está finalizado', channels: ['MLB'] },
    {
      text: 'Cannot update item XXX [status:under_review, has_bids:false] available quantity is not modifiable.',
      channels: ['MLB']
    },
    { text: 'A quantidade disponível não é modificável em items com logística Fulfillment', channels: ['MLB'] }
  ],
  platform: [
    { text: 'Não é possível avançar com pedido incompleto', channels: ['B2W'] },
    { text: 'O pedido não pode ser criado. Por favor, tente novamente', channels: ['NSH'] },
    { text: 'A communication error with event system has occurred' },
    {
      text: "An unexpected error occurred in one of VTEX's internal services. Please try to send the request again later, as it’s possible one of our services is going through instabilities"
    }
  ],
  storefrontNoStock: [{ text: 'The item {0} has no inventory' }],
  // Wordings seen in real logs that no rule knows: the desk must show them raw.
  unclassified: [
    { text: 'Pedido retido para análise antifraude do marketplace' },
    { text: "Error processing request: field 'buyer.billing_info' not mapped" }
  ],
  // A message that names no cause at all: the sweep scenarios' data must speak for it.
  unrecognised: [{ text: 'Pedido retido para análise antifraude do marketplace' }]
} satisfies Record<string, Wording[]>;

export type MessageGroup = keyof typeof WORDINGS;

/**
 * A wording of the group that the marketplace's connector writes (mostly its own when it has one,
 * else VTEX's generic ones), its placeholders filled with `values` in order.
 */
export function message(rng: Random, group: MessageGroup, channel: Channel, values: readonly string[] = []): string {
  const wordings: Wording[] = WORDINGS[group];
  const own = wordings.filter((w) => w.channels?.includes(channel));
  const generic = wordings.filter((w) => !w.channels);
  // A connector with its own wording still passes VTEX's generic one through now and then.
  const useOwn = own.length > 0 && (generic.length === 0 || rng.chance(0.75));
  const text = rng.pick(useOwn ? own : generic.length > 0 ? generic : wordings).text;
  let next = 0;
  return text.replace(/\{\w+\}|XXX/g, () => values[next++] ?? '');
}
