import { parseSlotStart, toAmsterdamIso } from './amsterdam';

describe('parseSlotStart', () => {
  it('should read Amsterdam wall-clock time in winter and in summer', () => {
    expect(parseSlotStart('2027-01-11T09:00')).toEqual({
      ok: true,
      ms: Date.parse('2027-01-11T08:00:00Z'),
    });
    expect(parseSlotStart('2027-06-14T09:00')).toEqual({
      ok: true,
      ms: Date.parse('2027-06-14T07:00:00Z'),
    });
  });

  it('should refuse a time the spring change skips and take the first of a repeated autumn time', () => {
    expect(parseSlotStart('2027-03-28T02:30')).toEqual({ ok: false, reason: 'skipped' });
    expect(parseSlotStart('2027-03-28T03:00')).toEqual({
      ok: true,
      ms: Date.parse('2027-03-28T01:00:00Z'),
    });
    expect(parseSlotStart('2027-10-31T02:30')).toEqual({
      ok: true,
      ms: Date.parse('2027-10-31T00:30:00Z'),
    });
  });

  it('should take instants with an offset as they are and refuse nonsense', () => {
    expect(parseSlotStart('2027-03-29T09:00:00+02:00')).toEqual({
      ok: true,
      ms: Date.parse('2027-03-29T07:00:00Z'),
    });
    for (const text of ['2027-02-30T09:00', '2027-01-11 09:00', '2027-01-11T25:00', 'morgen']) {
      expect(parseSlotStart(text)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('should show an instant as Amsterdam time with its offset', () => {
    expect(toAmsterdamIso(new Date('2027-03-29T07:00:00Z'))).toBe('2027-03-29T09:00:00+02:00');
    expect(toAmsterdamIso(new Date('2027-01-11T08:00:00Z'))).toBe('2027-01-11T09:00:00+01:00');
  });
});
