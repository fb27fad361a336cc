/**
 * Concepts the signals share, each with the ways English, Portuguese and Spanish logs say it (in
 * the notation of `signal-spec.ts`, on accent-free lower-case text). Stems are cut where the
 * languages agree (`invalid*` covers invalid, inválido, inválida) and no shorter, so they do not
 * swallow unrelated words: `catalog` is exact because `catalogado` means "listed at the marketplace".
 * Every concept here is used by some signal; compiling fails on one that is not.
 */
export const LEXICON: Readonly<Record<string, readonly string[]>> = {
  // Negation and inability.
  not: [
    'no', 'not', 'nao', 'sin', 'sem', 'without', 'none', 'nenhum', 'nenhuma', 'ningun', 'ninguna', 'ninguno', 'nem',
    'never', 'nunca', 'isn', 'doesn', 'don', 'dont', 'didn', 'aren', 'hasn', 'cannot'
  ],
  cannot: [
    'cannot', 'unable', 'can not', 'can t', 'cant', 'not able', 'not possible', 'impossible', 'impossivel', 'imposible',
    'nao pode*', 'nao pud*', 'incapaz de', 'nao consegu*', 'nao e possivel', 'nao foi possivel',
    'no pued*', 'no pud*', 'no se pued*', 'no se pud*', 'no es posible', 'no fue posible'
  ],
  invalid: [
    'invalid*', 'not valid', 'is not valid', 'not a valid', 'nao valid*', 'nao e valid*', 'no valido', 'no valida', 'no validos', 'no validas', 'no es valid*',
    'incorrect*', 'incorret*', 'wrong', 'errad*', 'malformed', 'malformad*', 'mal formad*'
  ],
  missing: [
    'missing', 'ausent*', 'faltant*', 'falta', 'faltam', 'faltan', 'lacks', 'lacking', 'empty', 'blank', 'vazio', 'vazia',
    'vacio', 'vacia', 'em branco', 'not informed', 'not provided', 'nao informad*', 'no informad*', 'nao preenchid*'
  ],
  required: ['required', 'requir*', 'requerid*', 'obrigator*', 'obligator*', 'mandatory'],
  notFound: [
    'not found', 'notfound', 'not be found', 'nao encontrad*', 'nao foi encontrad*', 'no encontrad*', 'no fue encontrad*',
    'no se encontr*', 'nao localizad*', 'no localizad*',
    'could not find', 'can not find', 'cannot find', 'unable to find', 'no pudo ser encontrad*', 'nao pode ser encontrad*', 'no puede encontrar',
    'nao possivel localizar', 'no se ha encontrado', 'no se han encontrado', 'not in database', 'no identificad*', 'nao identificad*', 'not identified',
    'nao foi possivel identificar', 'no se pudo identificar'
  ],
  nonexistent: [
    'inexist*', 'nonexist*', 'non existent', 'not exist*', 'does not exist*', 'do not exist*', 'doesn t exist*',
    'don t exist*', 'nao exist*', 'no exist*'
  ],
  notRegistered: [
    'not registered', 'unregistered', 'not mapped', 'unmapped', 'nao cadastrad*', 'no cadastrad*', 'sem cadastr*',
    'nao registrad*', 'no registrad*', 'sin registr*', 'nao mapead*', 'no mapead*'
  ],
  fail: ['fail*', 'falha*', 'falhou', 'fallo', 'fallid*'],
  expired: ['expir*', 'vencid*', 'caducad*'],
  blocked: ['blocked', 'bloquead*', 'bloqueio', 'bloqueo'],
  incomplete: ['incomplet*'],
  inactive: [
    'inativ*', 'inactiv*', 'desativad*', 'desactivad*', 'deactivated', 'disabled', 'desabilitad*', 'deshabilitad*',
    'not active', 'is not active', 'not enabled', 'nao ativ*', 'nao esta ativ*', 'no activo', 'no activa', 'no activos', 'no activas', 'no esta activ*'
  ],

  // What the order, the SKU and the store are.
  belong: ['belong*', 'pertenc*', 'pertenec*'],
  sla: ['sla', 'slas'],
  sku: ['sku', 'skus', 'skuid', 'sku id', 'refid', 'ref id'],
  product: ['product*', 'produto*', 'producto*'],
  item: ['item', 'items', 'itens', 'itemid', 'articul*'],
  order: ['order', 'orders', 'pedido*', 'orden', 'ordenes', 'ordem'],
  seller: ['seller*', 'vendedor*', 'lojista*'],
  document: ['cpf', 'cnpj', 'document*', 'dni', 'rut', 'cuit', 'cuil', 'nit', 'rfc', 'curp', 'ruc', 'cedula', 'inscricao estadual'],
  phone: ['phone*', 'telefon*', 'telephone*', 'celular*', 'fone', 'tel', 'whatsapp'],
  customer: ['client*', 'customer*', 'comprador*', 'consumidor*', 'destinatari*', 'buyer*', 'profile', 'perfil'],
  tradePolicy: [
    'politica comercial', 'politicas comerciais', 'politica comercia*', 'trade polic*', 'sales channel*', 'saleschannel*',
    'canal de vend*', 'canal de vent*', 'canais de vend*', 'canales de vent*'
  ],
  catalog: ['catalog', 'catalogs', 'catalogo', 'catalogos', 'catalogue'],
  warehouse: ['warehouse*', 'armaz*', 'almacen*', 'bodega*'],
  marketplace: ['marketplace*', 'mercado livre', 'mercado libre', 'amazon', 'magalu', 'magazine luiza', 'netshoes', 'dafiti', 'carrefour', 'b2w', 'americanas', 'ebay', 'walmart',
    'shopee', 'lengow', 'mirakl', 'falabella', 'linio', 'etsy', 'cdiscount', 'tiktok'],

  // Stock and availability.
  stock: ['estoq*', 'stock*', 'inventar*', 'inventor*', 'existenc*'],
  outOfStock: ['out of stock*', 'fora de estoq*', 'fuera de stock*', 'fuera de inventar*', 'esgotad*', 'agotad*', 'sold out', 'stockout*'],
  available: ['availab*', 'disponiv*', 'disponib*'],
  unavailable: ['unavailab*', 'indisponiv*', 'indisponib*'],
  insufficient: ['insufici*', 'insufficient*', 'not enough', 'nao suficient*', 'no suficient*'],
  quantity: ['quantit*', 'quantidad*', 'cantidad*', 'qty', 'qtd', 'qtde'],
  reserve: ['reserv*'],

  // Delivery.
  deliver: ['deliver*', 'entreg*'],
  shipping: ['shipping*', 'shipment*', 'envio*', 'frete*', 'freight*', 'flete*'],
  address: ['address*', 'addres*', 'adress*', 'endere*', 'direcc*', 'domicil*', 'logradour*', 'bairro'],
  postalCode: ['cep', 'zip*', 'postal*', 'postcode*'],
  data: ['data', 'dados', 'datos', 'attachment*', 'information', 'informac*', 'info'],
  carrier: ['transportador*', 'transportist*', 'carrier*', 'courier*', 'paqueter*', 'correios', 'servico de entrega'],
  cover: ['cover*', 'cobert*', 'cubiert*', 'cubre', 'atendid*', 'atende', 'atiende', 'abrangid*', 'serviced'],

  // Prices and payment.
  price: ['price*', 'preco*', 'precio*'],
  amount: [
    'price*', 'preco*', 'precio*', 'valor*', 'value*', 'monto*', 'amount*', 'total*', 'tax*', 'taxa*', 'impost*',
    'frete*', 'freight*', 'flete*', 'cost*', 'custo*'
  ],
  differ: [
    'differ*', 'diferen*', 'difier*', 'difere', 'divergen*', 'mismatch*', 'discrepan*', 'does not match', 'do not match',
    'doesn t match', 'don t match', 'nao confere*', 'nao bate', 'no coincid*'
  ],
  approval: ['authoriz*', 'authoris*', 'autoriz*', 'aprova*', 'approv*', 'aprob*'],
  manual: ['manual*'],
  payment: ['payment*', 'pagament*', 'pago', 'pagos'],
  minimum: ['minim*'],
  cart: ['cart', 'carts', 'carrinho*', 'carrito*', 'cesta', 'basket*'],
  invoice: ['invoice*', 'nota', 'notas', 'nf', 'nfe', 'nfce', 'danfe', 'factura*', 'fatura*', 'fiscal'],
  key: ['chave*', 'key', 'keys', 'clave*'],

  // Accounts and access.
  token: ['token*', 'authtoken*', 'accesstoken*'],
  credential: ['credenc*', 'credential*', 'password*', 'senha*', 'contrasena*', 'apikey*', 'api key', 'app key', 'appkey', 'apptoken', 'secret*'],
  denied: [
    'denied', 'negad*', 'denegad*', 'forbidden', 'proibid*', 'prohibid*', 'sem permiss*', 'sin permis*',
    'without permission', 'no permission', 'not permitted', '403'
  ],
  unauthorized: ['unauthoriz*', 'unauthoris*', 'not authoriz*', 'not authoris*', 'nao autorizad*', 'no autorizad*', 'sem autoriz*', 'sin autoriz*', '401'],
  account: ['account*', 'conta', 'contas', 'cuenta*'],
  eligible: ['eligib*', 'elegiv*', 'elegib*', 'inelig*', 'inelegiv*'],

  // Listings at the marketplace.
  gtin: ['gtin*', 'ean*', 'upc', 'isbn', 'barcode*', 'codigo de barras'],
  brand: ['brand*', 'marca', 'marcas', 'fabricante*', 'manufacturer*'],
  category: ['categor*', 'departament*', 'department*'],
  attribute: ['attribut*', 'atribut*', 'especificac*', 'specification*'],
  description: ['descri*'],
  weight: ['weight*', 'peso', 'gram*'],
  dimensions: ['dimens*', 'altura', 'largura', 'comprimento', 'height', 'width', 'length'],
  image: ['image*', 'imagem*', 'imagen*', 'foto*', 'photo*', 'picture*'],
  mapping: ['mapping*', 'mapeament*', 'mapeo*', 'planilha*', 'spreadsheet*', 'de para', 'depara'],
  listing: ['anunci*', 'listing*', 'publicac*', 'publication*', 'oferta*', 'offer*'],
  finalized: ['finaliz*', 'closed', 'encerrad*', 'cerrad*', 'fechad*', 'paused', 'pausad*', 'ended'],
  rejected: ['reject*', 'rejeitad*', 'recusad*', 'rechazad*'],

  // Order status and the platform.
  canceled: ['cancel*'],
  status: ['status', 'estado', 'situacao', 'situacion'],
  passed: ['passou', 'passad*', 'paso', 'pasado', 'pasada', 'past', 'beyond'],
  retry: ['retry*', 'retries', 'reintent*', 'retentativ*', 'nova tentativa'],
  limit: ['limit*', 'prazo*', 'plazo*', 'janela', 'ventana', 'alcancad*', 'reached', 'exceed*', 'excedid*', 'expir*', 'vencid*', 'esgotad*', 'agotad*'],
  error: ['error*', 'erro', 'erros'],
  communication: ['communicat*', 'comunica*'],
  timeout: ['timeout*', 'timed out', 'time out', 'tempo esgotad*', 'tempo limite', 'tiempo de espera', 'tiempo agotad*', 'deadline exceeded', 'took too long'],
  tryAgain: [
    'try again*', 'again later', 'try later', 'retry later', 'tente novamente', 'tente de novo', 'tentar novamente',
    'tente mais tarde', 'intente nuevamente', 'intente de nuevo', 'intentelo de nuevo', 'vuelva a intentar*', 'mas tarde'
  ],
  unknownCause: ['unknown', 'unexpected', 'unmapped', 'unhandled', 'desconhecid*', 'desconocid*', 'inesperad*'],
  internal: ['internal*', 'interno', 'interna', 'internos'],
  instability: [
    'instabil*', 'inestabil*', 'service unavailable', 'servico indisponivel', 'servicio no disponible', 'bad gateway',
    'internal server error', '500', '502', '503', '504',
    'not responding', 'nao esta respondendo', 'no esta respondiendo', 'prazo de execucao', 'tempo de expiracao'
  ],
  create: ['create', 'created', 'creat*', 'criad*', 'criar', 'cread*', 'crear'],

  // The store's own checkout.
  xml: ['xml', 'xmls'],
  buy: ['comprar', 'buy', 'purchas*', 'finalizar a compra', 'finalizar compra'],
  show: ['show*', 'exib*', 'mostr*', 'aparec*', 'appear*', 'display*', 'visib*', 'visivel', 'visible']
};
