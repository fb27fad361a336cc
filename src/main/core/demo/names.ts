/** Word lists for the demo store's customers and products (Portuguese, as a Brazilian store writes them). */

export const FIRST_NAMES = [
  'Ana',
  'Beatriz',
  'Camila',
  'Daniela',
  'Eduarda',
  'Fernanda',
  'Gabriela',
  'Helena',
  'Isabela',
  'Juliana',
  'Larissa',
  'Letícia',
  'Luana',
  'Mariana',
  'Natália',
  'Patrícia',
  'Rafaela',
  'Sofia',
  'Tatiane',
  'Vanessa',
  'Aline',
  'Bruna',
  'Carolina',
  'Débora',
  'Elaine',
  'Francisca',
  'Giovanna',
  'Jéssica',
  'Lívia',
  'Manuela',
  'André',
  'Bruno',
  'Carlos',
  'Diego',
  'Eduardo',
  'Felipe',
  'Gabriel',
  'Gustavo',
  'Henrique',
  'Igor',
  'João',
  'José',
  'Leonardo',
  'Lucas',
  'Marcelo',
  'Matheus',
  'Pedro',
  'Rafael',
  'Rodrigo',
  'Thiago',
  'Vinícius',
  'Wagner',
  'Caio',
  'Danilo',
  'Fábio',
  'Guilherme',
  'Luiz',
  'Otávio',
  'Paulo',
  'Renato'
] as const;

export const LAST_NAMES = [
  'Silva',
  'Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
  'Costa',
  'Ribeiro',
  'Martins',
  'Carvalho',
  'Almeida',
  'Lopes',
  'Soares',
  'Fernandes',
  'Vieira',
  'Barbosa',
  'Rocha',
  'Dias',
  'Nascimento',
  'Andrade',
  'Moreira',
  'Nunes',
  'Marques',
  'Machado',
  'Mendes',
  'Freitas',
  'Cardoso',
  'Ramos',
  'Gonçalves',
  'Santana',
  'Teixeira',
  'Araújo',
  'Pinto',
  'Correia',
  'Cavalcanti',
  'Monteiro',
  'Moura',
  'Campos',
  'Batista',
  'Cunha',
  'Medeiros',
  'Farias',
  'Azevedo',
  'Duarte',
  'Pires',
  'Castro'
] as const;

export const EMAIL_DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com.br',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br'
] as const;

export type Category = 'esporte' | 'moda' | 'casa';

/** A product line: SKUs are its variants (sizes × colors, or voltages). */
export interface ProductTemplate {
  name: string;
  category: Category;
  brands: readonly string[];
  sizes: readonly string[];
  colors: readonly string[];
  /** Base price range in cents. */
  price: [number, number];
  weightGrams: number;
  /** length, width, height in cm */
  dims: [number, number, number];
}

const SHOE_SIZES = ['37', '38', '39', '40', '41', '42', '43', '44'];
const CLOTHES = ['P', 'M', 'G', 'GG'];
const SOCKS = ['34-38', '39-43'];
const VOLTAGES = ['110V', '220V'];
const UNIQUE = ['Único'];
const BASIC = ['Preto', 'Branco', 'Azul', 'Cinza', 'Vermelho', 'Verde'];
const FASHION = ['Preto', 'Off White', 'Azul Marinho', 'Caramelo', 'Rosa', 'Verde Militar', 'Bordô'];
const HOME = ['Branco', 'Cinza', 'Bege', 'Azul', 'Grafite'];

const SPORTS_BRANDS = ['Veloz', 'Arena Sports', 'Trilha', 'Pulso', 'Impulso'];
const FASHION_BRANDS = ['Urbana', 'Ponto Norte', 'Brisa', 'Atlântica', 'Maré Alta'];
const HOME_BRANDS = ['Casa Viva', 'Lar & Cia', 'Cozinha Prática', 'Aconchego', 'Linha Forte'];

export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = [
  {
    name: 'Tênis Corrida Leve',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: SHOE_SIZES,
    colors: BASIC,
    price: [19990, 49990],
    weightGrams: 850,
    dims: [33, 22, 13]
  },
  {
    name: 'Tênis Treino Flex',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: SHOE_SIZES,
    colors: BASIC,
    price: [17990, 39990],
    weightGrams: 800,
    dims: [33, 22, 13]
  },
  {
    name: 'Camiseta Dry Fit',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: CLOTHES,
    colors: BASIC,
    price: [4990, 12990],
    weightGrams: 180,
    dims: [30, 25, 3]
  },
  {
    name: 'Bermuda Corrida',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: CLOTHES,
    colors: BASIC,
    price: [5990, 13990],
    weightGrams: 200,
    dims: [30, 25, 3]
  },
  {
    name: 'Legging Compressão',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: CLOTHES,
    colors: BASIC,
    price: [8990, 19990],
    weightGrams: 250,
    dims: [30, 25, 4]
  },
  {
    name: 'Meia Cano Médio Kit 3 Pares',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: SOCKS,
    colors: BASIC,
    price: [2990, 5990],
    weightGrams: 150,
    dims: [20, 12, 4]
  },
  {
    name: 'Bola de Futebol Society',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: UNIQUE,
    colors: ['Branco', 'Amarelo', 'Laranja'],
    price: [8990, 24990],
    weightGrams: 450,
    dims: [23, 23, 23]
  },
  {
    name: 'Mochila Esportiva 25L',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: UNIQUE,
    colors: BASIC,
    price: [12990, 29990],
    weightGrams: 600,
    dims: [45, 30, 15]
  },
  {
    name: 'Garrafa Térmica 750ml',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: UNIQUE,
    colors: BASIC,
    price: [5990, 14990],
    weightGrams: 380,
    dims: [28, 8, 8]
  },
  {
    name: 'Tapete de Yoga 6mm',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: UNIQUE,
    colors: ['Roxo', 'Azul', 'Verde', 'Preto'],
    price: [7990, 18990],
    weightGrams: 1100,
    dims: [62, 15, 15]
  },
  {
    name: 'Kit Halteres Emborrachados 10kg',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: UNIQUE,
    colors: ['Preto'],
    price: [19990, 34990],
    weightGrams: 10400,
    dims: [40, 25, 15]
  },
  {
    name: 'Jaqueta Corta-Vento',
    category: 'esporte',
    brands: SPORTS_BRANDS,
    sizes: CLOTHES,
    colors: BASIC,
    price: [14990, 32990],
    weightGrams: 350,
    dims: [35, 28, 5]
  },
  {
    name: 'Camiseta Básica Algodão',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: CLOTHES,
    colors: FASHION,
    price: [3990, 8990],
    weightGrams: 200,
    dims: [30, 25, 3]
  },
  {
    name: 'Calça Jeans Slim',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: ['36', '38', '40', '42', '44', '46'],
    colors: ['Azul Claro', 'Azul Escuro', 'Preto'],
    price: [12990, 25990],
    weightGrams: 600,
    dims: [35, 28, 5]
  },
  {
    name: 'Vestido Midi Estampado',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: CLOTHES,
    colors: FASHION,
    price: [13990, 29990],
    weightGrams: 300,
    dims: [35, 28, 4]
  },
  {
    name: 'Camisa Social Slim',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: ['1', '2', '3', '4', '5'],
    colors: ['Branco', 'Azul Claro', 'Rosa'],
    price: [9990, 19990],
    weightGrams: 280,
    dims: [35, 28, 4]
  },
  {
    name: 'Blusa Tricô Gola Alta',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: CLOTHES,
    colors: FASHION,
    price: [10990, 21990],
    weightGrams: 400,
    dims: [35, 28, 6]
  },
  {
    name: 'Bolsa Transversal Couro',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: UNIQUE,
    colors: FASHION,
    price: [19990, 45990],
    weightGrams: 700,
    dims: [30, 22, 12]
  },
  {
    name: 'Sandália Rasteira',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: ['34', '35', '36', '37', '38', '39'],
    colors: FASHION,
    price: [6990, 15990],
    weightGrams: 400,
    dims: [30, 18, 10]
  },
  {
    name: 'Boné Aba Curva',
    category: 'moda',
    brands: FASHION_BRANDS,
    sizes: UNIQUE,
    colors: FASHION,
    price: [5990, 11990],
    weightGrams: 150,
    dims: [28, 20, 14]
  },
  {
    name: 'Jogo de Cama Casal 4 Peças',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: ['Casal', 'Queen', 'King'],
    colors: HOME,
    price: [14990, 39990],
    weightGrams: 1800,
    dims: [40, 32, 10]
  },
  {
    name: 'Toalha de Banho Felpuda',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: UNIQUE,
    colors: HOME,
    price: [3990, 8990],
    weightGrams: 500,
    dims: [35, 25, 6]
  },
  {
    name: 'Panela Antiaderente 24cm',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: UNIQUE,
    colors: ['Vermelho', 'Preto', 'Grafite'],
    price: [9990, 22990],
    weightGrams: 1300,
    dims: [45, 27, 12]
  },
  {
    name: 'Jogo de Panelas 5 Peças',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: UNIQUE,
    colors: ['Vermelho', 'Preto', 'Inox'],
    price: [29990, 69990],
    weightGrams: 5200,
    dims: [55, 35, 30]
  },
  {
    name: 'Travesseiro Fibra Siliconada',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: ['50x70', '60x90'],
    colors: ['Branco'],
    price: [4990, 12990],
    weightGrams: 900,
    dims: [70, 50, 15]
  },
  {
    name: 'Luminária de Mesa LED',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: VOLTAGES,
    colors: ['Branco', 'Preto'],
    price: [8990, 19990],
    weightGrams: 1200,
    dims: [40, 20, 20]
  },
  {
    name: 'Cafeteira Elétrica 30 Xícaras',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: VOLTAGES,
    colors: ['Preto', 'Inox'],
    price: [12990, 27990],
    weightGrams: 2100,
    dims: [35, 25, 30]
  },
  {
    name: 'Liquidificador 1000W',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: VOLTAGES,
    colors: ['Preto', 'Vermelho'],
    price: [13990, 29990],
    weightGrams: 2800,
    dims: [40, 25, 25]
  },
  {
    name: 'Edredom Dupla Face',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: ['Casal', 'Queen'],
    colors: HOME,
    price: [15990, 34990],
    weightGrams: 2400,
    dims: [50, 40, 20]
  },
  {
    name: 'Organizador Multiuso',
    category: 'casa',
    brands: HOME_BRANDS,
    sizes: ['P', 'M', 'G'],
    colors: ['Transparente', 'Branco'],
    price: [2990, 7990],
    weightGrams: 400,
    dims: [35, 25, 15]
  }
];

/** Words that tell product lines of one template apart ("Tênis Corrida Leve Sprint"). */
export const MODEL_WORDS = [
  'Sprint',
  'Pro',
  'Max',
  'Essencial',
  'Premium',
  'Classic',
  'Plus',
  'Urban',
  'Fit',
  'Comfort',
  'Air',
  'Prime'
] as const;

/** A product far above every carrier's weight limit except the store's own transport. */
export const HEAVY_TEMPLATE: ProductTemplate = {
  name: 'Esteira Elétrica Dobrável 12km/h',
  category: 'esporte',
  brands: ['Impulso'],
  sizes: VOLTAGES,
  colors: ['Preto'],
  price: [249990, 349990],
  weightGrams: 62000,
  dims: [165, 72, 28]
};

export const SIZE_CODES: Record<string, string> = {
  Único: 'UN',
  Casal: 'CS',
  Queen: 'QN',
  King: 'KG',
  '110V': '110',
  '220V': '220'
};
