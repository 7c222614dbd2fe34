import { expect } from '@open-wc/testing';
import { formatNumber, formatPercent, formatPrice, plural } from '../../src/format/index.js';

// Escapes on purpose: U+202F is the narrow no-break space Intl uses for
// French thousands, U+00A0 the no-break space Intl puts before "€" and "%"
// (checked in Chromium 156).

describe('formatPrice', () => {
  it('whole euros, without ",00"', () => {
    expect(formatPrice(900, 'fr')).to.equal('900\u00a0€');
    expect(formatPrice(900, 'en')).to.equal('€900');
    expect(formatPrice(2000, 'fr')).to.equal('2\u202f000\u00a0€');
    expect(formatPrice(2000, 'en')).to.equal('€2,000');
    expect(formatPrice(0, 'fr')).to.equal('0\u00a0€');
  });
  it('cents, always two digits', () => {
    expect(formatPrice(2000.5, 'fr')).to.equal('2\u202f000,50\u00a0€');
    expect(formatPrice(2000.5, 'en')).to.equal('€2,000.50');
    expect(formatPrice(49.99, 'fr')).to.equal('49,99\u00a0€');
    expect(formatPrice(1234567.891, 'fr')).to.equal('1\u202f234\u202f567,89\u00a0€');
  });
  it('another currency', () => {
    expect(formatPrice(50, 'en', { currency: 'USD' })).to.equal('$50');
    expect(formatPrice(50, 'fr', { currency: 'CHF' })).to.equal('50\u00a0CHF');
  });
  it('writes an invalid currency code after the number rather than throwing', () => {
    expect(formatPrice(50, 'fr', { currency: '€' })).to.equal('50\u00a0€');
    expect(formatPrice(2000.5, 'en', { currency: 'euros' })).to.equal('2,000.5\u00a0euros');
  });
});

describe('formatNumber', () => {
  it('thousands and decimals', () => {
    expect(formatNumber(2500, 'fr')).to.equal('2\u202f500');
    expect(formatNumber(2500, 'en')).to.equal('2,500');
    expect(formatNumber(1.5, 'fr')).to.equal('1,5');
    expect(formatNumber(1.5, 'en')).to.equal('1.5');
    expect(formatNumber(150, 'fr')).to.equal('150');
    expect(formatNumber(-1234.5, 'fr')).to.equal('-1\u202f234,5');
  });
  it('rounds to maximumFractionDigits', () => {
    expect(formatNumber(1.2345, 'fr', { maximumFractionDigits: 2 })).to.equal('1,23');
    expect(formatNumber(2.5, 'en', { maximumFractionDigits: 0 })).to.equal('3');
    expect(formatNumber(1 / 3, 'en')).to.equal('0.333');
  });
});

describe('formatPercent', () => {
  it('takes a percentage number', () => {
    expect(formatPercent(92, 'fr')).to.equal('92\u00a0%');
    expect(formatPercent(92, 'en')).to.equal('92%');
    expect(formatPercent(92.5, 'fr')).to.equal('92,5\u00a0%');
    expect(formatPercent(92.5, 'en')).to.equal('92.5%');
    expect(formatPercent(100, 'fr')).to.equal('100\u00a0%');
    expect(formatPercent(0, 'en')).to.equal('0%');
  });
  it('keeps one decimal at most', () => {
    expect(formatPercent(66.6666, 'fr')).to.equal('66,7\u00a0%');
    expect(formatPercent(57.3, 'en')).to.equal('57.3%');
  });
});

describe('plural', () => {
  it('French: 0 and 1 are singular', () => {
    expect(plural(0, 'fr', 'formation', 'formations')).to.equal('0\u00a0formation');
    expect(plural(1, 'fr', 'formation', 'formations')).to.equal('1\u00a0formation');
    expect(plural(1.5, 'fr', 'jour', 'jours')).to.equal('1,5\u00a0jour');
    expect(plural(2, 'fr', 'formation', 'formations')).to.equal('2\u00a0formations');
    expect(plural(2500, 'fr', 'membre', 'membres')).to.equal('2\u202f500\u00a0membres');
  });
  it('English: only 1 is singular', () => {
    expect(plural(0, 'en', 'training', 'trainings')).to.equal('0\u00a0trainings');
    expect(plural(1, 'en', 'training', 'trainings')).to.equal('1\u00a0training');
    expect(plural(1.5, 'en', 'day', 'days')).to.equal('1.5\u00a0days');
    expect(plural(2, 'en', 'training', 'trainings')).to.equal('2\u00a0trainings');
  });
});
