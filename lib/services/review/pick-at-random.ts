import { randomInt } from "node:crypto";

/** A uniformly random index in [0, bound), from the operating system's cryptographic source. */
export type RandomIndex = (bound: number) => number;
export const cryptoRandomIndex: RandomIndex = (bound) => randomInt(bound);

/**
 * `count` distinct items chosen uniformly at random (a partial Fisher–Yates shuffle), or all of
 * them in random order when there are fewer. Assignments that officials could predict or steer
 * would defeat a blind review, hence the cryptographic source by default.
 */
export function pickAtRandom<T>(items: readonly T[], count: number, randomIndex: RandomIndex = cryptoRandomIndex): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const index = randomIndex(pool.length);
    picked.push(pool[index]!);
    pool[index] = pool[pool.length - 1]!;
    pool.pop();
  }
  return picked;
}
