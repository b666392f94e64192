import { MUNICIPALITY_CODES, MunicipalityCode } from '@knooppunt/domain';
import { REGION_TRAVEL, TravelTable, estimateTravel, REGION_PLACES } from './travel';

describe(TravelTable.name, () => {
  it('should cover the six municipalities, symmetric, 15 minutes within one', () => {
    expect([...REGION_TRAVEL.codes].sort()).toEqual([...MUNICIPALITY_CODES].sort());
    for (const a of MUNICIPALITY_CODES) {
      expect(REGION_TRAVEL.minutes(a, a)).toBe(15);
      for (const b of MUNICIPALITY_CODES)
        expect(REGION_TRAVEL.minutes(a, b)).toBe(REGION_TRAVEL.minutes(b, a));
    }
  });

  it('should make rail-connected towns quicker to reach than bus-only ones at a similar distance', () => {
    // Amstelveen–Ouder-Amstel (metro both ends) vs Aalsmeer–Uithoorn (bus at one end).
    expect(REGION_TRAVEL.minutes(MunicipalityCode.AMSTELVEEN, MunicipalityCode.OUDER_AMSTEL)).toBe(
      15,
    );
    expect(REGION_TRAVEL.minutes(MunicipalityCode.AALSMEER, MunicipalityCode.UITHOORN)).toBe(30);
    expect(REGION_TRAVEL.minutes(MunicipalityCode.AALSMEER, MunicipalityCode.DIEMEN)).toBe(63);
    expect(REGION_TRAVEL.minutes(MunicipalityCode.AALSMEER, 'GM9999')).toBeNull();
  });

  it('should estimate bike time and distance', () => {
    const trip = estimateTravel(
      REGION_PLACES[MunicipalityCode.AMSTELVEEN],
      REGION_PLACES[MunicipalityCode.DIEMEN],
    );
    expect(trip.distanceKm).toBeGreaterThan(9);
    expect(trip.distanceKm).toBeLessThan(12);
    expect(trip.bikeMinutes).toBe(Math.round((trip.distanceKm / 15) * 60));
  });
});
