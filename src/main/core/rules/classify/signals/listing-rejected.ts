import type { TypeSignals } from '../signal-spec';

const LISTING_ATTRIBUTE = ['@gtin', '@brand', '@category', '@attribute', '@description', '@weight', '@dimensions', '@image'];

export const listingRejected: TypeSignals = {
  errorType: 'listing_rejected',
  signals: [
    { label: 'GTIN/EAN', weight: 5, terms: ['@gtin'] },
    { label: 'brand', weight: 4, terms: ['@brand'] },
    { label: 'category', weight: 4, terms: ['@category'] },
    { label: 'attribute', weight: 4, terms: ['@attribute'] },
    { label: 'description', weight: 3, terms: ['@description'] },
    { label: 'weight', weight: 3, terms: ['@weight'] },
    { label: 'dimensions', weight: 2, terms: ['@dimensions'] },
    { label: 'image', weight: 2, terms: ['@image'] },
    {
      label: 'required listing attribute missing',
      weight: 3,
      terms: [LISTING_ATTRIBUTE, ['@not', '@missing', '@required', '@invalid']],
      within: 5
    },
    { label: 'brand not approved', weight: 3, terms: ['@approval', '@brand'], within: 5 },
    { label: 'mapping', weight: 5, terms: ['@mapping'] },
    { label: 'SKU mapping', weight: 2, terms: ['@mapping', '@sku'], within: 4 },
    {
      label: 'value not accepted',
      weight: 4,
      terms: [
        ['valor', 'value', 'valores', 'values'],
        ['aceit*', 'accept*', 'acept*', 'permitid*']
      ],
      within: 4
    },
    { label: 'variation', weight: 3, terms: [['variac*', 'variation*', 'variant*']] },
    {
      label: 'invalid value or characters',
      weight: 3,
      terms: [['variac*', 'variation*', 'variant*', 'caracter*', 'character*'], '@invalid'],
      within: 4
    },
    { label: 'product group', weight: 3, terms: [['product group', 'productgroup']] },
    {
      label: 'not in the marketplace catalog',
      weight: 5,
      terms: ['@not', ['@catalog', 'catalogad*', 'catalogued', 'cataloged']],
      within: 5,
      ordered: true
    },
    { label: 'detail page', weight: 4, terms: [['detail page*', 'pagina de detalhe*']] },
    { label: 'product id not found', weight: 9, terms: [['product id', 'productid'], '@notFound'], within: 5, ordered: true },
    { label: 'parent product not integrated', weight: 6, terms: ['@product', ['pai', 'parent', 'padre']], within: 2 },
    // Magalu's inventory sync: the marketplace has no SKU with the id VTEX sent, so the listing is missing.
    { label: 'no SKU with the given id', weight: 8, terms: [['id informad*', 'given id', 'id proporcionad*']] },
    { label: 'listing rejected', weight: 5, terms: [['@listing', '@product', '@sku', '@item'], '@rejected'], within: 5 },
    {
      label: 'not authorized to list in a brand or category',
      weight: 6,
      terms: [
        ['@unauthorized', 'not allowed', 'restricted', 'restrit*', 'restringid*'],
        ['@brand', '@category', 'product group', 'products']
      ],
      within: 8
    },
    {
      label: 'policy violation',
      weight: 6,
      terms: [['policy violation', 'rules violation', 'violation', 'violacao', 'violacion']]
    },
    { label: 'validation errors', weight: 5, terms: [['validation error*', 'errores de validacion', 'erros de validacao']] },
    {
      label: 'item condition',
      weight: 9,
      terms: [['condition type', 'item condition', 'in this condition', 'condition is not specified']]
    },
    {
      label: 'required but not supplied',
      weight: 7,
      terms: [['required but not supplied', 'not supplied', 'does not have enough values']]
    },
    {
      label: 'title not accepted',
      weight: 8,
      terms: [
        ['titulo', 'title', 'nome do produto', 'product name'],
        ['aceit*', 'accept*', '@invalid', 'semelhante', 'similar']
      ],
      within: 8
    },
    { label: 'SKU outside the marketplace catalog', weight: 6, terms: [['fora', 'fuera', 'outside'], '@catalog'], within: 4 },
    { label: 'SKU not mapped', weight: 6, terms: ['@sku', ['nao mapead*', 'no mapead*', 'not mapped', 'unmapped']], within: 3 },
    { label: 'model id', weight: 6, terms: [['model id', 'modelid']] },
    {
      label: 'shipping cost above the price',
      weight: 6,
      terms: [['@shipping'], ['supera', 'exceeds', 'greater than', 'maior que'], '@price'],
      within: 8,
      ordered: true
    },
    {
      label: 'minimum price',
      weight: 8,
      terms: [['minimum price', 'preco minimo', 'precio minimo', 'requiere un minimo', 'more then']]
    },
    {
      label: 'matches several products',
      weight: 6,
      terms: [['matches to multiple', 'multiple amazon products', 'multiple products', 'mais de um produto']]
    },
    { label: 'invalid attribute value', weight: 6, terms: ['@invalid', '@attribute'], within: 3 },
    { label: 'country of origin', weight: 8, terms: [['country of origin', 'pais de origem', 'pais de origen']] },
    { label: 'listing denied', weight: 7, terms: ['@listing', '@denied'], within: 4 },
    { label: 'brand does not exist', weight: 6, terms: ['@brand', ['@nonexistent', '@notFound']], within: 6 },
    {
      label: 'SKU already exists in the catalog',
      weight: 8,
      terms: [
        ['@sku', '@product'],
        ['already exist*', 'ya exist*', 'ja exist*']
      ],
      within: 4
    },
    { label: 'ASIN', weight: 4, terms: [['asin', 'asins']] },
    {
      label: 'image not accepted',
      weight: 7,
      terms: ['@image', ['unsupported', 'nao suportad*', 'no soportad*', 'extension', 'download*']],
      within: 6
    }
  ]
};
