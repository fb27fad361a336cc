/**
 * Brazilian postal regions (CEP ranges by state, as the freight tables cover them) and the cities
 * customers live in. CEPs are 8-digit strings; ranges are inclusive.
 */

export interface CepRegion {
  key: string;
  state: string;
  start: string;
  end: string;
  /** Zone used to price freight: distance from the store's warehouses in São Paulo. */
  zone: 0 | 1 | 2 | 3;
}

export const REGIONS: readonly CepRegion[] = [
  { key: 'SP_CAPITAL', state: 'SP', start: '01000000', end: '09999999', zone: 0 },
  { key: 'SP_INTERIOR', state: 'SP', start: '10000000', end: '19999999', zone: 0 },
  { key: 'RJ', state: 'RJ', start: '20000000', end: '28999999', zone: 1 },
  { key: 'ES', state: 'ES', start: '29000000', end: '29999999', zone: 1 },
  { key: 'MG', state: 'MG', start: '30000000', end: '39999999', zone: 1 },
  { key: 'BA', state: 'BA', start: '40000000', end: '48999999', zone: 2 },
  { key: 'SE', state: 'SE', start: '49000000', end: '49999999', zone: 2 },
  { key: 'PE', state: 'PE', start: '50000000', end: '56999999', zone: 2 },
  { key: 'AL', state: 'AL', start: '57000000', end: '57999999', zone: 2 },
  { key: 'PB', state: 'PB', start: '58000000', end: '58999999', zone: 2 },
  { key: 'RN', state: 'RN', start: '59000000', end: '59999999', zone: 2 },
  { key: 'CE', state: 'CE', start: '60000000', end: '63999999', zone: 2 },
  { key: 'PI', state: 'PI', start: '64000000', end: '64999999', zone: 2 },
  { key: 'MA', state: 'MA', start: '65000000', end: '65999999', zone: 3 },
  { key: 'PA', state: 'PA', start: '66000000', end: '68899999', zone: 3 },
  { key: 'AP', state: 'AP', start: '68900000', end: '68999999', zone: 3 },
  { key: 'AM', state: 'AM', start: '69000000', end: '69299999', zone: 3 },
  { key: 'RR', state: 'RR', start: '69300000', end: '69399999', zone: 3 },
  { key: 'AM_INTERIOR', state: 'AM', start: '69400000', end: '69899999', zone: 3 },
  { key: 'AC', state: 'AC', start: '69900000', end: '69999999', zone: 3 },
  { key: 'DF', state: 'DF', start: '70000000', end: '72799999', zone: 1 },
  { key: 'GO', state: 'GO', start: '72800000', end: '76799999', zone: 2 },
  { key: 'RO', state: 'RO', start: '76800000', end: '76999999', zone: 3 },
  { key: 'TO', state: 'TO', start: '77000000', end: '77999999', zone: 3 },
  { key: 'MT', state: 'MT', start: '78000000', end: '78899999', zone: 2 },
  { key: 'MS', state: 'MS', start: '79000000', end: '79999999', zone: 2 },
  { key: 'PR', state: 'PR', start: '80000000', end: '87999999', zone: 1 },
  { key: 'SC', state: 'SC', start: '88000000', end: '89999999', zone: 1 },
  { key: 'RS', state: 'RS', start: '90000000', end: '99999999', zone: 1 }
];

/** Regions no active shipping policy of the store covers (the planted uncovered CEPs live here). */
export const UNCOVERED_REGION_KEYS: readonly string[] = ['AP', 'RR', 'AC'];

export interface City {
  name: string;
  region: string;
  /** First and last 5-digit CEP prefix of the city (inside its region). */
  prefixes: [number, number];
  areaCode: string;
  /** [longitude, latitude] of the centre. */
  centre: [number, number];
  /** Relative share of the store's customers. */
  weight: number;
}

export const CITIES: readonly City[] = [
  { name: 'São Paulo', region: 'SP_CAPITAL', prefixes: [1000, 5899], areaCode: '11', centre: [-46.633, -23.55], weight: 30 },
  { name: 'Guarulhos', region: 'SP_CAPITAL', prefixes: [7000, 7399], areaCode: '11', centre: [-46.533, -23.454], weight: 4 },
  { name: 'Santo André', region: 'SP_CAPITAL', prefixes: [9000, 9299], areaCode: '11', centre: [-46.538, -23.663], weight: 3 },
  { name: 'Campinas', region: 'SP_INTERIOR', prefixes: [13000, 13139], areaCode: '19', centre: [-47.061, -22.905], weight: 6 },
  {
    name: 'Ribeirão Preto',
    region: 'SP_INTERIOR',
    prefixes: [14000, 14114],
    areaCode: '16',
    centre: [-47.81, -21.177],
    weight: 3
  },
  { name: 'Sorocaba', region: 'SP_INTERIOR', prefixes: [18000, 18109], areaCode: '15', centre: [-47.458, -23.501], weight: 3 },
  { name: 'Rio de Janeiro', region: 'RJ', prefixes: [20000, 23799], areaCode: '21', centre: [-43.172, -22.906], weight: 14 },
  { name: 'Niterói', region: 'RJ', prefixes: [24000, 24399], areaCode: '21', centre: [-43.103, -22.883], weight: 3 },
  { name: 'Vitória', region: 'ES', prefixes: [29000, 29099], areaCode: '27', centre: [-40.308, -20.315], weight: 2 },
  { name: 'Belo Horizonte', region: 'MG', prefixes: [30000, 31999], areaCode: '31', centre: [-43.938, -19.92], weight: 8 },
  { name: 'Uberlândia', region: 'MG', prefixes: [38400, 38415], areaCode: '34', centre: [-48.277, -18.919], weight: 2 },
  { name: 'Salvador', region: 'BA', prefixes: [40000, 42599], areaCode: '71', centre: [-38.501, -12.971], weight: 5 },
  { name: 'Aracaju', region: 'SE', prefixes: [49000, 49099], areaCode: '79', centre: [-37.073, -10.947], weight: 1 },
  { name: 'Recife', region: 'PE', prefixes: [50000, 52999], areaCode: '81', centre: [-34.877, -8.047], weight: 4 },
  { name: 'Maceió', region: 'AL', prefixes: [57000, 57099], areaCode: '82', centre: [-35.735, -9.665], weight: 1 },
  { name: 'João Pessoa', region: 'PB', prefixes: [58000, 58099], areaCode: '83', centre: [-34.845, -7.115], weight: 1 },
  { name: 'Natal', region: 'RN', prefixes: [59000, 59099], areaCode: '84', centre: [-35.209, -5.795], weight: 1 },
  { name: 'Fortaleza', region: 'CE', prefixes: [60000, 61599], areaCode: '85', centre: [-38.543, -3.717], weight: 4 },
  { name: 'Teresina', region: 'PI', prefixes: [64000, 64099], areaCode: '86', centre: [-42.802, -5.089], weight: 1 },
  { name: 'São Luís', region: 'MA', prefixes: [65000, 65099], areaCode: '98', centre: [-44.302, -2.53], weight: 1 },
  { name: 'Belém', region: 'PA', prefixes: [66000, 66999], areaCode: '91', centre: [-48.504, -1.455], weight: 2 },
  { name: 'Manaus', region: 'AM', prefixes: [69000, 69099], areaCode: '92', centre: [-60.025, -3.119], weight: 2 },
  { name: 'Brasília', region: 'DF', prefixes: [70000, 72799], areaCode: '61', centre: [-47.882, -15.794], weight: 5 },
  { name: 'Goiânia', region: 'GO', prefixes: [74000, 74899], areaCode: '62', centre: [-49.264, -16.686], weight: 3 },
  { name: 'Porto Velho', region: 'RO', prefixes: [76800, 76834], areaCode: '69', centre: [-63.9, -8.761], weight: 1 },
  { name: 'Palmas', region: 'TO', prefixes: [77000, 77099], areaCode: '63', centre: [-48.36, -10.184], weight: 1 },
  { name: 'Cuiabá', region: 'MT', prefixes: [78000, 78099], areaCode: '65', centre: [-56.097, -15.601], weight: 1 },
  { name: 'Campo Grande', region: 'MS', prefixes: [79000, 79129], areaCode: '67', centre: [-54.646, -20.469], weight: 1 },
  { name: 'Curitiba', region: 'PR', prefixes: [80000, 82999], areaCode: '41', centre: [-49.273, -25.428], weight: 6 },
  { name: 'Londrina', region: 'PR', prefixes: [86000, 86099], areaCode: '43', centre: [-51.169, -23.31], weight: 2 },
  { name: 'Florianópolis', region: 'SC', prefixes: [88000, 88099], areaCode: '48', centre: [-48.548, -27.595], weight: 3 },
  { name: 'Joinville', region: 'SC', prefixes: [89200, 89239], areaCode: '47', centre: [-48.845, -26.304], weight: 2 },
  { name: 'Porto Alegre', region: 'RS', prefixes: [90000, 91999], areaCode: '51', centre: [-51.23, -30.033], weight: 6 },
  { name: 'Caxias do Sul', region: 'RS', prefixes: [95000, 95129], areaCode: '54', centre: [-51.179, -29.168], weight: 1 },
  { name: 'Macapá', region: 'AP', prefixes: [68900, 68914], areaCode: '96', centre: [-51.066, 0.035], weight: 0 },
  { name: 'Boa Vista', region: 'RR', prefixes: [69300, 69339], areaCode: '95', centre: [-60.675, 2.82], weight: 0 },
  { name: 'Rio Branco', region: 'AC', prefixes: [69900, 69924], areaCode: '68', centre: [-67.81, -9.975], weight: 0 }
];

export const STREETS = [
  'Rua das Flores',
  'Avenida Brasil',
  'Rua Sete de Setembro',
  'Rua XV de Novembro',
  'Avenida Getúlio Vargas',
  'Rua São José',
  'Rua Dom Pedro II',
  'Avenida Santos Dumont',
  'Rua Tiradentes',
  'Rua Marechal Deodoro',
  'Avenida Paulista',
  'Rua Barão do Rio Branco',
  'Rua Duque de Caxias',
  'Avenida das Américas',
  'Rua José Bonifácio',
  'Rua Rui Barbosa',
  'Avenida Independência',
  'Rua Castro Alves',
  'Rua Machado de Assis',
  'Travessa Boa Vista'
] as const;

export const NEIGHBORHOODS = [
  'Centro',
  'Jardim América',
  'Vila Nova',
  'Boa Vista',
  'Santa Cecília',
  'Bela Vista',
  'Jardim Paulista',
  'Liberdade',
  'São Francisco',
  'Vila Mariana',
  'Aldeota',
  'Savassi',
  'Batel',
  'Moinhos de Vento',
  'Pituba'
] as const;

export const COMPLEMENTS = ['Apto 12', 'Apto 304', 'Casa 2', 'Bloco B Apto 51', 'Fundos', 'Sala 1203'] as const;
