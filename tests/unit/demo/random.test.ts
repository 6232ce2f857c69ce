import { describe, expect, it } from "vitest";
import { createRandom, mixSeed } from "@/lib/demo/random";
import { WeightedTable } from "@/lib/demo/weighted-table";
import { joinPinyin } from "@/lib/demo/pinyin";

describe("createRandom (mulberry32)", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const sequence = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
  });

  it("stays in range and is roughly uniform", () => {
    const random = createRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      if (!(value >= 0 && value < 1)) outOfRange++;
      else buckets[Math.floor(value * 10)]!++;
    }
    expect(outOfRange).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    const ints = new Set(Array.from({ length: 1000 }, () => random.int(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });

  it("mixes seeds so that neighbouring inputs give unrelated seeds", () => {
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, i)));
    expect(seeds.size).toBe(10_000);
  });
});

describe("WeightedTable", () => {
  it("picks in proportion to the weights and skips zero weights", () => {
    const table = new WeightedTable([
      ["a", 1],
      ["b", 0],
      ["c", 3],
    ] as const);
    expect(table.pick(0)).toBe("a");
    expect(table.pick(0.2499)).toBe("a");
    expect(table.pick(0.25)).toBe("c");
    expect(table.pick(0.9999)).toBe("c");
    expect(() => new WeightedTable([["x", 0]])).toThrow();
  });
});

describe("joinPinyin", () => {
  it("capitalises and adds the apostrophe before a, o and e", () => {
    expect(joinPinyin(["rui", "xin"])).toBe("Ruixin");
    expect(joinPinyin(["xi", "an"])).toBe("Xi'an");
    expect(joinPinyin(["hua", "ou", "en"])).toBe("Hua'ou'en");
    expect(joinPinyin(["an", "da"])).toBe("Anda");
  });
});
