import type {
  SnapshotDock,
  SnapshotFreightValue,
  SnapshotShippingPolicy,
  SnapshotWarehouse
} from '../../../shared/domain/snapshot';
import { MARKETPLACES } from './marketplaces';
import { REGIONS, UNCOVERED_REGION_KEYS } from './places';

interface WeightBand {
  start: number;
  end: number;
  /** Added to the zone price, in cents. */
  extraCents: number;
}

interface PolicyPlan {
  id: string;
  name: string;
  carrier: string;
  shippingMethod: string;
  isActive: boolean;
  largestMeasure: number;
  maxMeasureSum: number;
  regions: readonly string[];
  bands: readonly WeightBand[];
  /** Price and business days per zone (0 = São Paulo … 3 = North). */
  zoneCents: readonly [number, number, number, number];
  zoneDays: readonly [number, number, number, number];
}

const COVERED = REGIONS.map((r) => r.key).filter((key) => !UNCOVERED_REGION_KEYS.includes(key));
const SOUTH_SOUTHEAST = ['SP_CAPITAL', 'SP_INTERIOR', 'RJ', 'ES', 'MG', 'PR', 'SC', 'RS', 'DF', 'GO'];
const CORREIOS_BANDS: WeightBand[] = [
  { start: 0, end: 1000, extraCents: 0 },
  { start: 1001, end: 5000, extraCents: 800 },
  { start: 5001, end: 10000, extraCents: 1900 },
  { start: 10001, end: 30000, extraCents: 4200 }
];

/** The store's shipping policies: Correios everywhere but the far North, Jadlog in the South/Southeast, own fleet in Greater São Paulo. */
export const POLICIES: readonly PolicyPlan[] = [
  {
    id: 'correios-pac',
    name: 'Correios PAC',
    carrier: 'Correios',
    shippingMethod: 'PAC',
    isActive: true,
    largestMeasure: 100,
    maxMeasureSum: 200,
    regions: COVERED,
    bands: CORREIOS_BANDS,
    zoneCents: [1590, 2190, 2890, 3690],
    zoneDays: [4, 6, 9, 12]
  },
  {
    id: 'correios-sedex',
    name: 'Correios SEDEX',
    carrier: 'Correios',
    shippingMethod: 'SEDEX',
    isActive: true,
    largestMeasure: 100,
    maxMeasureSum: 200,
    regions: COVERED,
    bands: CORREIOS_BANDS,
    zoneCents: [2490, 3590, 4790, 5990],
    zoneDays: [1, 2, 4, 6]
  },
  {
    id: 'jadlog-expresso',
    name: 'Jadlog Expresso',
    carrier: 'Jadlog',
    shippingMethod: 'Expresso',
    isActive: true,
    largestMeasure: 150,
    maxMeasureSum: 300,
    regions: SOUTH_SOUTHEAST,
    bands: [
      { start: 0, end: 2000, extraCents: 0 },
      { start: 2001, end: 10000, extraCents: 1200 },
      { start: 10001, end: 50000, extraCents: 3900 }
    ],
    zoneCents: [1790, 2390, 3290, 3990],
    zoneDays: [2, 3, 5, 7]
  },
  {
    id: 'transportadora-propria',
    name: 'Transportadora Própria',
    carrier: 'Transportadora Própria',
    shippingMethod: 'Rodoviário',
    isActive: true,
    largestMeasure: 0,
    maxMeasureSum: 0,
    regions: ['SP_CAPITAL'],
    bands: [
      { start: 0, end: 30000, extraCents: 0 },
      { start: 30001, end: 150000, extraCents: 6000 }
    ],
    zoneCents: [1990, 1990, 1990, 1990],
    zoneDays: [1, 1, 1, 1]
  },
  {
    id: 'correios-mini-envios',
    name: 'Correios Mini Envios',
    carrier: 'Correios',
    shippingMethod: 'Mini Envios',
    isActive: false,
    largestMeasure: 24,
    maxMeasureSum: 60,
    regions: ['SP_CAPITAL', 'SP_INTERIOR', 'RJ', 'MG'],
    bands: [{ start: 0, end: 300, extraCents: 0 }],
    zoneCents: [990, 1290, 1590, 1890],
    zoneDays: [5, 7, 9, 12]
  }
];

const MARKETPLACE_POLICIES = MARKETPLACES.map((m) => m.tradePolicyId);

/**
 * Docks: the main São Paulo dock serves every trade policy; Cajamar not Netshoes, Dafiti or
 * Carrefour; Extrema only the store and Mercado Livre; Recife is inactive.
 */
export const DOCKS: readonly SnapshotDock[] = [
  {
    id: 'doca-sp-principal',
    name: 'Doca Principal São Paulo',
    isActive: true,
    priority: 1,
    salesChannels: ['1', ...MARKETPLACE_POLICIES],
    freightTableIds: POLICIES.map((p) => p.id),
    dockTimeFake: '0.00:00:00'
  },
  {
    id: 'doca-cajamar',
    name: 'Doca Cajamar',
    isActive: true,
    priority: 2,
    salesChannels: [1, 2, 3, 4, 5, 6],
    freightTableIds: ['correios-pac', 'correios-sedex', 'jadlog-expresso'],
    dockTimeFake: '0.12:00:00'
  },
  {
    id: 'doca-extrema',
    name: 'Doca Extrema MG',
    isActive: true,
    priority: 3,
    salesChannels: ['1', '2'],
    freightTableIds: ['correios-pac', 'correios-sedex'],
    dockTimeFake: '1.00:00:00'
  },
  {
    id: 'doca-recife',
    name: 'Doca Recife',
    isActive: false,
    priority: 4,
    salesChannels: ['1', '2', '3', '4'],
    freightTableIds: ['correios-pac'],
    dockTimeFake: null
  }
];

export const WAREHOUSE_IDS = { main: 'cd-sao-paulo', cajamar: 'cd-cajamar', extrema: 'cd-extrema', recife: 'cd-recife' } as const;

export const WAREHOUSES: readonly SnapshotWarehouse[] = [
  {
    id: WAREHOUSE_IDS.main,
    name: 'CD São Paulo',
    isActive: true,
    warehouseDocks: [{ dockId: 'doca-sp-principal', time: '0.00:00:00', cost: 0 }]
  },
  {
    id: WAREHOUSE_IDS.cajamar,
    name: 'CD Cajamar',
    isActive: true,
    warehouseDocks: [{ dockId: 'doca-cajamar', time: '0.04:00:00', cost: 0 }]
  },
  // Its only dock does not serve Amazon, Magalu & co.: stock here is invisible to them.
  {
    id: WAREHOUSE_IDS.extrema,
    name: 'CD Extrema',
    isActive: true,
    warehouseDocks: [{ dockId: 'doca-extrema', time: '1.00:00:00', cost: 0 }]
  },
  {
    id: WAREHOUSE_IDS.recife,
    name: 'CD Recife',
    isActive: true,
    warehouseDocks: [{ dockId: 'doca-recife', time: '0.00:00:00', cost: 0 }]
  }
];

export const WAREHOUSE_NAMES: Record<string, string> = Object.fromEntries(WAREHOUSES.map((w) => [w.id, w.name]));

export function shippingPolicyRecords(): SnapshotShippingPolicy[] {
  return POLICIES.map((p) => ({
    id: p.id,
    name: p.name,
    shippingMethod: p.shippingMethod,
    isActive: p.isActive,
    deliveryChannel: 'delivery',
    maxDimension: { largestMeasure: p.largestMeasure, maxMeasureSum: p.maxMeasureSum },
    minimumValueAceptable: 0,
    maximumValueAceptable: 0,
    carrierInfo: { name: p.carrier }
  }));
}

function bandCents(policy: PolicyPlan, zone: number, band: WeightBand): number {
  return policy.zoneCents[zone] + band.extraCents;
}

/** One freight row per policy, covered region and weight band. */
export function freightValueRecords(): SnapshotFreightValue[] {
  const rows: SnapshotFreightValue[] = [];
  for (const policy of POLICIES) {
    for (const region of REGIONS.filter((r) => policy.regions.includes(r.key))) {
      for (const band of policy.bands) {
        rows.push({
          shippingPolicyId: policy.id,
          zipCodeStart: region.start,
          zipCodeEnd: region.end,
          weightStart: band.start,
          weightEnd: band.end,
          absoluteMoneyCost: bandCents(policy, region.zone, band) / 100,
          timeCost: `${policy.zoneDays[region.zone]}.00:00:00`,
          country: 'BRA'
        });
      }
    }
  }
  return rows;
}

export interface PackageSize {
  weightGrams: number;
  largestMeasureCm: number;
  measureSumCm: number;
}

export interface FreightOffer {
  policyId: string;
  name: string;
  cents: number;
  days: number;
}

function fits(policy: PolicyPlan, pkg: PackageSize): boolean {
  const within = (limit: number, value: number): boolean => limit <= 0 || value <= limit;
  return within(policy.largestMeasure, pkg.largestMeasureCm) && within(policy.maxMeasureSum, pkg.measureSumCm);
}

/**
 * What the store offers from its main dock (which serves every trade policy and holds every
 * policy) for a package to a region: the generator's own view of its freight table, used to price
 * orders exactly as a simulation of the store would.
 */
export function freightOffers(regionKey: string, pkg: PackageSize): FreightOffer[] {
  const region = REGIONS.find((r) => r.key === regionKey);
  if (!region) return [];
  const offers: FreightOffer[] = [];
  for (const policy of POLICIES) {
    if (!policy.isActive || !policy.regions.includes(regionKey) || !fits(policy, pkg)) continue;
    const band = policy.bands.find((b) => b.start <= pkg.weightGrams && pkg.weightGrams <= b.end);
    if (band)
      offers.push({
        policyId: policy.id,
        name: policy.name,
        cents: bandCents(policy, region.zone, band),
        days: policy.zoneDays[region.zone]
      });
  }
  return offers.sort((a, b) => a.cents - b.cents);
}
