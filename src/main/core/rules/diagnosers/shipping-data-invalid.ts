import type { OrderAddress } from '../../../../shared/domain/model';
import { normalisePostalCode } from '../../simulation/postal-code';
import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

function blank(value: string | null | undefined): boolean {
  return !value || value.trim() === '';
}

/** The required address fields that are empty; coordinates stand in for a postal code. */
function missingFields(address: OrderAddress | null): string[] {
  if (!address) return ['postalCode', 'country', 'street', 'city', 'state'];
  const missing: string[] = [];
  if (blank(address.postalCode) && !address.geoCoordinates) missing.push('postalCode');
  if (blank(address.country)) missing.push('country');
  if (blank(address.street)) missing.push('street');
  if (blank(address.city)) missing.push('city');
  if (blank(address.state)) missing.push('state');
  return missing;
}

/** Brazil's CEP is 8 digits (separators allowed); other countries' formats are not judged. */
function postalCodeMalformed(address: OrderAddress): boolean {
  if (blank(address.postalCode) || address.country?.trim().toUpperCase() !== 'BRA') return false;
  return !/^\d{8}$/.test(normalisePostalCode(address.postalCode ?? ''));
}

/** Shipping data incomplete or invalid: empty required fields, a malformed CEP, a FOB order. */
export const diagnoseShippingDataInvalid: Diagnoser = (ctx, findings) => {
  const address = ctx.order.address;
  const missing = missingFields(address);
  if (missing.length > 0) {
    findings.add(cause('address_incomplete', { missingFields: missing }, fix('act_at_marketplace')));
  }
  if (address && postalCodeMalformed(address)) {
    findings.add(
      cause(
        'postal_code_malformed',
        { postalCode: address.postalCode ?? '', country: address.country ?? '' },
        fix('act_at_marketplace')
      )
    );
  }
  if (ctx.order.isFob) {
    findings.add(cause('fob_not_configured', { connectorName: ctx.order.connectorName }, fix('act_at_marketplace')));
  }
};
