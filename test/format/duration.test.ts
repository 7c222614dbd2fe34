import { expect } from '@open-wc/testing';
import { formatDuration } from '../../src/format/index.js';

// Numbers and their words are joined by a no-break space (U+00A0).

describe('formatDuration', () => {
  it('days', () => {
    expect(formatDuration({ jours: 2 }, 'fr')).to.equal('2\u00a0jours');
    expect(formatDuration({ jours: 1 }, 'fr')).to.equal('1\u00a0jour');
    expect(formatDuration({ jours: 2 }, 'en')).to.equal('2\u00a0days');
    expect(formatDuration({ jours: 1 }, 'en')).to.equal('1\u00a0day');
  });
  it('half a day and fractional days', () => {
    expect(formatDuration({ jours: 0.5 }, 'fr')).to.equal('une demi-journée');
    expect(formatDuration({ jours: 0.5 }, 'en')).to.equal('half a day');
    expect(formatDuration({ jours: 1.5 }, 'fr')).to.equal('1,5\u00a0jour');
    expect(formatDuration({ jours: 2.5 }, 'fr')).to.equal('2,5\u00a0jours');
    expect(formatDuration({ jours: 1.5 }, 'en')).to.equal('1.5\u00a0days');
  });
  it('whole hours', () => {
    expect(formatDuration({ heures: 14 }, 'fr')).to.equal('14\u00a0heures');
    expect(formatDuration({ heures: 7 }, 'fr')).to.equal('7\u00a0heures');
    expect(formatDuration({ heures: 1 }, 'fr')).to.equal('1\u00a0heure');
    expect(formatDuration({ heures: 14 }, 'en')).to.equal('14\u00a0hours');
    expect(formatDuration({ heures: 1 }, 'en')).to.equal('1\u00a0hour');
  });
  it('fractional hours', () => {
    expect(formatDuration({ heures: 1.5 }, 'fr')).to.equal('1\u00a0h\u00a030');
    expect(formatDuration({ heures: 3.5 }, 'fr')).to.equal('3\u00a0h\u00a030');
    expect(formatDuration({ heures: 3.25 }, 'fr')).to.equal('3\u00a0h\u00a015');
    expect(formatDuration({ heures: 1 + 1 / 12 }, 'fr')).to.equal('1\u00a0h\u00a005');
    expect(formatDuration({ heures: 1.5 }, 'en')).to.equal('1.5\u00a0hours');
    expect(formatDuration({ heures: 3.25 }, 'en')).to.equal('3.25\u00a0hours');
    expect(formatDuration({ heures: 1 + 1 / 3 }, 'en')).to.equal('1.33\u00a0hours');
  });
  it('under one hour', () => {
    expect(formatDuration({ heures: 0.5 }, 'fr')).to.equal('30\u00a0minutes');
    expect(formatDuration({ heures: 0.5 }, 'en')).to.equal('30\u00a0minutes');
    expect(formatDuration({ heures: 1 / 60 }, 'en')).to.equal('1\u00a0minute');
  });
  it('hours that round to a whole hour', () => {
    expect(formatDuration({ heures: 6.999 }, 'fr')).to.equal('7\u00a0heures');
  });
  it('days and hours', () => {
    expect(formatDuration({ jours: 2, heures: 14 }, 'fr')).to.equal('2\u00a0jours (14\u00a0heures)');
    expect(formatDuration({ jours: 2, heures: 14 }, 'en')).to.equal('2\u00a0days (14\u00a0hours)');
    expect(formatDuration({ jours: 0.5, heures: 3.5 }, 'fr')).to.equal('une demi-journée (3\u00a0h\u00a030)');
    expect(formatDuration({ jours: 0.5, heures: 3.5 }, 'en')).to.equal('half a day (3.5\u00a0hours)');
  });
  it('leaves out missing, zero, negative and non-finite parts', () => {
    expect(formatDuration({}, 'fr')).to.equal('');
    expect(formatDuration({ jours: 0 }, 'en')).to.equal('');
    expect(formatDuration({ jours: 2, heures: 0 }, 'fr')).to.equal('2\u00a0jours');
    expect(formatDuration({ jours: -1, heures: 7 }, 'fr')).to.equal('7\u00a0heures');
    expect(formatDuration({ jours: NaN, heures: Infinity }, 'en')).to.equal('');
  });
});
