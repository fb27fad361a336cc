import type { IdLike } from '../../../shared/domain/snapshot';
import type { Category } from './names';
import type { Random } from './random';

/** Affiliate codes of the demo's marketplaces; `LOJ` marks orders from the store's own checkout. */
export type Channel = 'AMZ' | 'MLB' | 'MGZ' | 'VIA' | 'B2W' | 'NSH' | 'DFT' | 'CRF' | 'LOJ';

export interface Marketplace {
  affiliateId: Channel;
  affiliateName: string;
  connectorName: string;
  tradePolicyId: string;
  tradePolicyName: string;
  /** How the affiliates API spells the trade policy id (VTEX mixes numbers and strings). */
  salesChannelAs: IdLike;
  /** Share of the store's orders. */
  weight: number;
  /** Product categories the marketplace's trade policy carries. */
  categories: readonly Category[];
  minimumValueCents: number | null;
  /** The marketplace's own order id; `serial` keeps ids unique across a batch. */
  orderId: (rng: Random, serial: number) => string;
}

/**
 * The serial spread over `width` digits: multiplying by a number coprime with 10 permutes the
 * residues, so ids stay unique (below 10^width orders) without looking sequential.
 */
const pad = (serial: number, width: number): string => String((serial * 7_919_993 + 104_729) % 10 ** width).padStart(width, '0');
const ALL: readonly Category[] = ['esporte', 'moda', 'casa'];

export const STORE_ACCOUNT = 'lojademo';
export const MAIN_TRADE_POLICY = { id: '1', name: 'Loja principal' } as const;
/** Netshoes' trade policy sells only the products of this collection. */
export const RESTRICTED_COLLECTION = { id: '140', name: 'Esportes Netshoes', tradePolicyId: '7' } as const;

export const MARKETPLACES: readonly Marketplace[] = [
  {
    affiliateId: 'MLB',
    affiliateName: 'Mercado Livre',
    connectorName: 'Mercado Livre',
    tradePolicyId: '2',
    tradePolicyName: 'Mercado Livre',
    salesChannelAs: '2',
    weight: 30,
    categories: ALL,
    minimumValueCents: null,
    orderId: (rng, serial) => `20000${rng.int(10, 99)}${pad(serial, 9)}`
  },
  {
    affiliateId: 'AMZ',
    affiliateName: 'Amazon',
    connectorName: 'Amazon',
    tradePolicyId: '3',
    tradePolicyName: 'Amazon',
    salesChannelAs: 3,
    weight: 20,
    categories: ALL,
    minimumValueCents: null,
    orderId: (rng, serial) => `70${rng.int(1, 9)}-${rng.digits(7)}-${pad(serial, 7)}`
  },
  {
    affiliateId: 'MGZ',
    affiliateName: 'Magazine Luiza',
    connectorName: 'Magazine Luiza',
    tradePolicyId: '4',
    tradePolicyName: 'Magalu',
    salesChannelAs: '4',
    weight: 15,
    categories: ALL,
    minimumValueCents: null,
    orderId: (rng, serial) => `LU-${rng.digits(7)}${pad(serial, 9)}`
  },
  {
    affiliateId: 'B2W',
    affiliateName: 'Americanas',
    connectorName: 'B2W',
    tradePolicyId: '6',
    tradePolicyName: 'Americanas',
    salesChannelAs: 6,
    weight: 10,
    categories: ALL,
    minimumValueCents: null,
    orderId: (rng, serial) => `Americanas-${rng.int(1, 9)}${rng.digits(2)}${pad(serial, 9)}`
  },
  {
    affiliateId: 'VIA',
    affiliateName: 'Via (Casas Bahia)',
    connectorName: 'Via Varejo',
    tradePolicyId: '5',
    tradePolicyName: 'Casas Bahia',
    salesChannelAs: '5',
    weight: 8,
    categories: ALL,
    minimumValueCents: null,
    orderId: (rng, serial) => `${rng.int(1, 9)}${rng.digits(1)}${pad(serial, 8)}`
  },
  {
    affiliateId: 'NSH',
    affiliateName: 'Netshoes',
    connectorName: 'Netshoes',
    tradePolicyId: '7',
    tradePolicyName: 'Netshoes',
    salesChannelAs: '7',
    weight: 6,
    categories: ['esporte'],
    minimumValueCents: null,
    orderId: (rng, serial) => `${rng.int(1, 9)}${pad(serial, 9)}`
  },
  {
    affiliateId: 'DFT',
    affiliateName: 'Dafiti',
    connectorName: 'Dafiti',
    tradePolicyId: '8',
    tradePolicyName: 'Dafiti',
    salesChannelAs: 8,
    weight: 5,
    categories: ['moda', 'esporte'],
    minimumValueCents: null,
    orderId: (rng, serial) => `2${rng.digits(1)}${pad(serial, 8)}`
  },
  {
    affiliateId: 'CRF',
    affiliateName: 'Carrefour',
    connectorName: 'Carrefour',
    tradePolicyId: '9',
    tradePolicyName: 'Carrefour',
    salesChannelAs: '9',
    weight: 6,
    categories: ['casa', 'esporte'],
    minimumValueCents: 9900,
    orderId: (rng, serial) => `${rng.digits(2)}${pad(serial, 8)}-A`
  }
];

/**
 * The store's own checkout. Its failed orders are not marketplace orders: they carry the
 * connectorName "Loja" (which the rules read as a storefront order), the pseudo-affiliate `LOJ`
 * (no affiliate record exists for it, so the diagnosis judges every active warehouse, as the main
 * trade policy sells from all of them) and the checkout's orderForm id as marketplaceOrderId.
 */
export const STOREFRONT: Marketplace = {
  affiliateId: 'LOJ',
  affiliateName: 'Loja',
  connectorName: 'Loja',
  tradePolicyId: MAIN_TRADE_POLICY.id,
  tradePolicyName: MAIN_TRADE_POLICY.name,
  salesChannelAs: 1,
  weight: 0,
  categories: ALL,
  minimumValueCents: null,
  orderId: (rng) => rng.hex(32)
};

export function marketplaceById(affiliateId: Channel): Marketplace {
  return affiliateId === 'LOJ' ? STOREFRONT : (MARKETPLACES.find((m) => m.affiliateId === affiliateId) ?? STOREFRONT);
}

export function marketplaceByPolicy(tradePolicyId: string): Marketplace {
  return MARKETPLACES.find((m) => m.tradePolicyId === tradePolicyId) ?? STOREFRONT;
}
