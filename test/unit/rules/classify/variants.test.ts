import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/main/core/rules/classify';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

/**
 * Wordings that are not in the catalog, in the three languages, with the ids, typos and noise real
 * logs carry. Each is also checked through every transform below.
 */
const VARIANTS: Readonly<Record<Exclude<ErrorType, 'unclassified' | 'store_order_not_created'>, readonly string[]>> = {
  sla_unavailable: [
    'Nenhum SLA disponível para o CEP 01310-100',
    'NO SLA AVAILABLE FOR ITEM 2001',
    'El SLA seleccionado no esta disponible para el pedido 778899',
    'Item 55 cannot be delivered to postal code 22071-000',
    'O produto não pode ser entregue neste CEP',
    'No se puede entregar el artículo 1003 en esta dirección',
    'CEP 04538-133 não atendido pela política de frete',
    'Frete indisponível para o item 1003',
    'Sla de entrega "Expressa" nao encontrado'
  ],
  out_of_stock: [
    'Estoque insuficiente para o SKU 1003 no armazém principal',
    'No hay stock disponible para el SKU 2001',
    'SKU 1003 out of stock',
    'Falha na reserva do item 1003: quantidade indisponível',
    'Produto esgotado',
    'Inventary insuficiente para el artículo 77',
    'item 3 sem estoque no warehouse 1_1',
    'Could not reserve inventory for SKU 20'
  ],
  sku_unavailable: [
    'SKU 55 inativo',
    'Produto 1003 fora da política comercial 3',
    'El SKU 2001 está inactivo en VTEX',
    'sku 88 desativado',
    'SKU not associated with trade policy 1',
    'Item 1003 não pertence ao canal de vendas 2',
    'SKU 1003 nao esta na colecao da politica comercial'
  ],
  unknown_sku: [
    'SKU ABC-123 não existe na loja',
    "sku id 'CAM-AZUL' is not a integer",
    'El SKU 99999 no existe en la tienda',
    'Produto criado manualmente no marketplace',
    'SKU 777 not found',
    "Invalid SKU id 'ABC' received from marketplace",
    'O SKU XPTO não pertence a uma loja VTEX'
  ],
  catalog_access_denied: [
    'Falha de comunicação com o catálogo',
    'Unauthorized access from seller ABC to sales channel 5',
    'Acesso não autorizado do seller loja1 à política comercial 2',
    'Error de comunicación con el Catalogo',
    'Catalog system: access denied'
  ],
  price_divergence: [
    'Divergência de preço no item 1003: enviado 10,00, esperado 12,00',
    'Price mismatch for SKU 2001',
    'El precio del SKU 55 difiere del precio de la tienda',
    'Pedido aguardando autorização manual',
    'Freight value differs from simulated value',
    'O valor do frete é diferente do valor da VTEX',
    'Prices are diferents from the store'
  ],
  price_missing: [
    'SKU 1003 sem preço na política comercial 1',
    'No price for item 2001 in sales channel 1',
    'Preço expirado para o SKU 55',
    'El SKU 1003 no tiene precio vigente',
    'Preço não cadastrado',
    'Price not found for SKU 77 in trade policy 2'
  ],
  shipping_data_invalid: [
    'Endereço de entrega incompleto',
    'CEP inválido: 0131',
    'Dados de envio obrigatórios não informados',
    'Shipping adress is missing the street',
    'Frete FOB não configurado',
    'La dirección de envío es inválida'
  ],
  carrier_not_in_erp: [
    'Transportadora Jadlog não cadastrada no ERP',
    "Carrier 'Loggi' not registered in ERP",
    'Transportista no registrado en el ERP',
    'ERP: courier Total Express not found'
  ],
  marketplace_status: [
    'Pedido cancelado no marketplace',
    'Order 123 was cancelled by the buyer',
    'Pedido fuera del estado para integrar',
    'Prazo para retry expirado',
    'Seller 1003 bloqueado pelo marketplace',
    'UNAVAILABLE',
    'Pedido 998877 não encontrado no marketplace',
    'La orden ya pasó del estado Pendiente'
  ],
  customer_data_invalid: [
    'CNPJ do cliente inválido',
    'CPF 123.456.789-00 invalido',
    'Telefone do comprador em branco',
    'Invalid customer document',
    'El teléfono del cliente no es válido'
  ],
  invoice_invalid: [
    'Chave de acesso da NF-e inválida',
    'Invoice key 35190812345678000190550010000012341000012345 is invalid',
    'Clave de la factura inválida',
    'Nota fiscal com chave invalida'
  ],
  payment_data_invalid: [
    'Dados de pagamento inválidos',
    'Payment value missing for order 123',
    'Valor de pago inválido',
    'Forma de pagamento não informada'
  ],
  invalid_cart: [
    'Carrinho inválido',
    'Valor mínimo do pedido não atingido',
    'Cart is invalid',
    'No se alcanzó la cantidad mínima de 5 items'
  ],
  duplicate_order: [
    'Pedido duplicado',
    'Order 123 already exists in OMS',
    'El pedido ya existe',
    'Pedido já integrado anteriormente'
  ],
  connector_account: [
    'Token de acesso expirado',
    'Invalid API key',
    'Acceso denegado: credenciales inválidas',
    'Conta do seller suspensa no marketplace',
    'Refresh token expired'
  ],
  listing_rejected: [
    'GTIN obrigatório para a categoria 123',
    'Falta la marca del producto',
    'Produto sem descrição',
    'Missing EAN for SKU 1003',
    'Peso do SKU inferior a 1 grama',
    'Anúncio rejeitado pelo marketplace: categoria não mapeada'
  ],
  listing_locked: [
    'Anúncio finalizado no Mercado Livre',
    'Listing 123 is under review',
    'La publicación está pausada',
    'Stock quantity cannot be modified for fulfillment items'
  ],
  platform_error: [
    'Tempo esgotado ao processar o pedido, tente novamente',
    'Internal server error',
    'Erro interno na VTEX. Tente mais tarde',
    'Timeout while calling checkout',
    'Se produjo un error inesperado, intente nuevamente'
  ]
};

/** The storefront's own failures: with the context where the wording needs it. */
const STOREFRONT_VARIANTS: ReadonlyArray<readonly [string, boolean]> = [
  ['El artículo 55 no tiene inventario', true],
  ['The item 2001 has no inventory', true],
  ['O item 1003 está sem estoque', true],
  ['Produto não aparece no XML do Google Shopping por estar sem estoque', false],
  ['O cliente não consegue comprar o SKU 1003 na loja', false],
  ['Customer cannot purchase item 77 on the storefront', false]
];

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The noise of real logs: casing, accents, spacing, and ids or timestamps around the message. */
const TRANSFORMS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['as written', (text) => text],
  ['upper case', (text) => text.toUpperCase()],
  ['lower case', (text) => text.toLowerCase()],
  ['accents stripped', stripAccents],
  ['doubled spaces', (text) => text.replace(/ /g, '  ')],
  ['timestamp and order id before', (text) => `2026-11-20 14:03:11 [v1234567-01] ${text}`],
  ['order id after', (text) => `${text} [1334550512345-01]`],
  ['tab, newline and timestamp after', (text) => `\t${text}\n  at 2026-11-20T14:03:11.123Z`]
];

const rows = Object.entries(VARIANTS).flatMap(([errorType, texts]) =>
  texts.map((text) => ({ errorType: errorType as ErrorType, text }))
);

describe('classify: wordings beyond the catalog', () => {
  it('has at least four variants for every error type', () => {
    for (const texts of Object.values(VARIANTS)) expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(STOREFRONT_VARIANTS.length).toBeGreaterThanOrEqual(4);
  });

  it.each(rows)('$errorType: "$text"', ({ errorType, text }) => {
    for (const [name, transform] of TRANSFORMS) {
      const result = classify(transform(text));
      expect({ name, errorType: result.errorType }).toEqual({ name, errorType });
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(result.matched.length).toBeGreaterThan(0);
    }
  });

  it.each(STOREFRONT_VARIANTS)('store_order_not_created: "%s" (storefront context: %s)', (text, storefront) => {
    for (const [name, transform] of TRANSFORMS) {
      const result = classify(transform(text), { storefront });
      expect({ name, errorType: result.errorType }).toEqual({ name, errorType: 'store_order_not_created' });
      expect(result.matched.length).toBeGreaterThan(0);
    }
  });
});
