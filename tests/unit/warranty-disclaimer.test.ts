import { describe, expect, it } from 'vitest';
import { isWarrantyDisclaimer } from '../../utils/analysis/warranty-disclaimer';

describe('warranty disclaimers', () => {
  it.each([
    'THE SERVICES ARE PROVIDED "AS IS."',
    'The Service Is Available “As Is.”',
    'Beta versions are provided AS IS, may contain bugs.',
    'Map data is made available on an as-is basis.',
    'The site is offered on an as is and as available basis.',
    'Le service est fourni en l’état, sans garantie.',
    'El servicio se presta tal cual.',
    'Der Dienst wird ohne Gewähr bereitgestellt.',
  ])('finds %s', (text) => {
    expect(isWarrantyDisclaimer(text)).toBe(true);
  });

  it.each([
    'You must be at least 13 years of age (or such other minimum age as is applicable in your country of residence).',
    'We will provide such prompt assistance as is reasonable in the circumstances.',
    'As far as is permitted by law, we accept no responsibility for activities of minors.',
    'Members may use reports only if they are designated as available to other members.',
    "En l'état actuel de la technique, aucune transmission n'est sûre.",
    'Tal cual se indica en la cláusula 3, el precio incluye IVA.',
  ])('leaves prose alone: %s', (text) => {
    expect(isWarrantyDisclaimer(text)).toBe(false);
  });
});
