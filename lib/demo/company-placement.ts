import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import type { City, Province } from "@/lib/regions/region-types";
import { createRandom, mixSeed } from "./random";
import { PROVINCE_WEIGHTS, cityWeight } from "./region-weights";

/** Where company number `index` is registered, and its number among the companies of its place. */
export interface CompanyPlacement {
  readonly province: Province;
  readonly city: City;
  /** The place part of the company name: the city, or the municipality for its districts. */
  readonly place: { readonly zh: string; readonly en: string };
  /** Identifies the place (by English name, so 台州 and 泰州, both "Taizhou", share one). */
  readonly placeGroup: number;
  /** Distinct for distinct indexes of the same place group: 0, 1, 2 … */
  readonly rankInPlace: number;
}

interface Slot {
  readonly province: Province;
  readonly city: City;
  readonly place: { readonly zh: string; readonly en: string };
  readonly group: number;
  /** This slot's position among the wheel's slots of the same group. */
  readonly position: number;
}

interface Wheel {
  readonly slots: readonly Slot[];
  /** Slots per group. */
  readonly groupSlots: readonly number[];
}

/** About this many slots; every city gets at least one, the rest by weight. */
const WHEEL_SIZE = 4000;

/** The place part of the names of a city's companies: the city, or the municipality for a district. */
export function companyPlace(province: Province, city: City): { readonly zh: string; readonly en: string } {
  return city.municipalDistrict ? { zh: province.shortNameZh, en: province.nameEn } : { zh: city.shortNameZh, en: city.nameEn };
}

function buildWheel(seed: number): Wheel {
  const provinceTotal = CHINA_PROVINCES.reduce((sum, p) => sum + (PROVINCE_WEIGHTS[p.code] ?? 0), 0);
  const groups = new Map<string, number>();
  const slots: Omit<Slot, "position">[] = [];
  for (const province of CHINA_PROVINCES) {
    const share = (PROVINCE_WEIGHTS[province.code] ?? 0) / provinceTotal;
    const cityTotal = province.cities.reduce((sum, c) => sum + cityWeight(c.code), 0);
    for (const city of province.cities) {
      const place = companyPlace(province, city);
      const key = place.en.toLowerCase();
      if (!groups.has(key)) groups.set(key, groups.size);
      const count = Math.max(1, Math.round((WHEEL_SIZE * share * cityWeight(city.code)) / cityTotal));
      for (let i = 0; i < count; i++) slots.push({ province, city, place, group: groups.get(key)! });
    }
  }
  const random = createRandom(mixSeed(seed, 0x57eed));
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const groupSlots: number[] = new Array<number>(groups.size).fill(0);
  const positioned = slots.map((slot) => ({ ...slot, position: groupSlots[slot.group]!++ }));
  return { slots: positioned, groupSlots };
}

const wheels = new Map<number, Wheel>();

function wheelFor(seed: number): Wheel {
  let wheel = wheels.get(seed);
  if (!wheel) {
    wheel = buildWheel(seed);
    if (wheels.size > 16) wheels.clear();
    wheels.set(seed, wheel);
  }
  return wheel;
}

/**
 * Places company number `index`: indexes run round a seed-shuffled wheel in which each city
 * holds slots in proportion to its province's and its own weight, so every stretch of a few
 * thousand indexes covers every listed city, and a company's rank within its place is
 * computed directly, without counting the indexes before it.
 */
export function placeCompany(index: number, seed: number): CompanyPlacement {
  const wheel = wheelFor(seed >>> 0);
  const turn = Math.floor(index / wheel.slots.length);
  const slot = wheel.slots[index % wheel.slots.length]!;
  return {
    province: slot.province,
    city: slot.city,
    place: slot.place,
    placeGroup: slot.group,
    rankInPlace: turn * wheel.groupSlots[slot.group]! + slot.position,
  };
}
