import { expect } from '@open-wc/testing';
import {
  RADIUS_CHOICES,
  distanceUnitFor,
  formatDistance,
  kmToUnit,
  unitToKm,
} from '../src/components/group-finder/distance.js';

describe('group distance (pure)', () => {
  it('uses miles where road distances are in miles, from the locale’s region', () => {
    expect(distanceUnitFor('en-US')).to.equal('mi');
    expect(distanceUnitFor('en-GB')).to.equal('mi');
    expect(distanceUnitFor('es-US')).to.equal('mi');
    expect(distanceUnitFor('en-LR')).to.equal('mi');
    expect(distanceUnitFor('my-MM')).to.equal('mi');
    expect(distanceUnitFor('en-CA')).to.equal('km');
    expect(distanceUnitFor('es-MX')).to.equal('km');
    expect(distanceUnitFor('en-AU')).to.equal('km');
  });

  it('falls back to the region given, then to km, for a locale without one', () => {
    expect(distanceUnitFor('en', 'US')).to.equal('mi');
    expect(distanceUnitFor('es', 'us')).to.equal('mi');
    expect(distanceUnitFor('en')).to.equal('km');
    expect(distanceUnitFor('es')).to.equal('km');
    expect(distanceUnitFor('en-CA', 'US'), 'the locale’s own region wins').to.equal('km');
    expect(distanceUnitFor('not a locale!!', 'GB')).to.equal('mi');
  });

  it('converts between km and the unit', () => {
    expect(kmToUnit(1.609344, 'mi')).to.be.closeTo(1, 1e-12);
    expect(unitToKm(10, 'mi')).to.be.closeTo(16.09344, 1e-9);
    expect(kmToUnit(7, 'km')).to.equal(7);
    expect(unitToKm(7, 'km')).to.equal(7);
    expect(unitToKm(kmToUnit(42, 'mi'), 'mi')).to.be.closeTo(42, 1e-9);
  });

  it('formats with one decimal under 10 and none above, in en-US', () => {
    expect(formatDistance(unitToKm(2.34, 'mi'), 'mi', 'en-US')).to.equal('2.3 mi');
    expect(formatDistance(unitToKm(12.6, 'mi'), 'mi', 'en-US')).to.equal('13 mi');
    expect(formatDistance(3, 'km', 'en-US')).to.equal('3 km');
    expect(formatDistance(0.45, 'km', 'en-US')).to.equal('0.5 km');
    expect(formatDistance(1234.4, 'km', 'en-US')).to.equal('1,234 km');
  });

  it('formats in Spanish', () => {
    const spaces = (text: string) => text.replace(/\s/g, ' ');
    expect(spaces(formatDistance(2.34, 'km', 'es'))).to.equal('2,3 km');
    expect(spaces(formatDistance(12345, 'km', 'es'))).to.equal('12.345 km');
    expect(spaces(formatDistance(unitToKm(5.5, 'mi'), 'mi', 'es-US'))).to.equal('5.5 mi');
  });

  it('says nothing for an unknown distance, never 0', () => {
    expect(formatDistance(undefined, 'km', 'en-US')).to.equal('');
    expect(formatDistance(Number.NaN, 'mi', 'en-US')).to.equal('');
    expect(formatDistance(0, 'km', 'en-US')).to.equal('0 km');
  });

  it('survives a malformed locale', () => {
    expect(formatDistance(3, 'km', 'not a locale!!')).to.match(/3/);
  });

  it('offers round radius choices in each unit', () => {
    expect(RADIUS_CHOICES.mi).to.deep.equal([1, 5, 10, 25, 50]);
    expect(RADIUS_CHOICES.km).to.deep.equal([2, 5, 10, 25, 50, 100]);
  });
});
