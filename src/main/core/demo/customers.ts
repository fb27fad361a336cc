import type { SnapshotAddress, SnapshotOrder } from '../../../shared/domain/snapshot';
import type { Channel } from './marketplaces';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from './names';
import { CITIES, COMPLEMENTS, NEIGHBORHOODS, REGIONS, STREETS, UNCOVERED_REGION_KEYS, type City } from './places';
import type { Random } from './random';
import { cnpj, cpf } from './tax-ids';

export type Customer = NonNullable<SnapshotOrder['clientProfileData']>;

export interface Destination {
  city: City;
  address: SnapshotAddress;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Marketplaces hide the buyer's e-mail behind a relay address; the others pass it through. */
function email(rng: Random, channel: Channel, first: string, last: string): string {
  const local = `${ascii(first)}.${ascii(last)}${rng.int(1, 999)}`;
  if (channel === 'AMZ') return `${rng.hex(16)}@marketplace.amazon.com.br`;
  if (channel === 'MLB') return `${ascii(first)}${rng.digits(6)}@mail.mercadolivre.com`;
  if (channel === 'NSH') return `${rng.hex(12)}@netshoes.com.br`;
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

/** A mobile number "+55 11 9xxxx-xxxx" in the city's area code. */
export function mobilePhone(rng: Random, areaCode: string): string {
  return `+55 ${areaCode} 9${rng.digits(4)}-${rng.digits(4)}`;
}

/** A buyer with a valid CPF; about one in twelve buys for a company (valid CNPJ). */
export function makeCustomer(rng: Random, channel: Channel, city: City): Customer {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = `${rng.pick(LAST_NAMES)}${rng.chance(0.4) ? ` ${rng.pick(LAST_NAMES)}` : ''}`;
  const base = { email: email(rng, channel, firstName, lastName), firstName, lastName, phone: mobilePhone(rng, city.areaCode) };
  if (rng.chance(0.08)) {
    const company = cnpj(rng);
    return { ...base, document: company, documentType: 'cnpj', isCorporate: true, corporateDocument: company };
  }
  return { ...base, document: cpf(rng), documentType: 'cpf', isCorporate: false, corporateDocument: null };
}

const DELIVERABLE = CITIES.filter((c) => c.weight > 0);
const UNCOVERED = CITIES.filter((c) => UNCOVERED_REGION_KEYS.includes(c.region));

/**
 * A delivery address in a city drawn by the store's customer shares, or (`uncovered`) in a city
 * of a region no active shipping policy covers. `accept` narrows the cities.
 */
export function makeDestination(
  rng: Random,
  receiverName: string,
  options: { uncovered?: boolean; accept?: (city: City) => boolean } = {}
): Destination {
  const pool = (options.uncovered ? UNCOVERED : DELIVERABLE).filter(options.accept ?? (() => true));
  const city = options.uncovered ? rng.pick(pool) : rng.weighted(pool.map((c) => ({ weight: c.weight, value: c })));
  const prefix = String(rng.int(city.prefixes[0], city.prefixes[1])).padStart(5, '0');
  const jitter = (): number => Math.round((rng.next() - 0.5) * 0.1 * 1e6) / 1e6;
  return {
    city,
    address: {
      addressType: 'residential',
      receiverName,
      postalCode: `${prefix}${rng.digits(3)}`,
      city: city.name,
      state: regionState(city),
      country: 'BRA',
      street: rng.pick(STREETS),
      number: String(rng.int(1, 3500)),
      complement: rng.chance(0.35) ? rng.pick(COMPLEMENTS) : null,
      neighborhood: rng.pick(NEIGHBORHOODS),
      geoCoordinates: [Math.round((city.centre[0] + jitter()) * 1e6) / 1e6, Math.round((city.centre[1] + jitter()) * 1e6) / 1e6]
    }
  };
}

function regionState(city: City): string {
  return REGIONS.find((r) => r.key === city.region)?.state ?? '';
}
