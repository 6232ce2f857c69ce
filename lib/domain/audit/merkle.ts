import { createHash } from "node:crypto";

/**
 * The Merkle tree of a transparency log, exactly as RFC 6962 §2.1 / RFC 9162 §2.1 define it, so
 * that any independent implementation can check our tree heads and proofs: a leaf's hash is
 * SHA-256(0x00 || entry), an inner node's SHA-256(0x01 || left || right) (the prefixes stop a
 * leaf from passing for a node), and a tree of n leaves splits at the largest power of two below
 * n — so a tree grows by appending without any earlier node changing.
 */
export type Hash = Uint8Array;

export function leafHash(entry: Uint8Array): Hash {
  return createHash("sha256").update(Uint8Array.of(0)).update(entry).digest();
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash("sha256").update(Uint8Array.of(1)).update(left).update(right).digest();
}

/** MTH({}) = SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = createHash("sha256").digest();

/** The largest power of two strictly less than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A tree over leaf hashes that keeps every complete, aligned subtree's hash (level j holds the
 * roots of the 2^j-leaf blocks), so any range's MTH, audit path or consistency proof costs
 * O(log n) after one O(n) build — the verifier checks thousands of tree heads against one tree.
 */
export class MerkleTree {
  private readonly levels: Hash[][];

  constructor(leaves: readonly Hash[]) {
    this.levels = [[...leaves]];
    for (let level = this.levels[0]!; level.length > 1;) {
      const up: Hash[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) up.push(nodeHash(level[i]!, level[i + 1]!));
      this.levels.push(up);
      level = up;
    }
  }

  get size(): number {
    return this.levels[0]!.length;
  }

  /** MTH(D[start:end]). */
  range(start: number, end: number): Hash {
    const n = end - start;
    if (n === 0) return EMPTY_ROOT;
    // A complete block starting on its own boundary is stored.
    if ((n & (n - 1)) === 0 && start % n === 0) return this.levels[Math.log2(n)]![start / n]!;
    const k = splitPoint(n);
    return nodeHash(this.range(start, start + k), this.range(start + k, end));
  }

  root(size = this.size): Hash {
    if (size > this.size) throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
    return this.range(0, size);
  }

  /** PATH(m, D[0:n]) of RFC 6962 §2.1.1: the audit path of leaf m, leaf side first. */
  inclusionPath(index: number, size = this.size): Hash[] {
    if (!Number.isInteger(index) || index < 0 || index >= size || size > this.size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    const path: Hash[] = [];
    const walk = (m: number, start: number, end: number) => {
      const n = end - start;
      if (n <= 1) return;
      const k = splitPoint(n);
      if (m < k) {
        walk(m, start, start + k);
        path.push(this.range(start + k, end));
      } else {
        walk(m - k, start + k, end);
        path.push(this.range(start, start + k));
      }
    };
    walk(index, 0, size);
    return path;
  }

  /** PROOF(m, D[0:n]) of RFC 6962 §2.1.2: that the tree of size m is a prefix of the tree of size n. */
  consistencyProof(oldSize: number, newSize = this.size): Hash[] {
    if (!Number.isInteger(oldSize) || oldSize < 0 || oldSize > newSize || newSize > this.size)
      throw new RangeError(`no consistency proof from ${oldSize} to ${newSize}`);
    if (oldSize === 0 || oldSize === newSize) return [];
    const proof: Hash[] = [];
    const sub = (m: number, start: number, end: number, complete: boolean) => {
      const n = end - start;
      if (m === n) {
        if (!complete) proof.push(this.range(start, end));
        return;
      }
      const k = splitPoint(n);
      if (m <= k) {
        sub(m, start, start + k, complete);
        proof.push(this.range(start + k, end));
      } else {
        sub(m - k, start + k, end, false);
        proof.push(this.range(start, start + k));
      }
    };
    sub(oldSize, 0, newSize, true);
    return proof;
  }
}

export const treeRoot = (leaves: readonly Hash[], size = leaves.length): Hash => new MerkleTree(leaves.slice(0, size)).root();
export const inclusionPath = (leaves: readonly Hash[], index: number, size = leaves.length): Hash[] => new MerkleTree(leaves).inclusionPath(index, size);
export const consistencyProof = (leaves: readonly Hash[], oldSize: number, newSize = leaves.length): Hash[] =>
  new MerkleTree(leaves).consistencyProof(oldSize, newSize);

export function sameHash(a: Hash, b: Hash): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * RFC 9162 §2.1.3.2: recomputes the root from a leaf hash and its audit path. Pure and
 * self-contained, so a reader can check an entry against a signed tree head without the database.
 */
export function rootFromInclusion(index: number, size: number, leaf: Hash, path: readonly Hash[]): Hash | null {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

export function verifyInclusion(args: { index: number; size: number; leafHash: Hash; path: readonly Hash[]; root: Hash }): boolean {
  const computed = rootFromInclusion(args.index, args.size, args.leafHash, args.path);
  return computed !== null && sameHash(computed, args.root);
}

/** RFC 9162 §2.1.4.2: checks that the tree of oldSize with oldRoot is a prefix of the one of newSize with newRoot. */
export function verifyConsistency(args: { oldSize: number; newSize: number; oldRoot: Hash; newRoot: Hash; proof: readonly Hash[] }): boolean {
  const { oldSize, newSize, oldRoot, newRoot } = args;
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (oldSize === newSize) return args.proof.length === 0 && sameHash(oldRoot, newRoot);
  if (oldSize === 0) return args.proof.length === 0;
  if (args.proof.length === 0) return false;
  // When the old tree is a complete subtree, its root is the proof's implicit first element.
  const isPowerOfTwo = (oldSize & (oldSize - 1)) === 0;
  const proof = isPowerOfTwo ? [oldRoot, ...args.proof] : [...args.proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = proof[0]!;
  let sr = proof[0]!;
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameHash(fr, oldRoot) && sameHash(sr, newRoot);
}

/**
 * The right edge of a tree: the roots of its complete subtrees, largest (leftmost) first — one per
 * set bit of the size. Enough to append leaves and compute the new root without reading any
 * earlier leaf, which is what lets the sequencer's cost not grow with the log.
 */
export type Frontier = Hash[];

export function appendToFrontier(frontier: readonly Hash[], size: number, leaf: Hash): Frontier {
  const next = [...frontier, leaf];
  // Each trailing 1-bit of the old size is a complete subtree that the new leaf completes.
  for (let s = size; s % 2 === 1; s = Math.floor(s / 2)) {
    const right = next.pop()!;
    const left = next.pop()!;
    next.push(nodeHash(left, right));
  }
  return next;
}

export function frontierRoot(frontier: readonly Hash[]): Hash {
  if (frontier.length === 0) return EMPTY_ROOT;
  let root = frontier[frontier.length - 1]!;
  for (let i = frontier.length - 2; i >= 0; i--) root = nodeHash(frontier[i]!, root);
  return root;
}

export const toHex = (hash: Hash): string => Buffer.from(hash).toString("hex");
export const fromHex = (hex: string): Hash => {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a SHA-256 hash in hex: ${hex.slice(0, 80)}`);
  return Buffer.from(hex, "hex");
};
