import type { TypeSignals } from '../signal-spec';

const WHERE = ['@shipping', '@deliver', '@address', '@postalCode'];

export const shippingDataInvalid: TypeSignals = {
  errorType: 'shipping_data_invalid',
  signals: [
    { label: 'shipping data', weight: 6, terms: [['@shipping', '@deliver', '@address'], '@data'], within: 3 },
    {
      label: 'invalid or incomplete address',
      weight: 6,
      terms: [WHERE, ['@invalid', '@incomplete', '@required', '@missing']],
      within: 5
    },
    { label: 'FOB', weight: 6, terms: [['fob', 'milk run', 'milkrun']] },
    // Dafiti answers a FOB order this way when the connector has no FOB freight configured.
    { label: 'set status to shipped not allowed', weight: 8, terms: ['set status to shipped'] },
    { label: 'OMS API error', weight: 6, terms: ['oms api error*'] },
    {
      label: 'geocoordinates',
      weight: 6,
      terms: [
        [
          'geocoordinat*',
          'geo coordinat*',
          'coordinat*',
          'coordenad*',
          'latitud*',
          'longitud*',
          'geoloca*',
          'geopoint',
          'geocoordenad*'
        ]
      ]
    },
    {
      label: 'address field invalid or missing',
      weight: 5,
      terms: [
        [
          'country',
          'countrycode',
          'pais',
          'region',
          'regionid',
          'regiao',
          'city',
          'cidade',
          'ciudad',
          'street',
          'rua',
          'calle',
          'neighborhood',
          'barrio',
          'province',
          'provincia',
          'municipio',
          'comuna',
          'complement*'
        ],
        ['@invalid', '@required', '@missing', '@notFound', '@nonexistent', '@inactive']
      ],
      within: 10
    },
    { label: 'no address', weight: 6, terms: ['@not', '@address'], within: 4, ordered: true },
    { label: 'postal code not found', weight: 4, terms: ['@postalCode', '@notFound'], within: 5 },
    {
      label: "seller's own logistics",
      weight: 6,
      terms: [['logistica propria', 'logistica propia', 'own logistics', 'own shipping']]
    },
    {
      label: 'pickup point',
      weight: 6,
      terms: [
        ['pickup*', 'retirada', 'retiro'],
        ['@invalid', '@notFound', '@nonexistent']
      ],
      within: 5
    },
    {
      label: 'one SLA per item',
      weight: 9,
      terms: [
        ['more than one sla', 'mais de um sla', 'mas de un ans', 'mas de un sla', 'multiples deliveries', 'multiple deliveries']
      ]
    },
    {
      label: 'delivery estimate',
      weight: 6,
      terms: [['without estimate', 'reservation estimate', 'sem estimativa', 'sin estimacion']]
    },
    {
      label: 'address lacks a field',
      weight: 7,
      terms: ['@address', ['not contain', 'no contiene', 'nao contem']],
      within: 6,
      ordered: true
    },
    {
      label: 'address cannot be used',
      weight: 6,
      terms: ['@address', ['@cannot', 'cannot be used', 'nao pode ser usad*', 'no puede ser usad*']],
      within: 3,
      ordered: true
    }
  ]
};
