import type { storefrontEn } from './en';

export const storefrontEs: Record<keyof typeof storefrontEn, string> = {
  'nav.storefront': '¿No compra?',
  'keys.storefront': '¿Por qué el cliente no puede comprar?',
  'storefront.title': '¿Por qué el cliente no puede comprar?',
  'storefront.lead':
    'A partir del reclamo del cliente, no de un pedido: un SKU, la política comercial y el código postal. El desk ejecuta las verificaciones de la tienda (catálogo, precio, muelle, stock con inventario infinito, vender o mostrar sin stock y feeds XML, entrega) en el espejo.',
  'storefront.sku': 'SKU',
  'storefront.skuPlaceholder': 'ID, RefId o nombre del SKU',
  'storefront.tradePolicy': 'Política comercial',
  'storefront.postalCode': 'Código postal (opcional)',
  'storefront.quantity': 'Cantidad',
  'storefront.run': 'Verificar',
  'storefront.running': 'Verificando…',
  'storefront.notFound': 'Ningún SKU tiene el ID, RefId o nombre "{text}".',
  'storefront.candidates': 'Varios SKU coinciden: elija uno.',
  'storefront.inactive': 'inactivo',
  'storefront.subject': 'SKU {sku} · {name} · {policy}',
  'storefront.allPass':
    'Todas las verificaciones de la tienda pasan: el cliente puede comprarlo en la política {policy} y recibirlo en el código postal {cep}.',
  'storefront.noPostalCode':
    'Catálogo, precio, muelle y stock pasan. La entrega no se verificó: indique el código postal del cliente.',
  'storefront.causesFound':
    '{n} motivo por el que el cliente no puede comprarlo|{n} motivos por los que el cliente no puede comprarlo',
  'storefront.checked': 'Verificado',
  'storefront.notChecked': 'No verificado',
  'storefront.family.catalog': 'Catálogo (SKU y producto activos, en la política comercial y en su colección)',
  'storefront.family.trade_policy': 'Un muelle atiende la política comercial',
  'storefront.family.stock': 'Stock en los almacenes que alcanza la política comercial',
  'storefront.family.storefront': 'Inventario infinito, vender o mostrar sin stock, feeds XML',
  'storefront.family.delivery': 'Entrega (un SLA) al código postal',
  'storefront.family.price': 'Un precio válido en la política comercial',
  'storefront.why.missing_data': 'faltan sus datos en el espejo',
  'storefront.why.no_postal_code': 'no se indicó código postal',
  'storefront.why.after_cause': 'un motivo anterior ya impide la venta',
  'storefront.verifyGreen':
    'Todas las verificaciones de la tienda pasan en el espejo. Si la corrección fue un cambio planificado (solo en la copia local), el cliente podrá comprar cuando se haga en el Admin.',
  'storefront.message': 'Un cliente no pudo comprar el SKU {sku} ({name}) en la política comercial {policy}.'
};
