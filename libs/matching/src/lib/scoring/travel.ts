import { MunicipalityCode, TransitMode } from '@knooppunt/domain';

/** Where a municipality is and which public transport serves it (product.md §4). */
export interface Place {
  /** Centre, approximate (degrees). */
  lat: number;
  lon: number;
  /** Rail, metro, tram or bus; an empty list means bus only. */
  transit: readonly TransitMode[];
}

/** The six Amstelland-Meerlanden municipalities, by CBS code (product.md §4). */
export const REGION_PLACES: Readonly<Record<string, Place>> = {
  [MunicipalityCode.AALSMEER]: { lat: 52.264, lon: 4.762, transit: [TransitMode.BUS] },
  [MunicipalityCode.AMSTELVEEN]: {
    lat: 52.303,
    lon: 4.863,
    transit: [TransitMode.TRAM, TransitMode.METRO, TransitMode.BUS],
  },
  [MunicipalityCode.DIEMEN]: {
    lat: 52.339,
    lon: 4.963,
    transit: [TransitMode.METRO, TransitMode.TRAIN, TransitMode.BUS],
  },
  [MunicipalityCode.HAARLEMMERMEER]: {
    lat: 52.303,
    lon: 4.689,
    transit: [TransitMode.INTERCITY, TransitMode.TRAIN, TransitMode.BUS],
  },
  [MunicipalityCode.OUDER_AMSTEL]: {
    lat: 52.296,
    lon: 4.909,
    transit: [TransitMode.INTERCITY, TransitMode.METRO, TransitMode.BUS],
  },
  [MunicipalityCode.UITHOORN]: {
    lat: 52.238,
    lon: 4.826,
    transit: [TransitMode.TRAM, TransitMode.BUS],
  },
};

/**
 * The travel model, a documented estimate (not a journey planner):
 *
 * - distance = great-circle distance between the centres × 1.3 (roads and tracks are not
 *   straight);
 * - public transport minutes = access(A) + access(B) + distance / speed, where access is the
 *   walk and wait at each end by the best mode there (intercity 4, train 5, metro 5, tram 6,
 *   bus 8 minutes) and the speed is 40 km/h when both ends have rail, metro or tram and
 *   25 km/h when a bus is needed;
 * - within one municipality: 15 minutes;
 * - cycling minutes = distance / 15 km/h (shown, not scored).
 */
export const TRAVEL_MODEL = {
  detourFactor: 1.3,
  sameMunicipalityMinutes: 15,
  railSpeedKmh: 40,
  busSpeedKmh: 25,
  bikeSpeedKmh: 15,
  accessMinutes: {
    [TransitMode.INTERCITY]: 4,
    [TransitMode.TRAIN]: 5,
    [TransitMode.METRO]: 5,
    [TransitMode.TRAM]: 6,
    [TransitMode.BUS]: 8,
  } as Readonly<Record<TransitMode, number>>,
} as const;

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function access(place: Place): number {
  const modes = place.transit.length ? place.transit : [TransitMode.BUS];
  return Math.min(...modes.map((mode) => TRAVEL_MODEL.accessMinutes[mode]));
}

function hasRail(place: Place): boolean {
  return place.transit.some((mode) => mode !== TransitMode.BUS);
}

export interface TravelEstimate {
  /** By public transport, whole minutes. */
  publicTransportMinutes: number;
  /** By bike, whole minutes. */
  bikeMinutes: number;
  /** Road distance estimate, km (one decimal). */
  distanceKm: number;
}

/** Travel between two places by the model above. */
export function estimateTravel(a: Place, b: Place, same = false): TravelEstimate {
  if (same) {
    return {
      publicTransportMinutes: TRAVEL_MODEL.sameMunicipalityMinutes,
      bikeMinutes: 15,
      distanceKm: 3,
    };
  }
  const km = distanceKm(a, b) * TRAVEL_MODEL.detourFactor;
  const speed = hasRail(a) && hasRail(b) ? TRAVEL_MODEL.railSpeedKmh : TRAVEL_MODEL.busSpeedKmh;
  return {
    publicTransportMinutes: Math.round(access(a) + access(b) + (km / speed) * 60),
    bikeMinutes: Math.round((km / TRAVEL_MODEL.bikeSpeedKmh) * 60),
    distanceKm: Math.round(km * 10) / 10,
  };
}

/**
 * A travel table over a set of places, computed once: `minutes(a, b)` by public transport, or
 * null when a code is unknown.
 */
export class TravelTable {
  readonly codes: readonly string[];
  private readonly index = new Map<string, number>();
  private readonly table: Float64Array;
  private readonly estimates: TravelEstimate[];

  constructor(places: Readonly<Record<string, Place>> = REGION_PLACES) {
    this.codes = Object.keys(places).sort();
    this.codes.forEach((code, i) => this.index.set(code, i));
    const n = this.codes.length;
    this.table = new Float64Array(n * n);
    this.estimates = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const estimate = estimateTravel(places[this.codes[i]], places[this.codes[j]], i === j);
        this.estimates.push(estimate);
        this.table[i * n + j] = estimate.publicTransportMinutes;
      }
    }
  }

  /** Index of a code in the table, or −1. */
  indexOf(code: string | undefined): number {
    return code === undefined ? -1 : (this.index.get(code) ?? -1);
  }

  /** Public transport minutes between two table indices. */
  minutesAt(a: number, b: number): number {
    return this.table[a * this.codes.length + b];
  }

  minutes(a: string, b: string): number | null {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    return i < 0 || j < 0 ? null : this.minutesAt(i, j);
  }

  /** The full estimate between two table indices. */
  estimateAt(a: number, b: number): TravelEstimate {
    return this.estimates[a * this.codes.length + b];
  }

  estimate(a: string, b: string): TravelEstimate | null {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    return i < 0 || j < 0 ? null : this.estimates[i * this.codes.length + j];
  }
}

/** The region's table, shared. */
export const REGION_TRAVEL = new TravelTable();
