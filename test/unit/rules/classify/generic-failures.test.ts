import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/main/core/rules/classify';

/**
 * Failure texts that say nothing of the order: runtime exceptions, parse errors, timeouts, 5xx,
 * throttling, "try again later". They are VTEX's or the marketplace's failure, read as
 * platform_error whatever the language. Most are not in the corpus; they test the rule signals.
 */
const GENERIC_FAILURES = [
  'Object reference not set to an instance of an object.',
  'System.NullReferenceException: Object reference not set to an instance of an object',
  'java.lang.NullPointerException at com.vtex.Orders.handle',
  'Input string was not in a correct format.',
  'Unexpected token < in JSON at position 0',
  'Parse error: syntax error, unexpected end of file',
  'The operation has timed out',
  'Request timeout after 30000 ms',
  '504 Gateway Timeout',
  '502 Bad Gateway',
  '503 Service Unavailable',
  'Internal Server Error',
  'HTTP 500 while calling the OMS',
  'Too many requests, slow down',
  'Request was throttled',
  'Something went wrong. Please try again later.',
  'Ocorreu um erro inesperado. Tente novamente mais tarde.',
  'Tempo limite excedido ao chamar o checkout',
  'Serviço indisponível, tente novamente mais tarde',
  'Erro interno do servidor',
  'Algo deu errado',
  'Se produjo un error inesperado. Inténtelo más tarde.',
  'Servicio no disponible',
  'Error interno del servidor',
  'Algo salió mal, vuelva a intentarlo'
];

describe('classify: generic failure texts are platform errors', () => {
  it.each(GENERIC_FAILURES)('reads "%s" as platform_error', (text) => {
    const reading = classify(text);
    expect(reading.errorType).toBe('platform_error');
    expect(reading.matched.length).toBeGreaterThan(0);
  });

  it('still reads an order-specific cause inside a failure text', () => {
    expect(classify('Error: SKU 1003 sem estoque no armazém 1_1').errorType).toBe('out_of_stock');
    expect(classify('Exception while integrating: Pedido duplicado').errorType).toBe('duplicate_order');
  });
});

/** English contractions spelled out, and common misspellings. */
const CONTRACTED: ReadonlyArray<readonly [string, string]> = [
  ["Couldn't reserve items: insufficient stock for SKU 12", 'out_of_stock'],
  ["Can't deliver to postal code 01310-100", 'sla_unavailable'],
  ["SKU 77 doesn't exist", 'unknown_sku'],
  ["The item isn't available in stock", 'out_of_stock'],
  ["There's no SLA available for this order", 'sla_unavailable'],
  ["Order 123 wasn't created: shipping adress is missing", 'shipping_data_invalid'],
  ['An unexpected error occured', 'platform_error']
];

describe('classify: contractions and typos', () => {
  it.each(CONTRACTED)('reads "%s" as %s', (text, errorType) => {
    expect(classify(text).errorType).toBe(errorType);
  });
});

/** Readings the wider signal table settles between types that share words (see `signals/index.ts`). */
const SHARED_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['Exception while integrating: Pedido duplicado', 'duplicate_order'],
  ["Oops, we couldn't obtain the SKU price of 123. Please check the items", 'price_missing'],
  ['Communication with the Catalog timed out', 'platform_error'],
  ['A communication error with Catalog System has occurred', 'catalog_access_denied'],
  ['Product cannot be saved because sku 1234 already exists', 'listing_rejected'],
  ['Order 77 already exists', 'duplicate_order'],
  ['The value of EmailAddress is invalid', 'customer_data_invalid'],
  ['Endereços devem ter código postal ou geocoordenadas', 'shipping_data_invalid'],
  ['Anúncio sob revisão', 'listing_locked'],
  ['O preço do produto não pode ser zero ou negativo!', 'price_missing'],
  ['User is not allowed to cancel orders', 'connector_account'],
  ['Order 123 cannot be found in the marketplace feed', 'marketplace_status']
];

describe('classify: wordings that share words with another type', () => {
  it.each(SHARED_WORDS)('reads "%s" as %s', (text, errorType) => {
    expect(classify(text).errorType).toBe(errorType);
  });
});
