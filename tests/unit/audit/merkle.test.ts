import { describe, expect, it } from "vitest";
import {
  appendToFrontier,
  consistencyProof,
  EMPTY_ROOT,
  frontierRoot,
  fromHex,
  inclusionPath,
  leafHash,
  MerkleTree,
  nodeHash,
  toHex,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from "@/lib/domain/audit/merkle";

// The certificate-transparency reference vectors (RFC 6962 test data, as in the CT and Trillian
// test suites): eight leaf inputs and the root of each prefix of them.
const INPUTS = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map((h) => Buffer.from(h, "hex"));
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const leaves = INPUTS.map(leafHash);
const hex = (hashes: Hash[]) => hashes.map(toHex);

/** Brute force: every hash a tree of this size could be built from, by the definition alone. */
function naiveRoot(hashes: Hash[]): Hash {
  if (hashes.length === 0) return EMPTY_ROOT;
  if (hashes.length === 1) return hashes[0]!;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return nodeHash(naiveRoot(hashes.slice(0, k)), naiveRoot(hashes.slice(k)));
}

describe("Merkle tree hash (RFC 6962 §2.1)", () => {
  it("gives the reference root for every tree of 1 to 8 leaves, and SHA-256('') for none", () => {
    expect(toHex(EMPTY_ROOT)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (let n = 1; n <= 8; n++) expect(toHex(treeRoot(leaves, n))).toBe(ROOTS[n - 1]);
  });

  it("grows by appending: the frontier gives the same root as the whole tree at every size up to 70", () => {
    const many = Array.from({ length: 70 }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));
    let frontier: Hash[] = [];
    for (let n = 0; n < many.length; n++) {
      expect(toHex(frontierRoot(frontier))).toBe(toHex(naiveRoot(many.slice(0, n))));
      expect(toHex(new MerkleTree(many).root(n))).toBe(toHex(naiveRoot(many.slice(0, n))));
      frontier = appendToFrontier(frontier, n, many[n]!);
      // One stored subtree per set bit of the size.
      expect(frontier).toHaveLength((n + 1).toString(2).replaceAll("0", "").length);
    }
  });
});

describe("inclusion proofs (RFC 6962 §2.1.1, RFC 9162 §2.1.3.2)", () => {
  it("gives the reference audit paths", () => {
    expect(hex(inclusionPath(leaves, 0, 8))).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hex(inclusionPath(leaves, 5, 8))).toEqual([
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
    expect(inclusionPath(leaves, 0, 1)).toEqual([]);
  });

  it("verifies every leaf of every tree of 1 to 8 leaves, and refuses the wrong leaf, index, size or a changed path", () => {
    for (let n = 1; n <= 8; n++) {
      const root = fromHex(ROOTS[n - 1]!);
      for (let m = 0; m < n; m++) {
        const path = inclusionPath(leaves, m, n);
        expect(verifyInclusion({ index: m, size: n, leafHash: leaves[m]!, path, root })).toBe(true);
        for (let other = 0; other < 8; other++) {
          if (other !== m) expect(verifyInclusion({ index: m, size: n, leafHash: leaves[other]!, path, root })).toBe(false);
        }
        for (let wrongIndex = 0; wrongIndex < 9; wrongIndex++) {
          if (wrongIndex !== m) expect(verifyInclusion({ index: wrongIndex, size: n, leafHash: leaves[m]!, path, root })).toBe(false);
        }
        // (A path can fit a larger size of the same shape, e.g. 5 and 6; the size is bound by the signed tree head.)
        if (path.length > 0) {
          const bent = path.map((p, i) => (i === path.length - 1 ? leafHash(Buffer.from("x")) : p));
          expect(verifyInclusion({ index: m, size: n, leafHash: leaves[m]!, path: bent, root })).toBe(false);
          expect(verifyInclusion({ index: m, size: n, leafHash: leaves[m]!, path: [...path, path[0]!], root })).toBe(false);
          expect(verifyInclusion({ index: m, size: n, leafHash: leaves[m]!, path: path.slice(1), root })).toBe(false);
        }
      }
    }
  });
});

describe("consistency proofs (RFC 6962 §2.1.2, RFC 9162 §2.1.4.2)", () => {
  it("gives the reference proofs", () => {
    expect(consistencyProof(leaves, 1, 1)).toEqual([]);
    expect(hex(consistencyProof(leaves, 1, 8))).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hex(consistencyProof(leaves, 6, 8))).toEqual([
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
    expect(hex(consistencyProof(leaves, 2, 5))).toEqual([
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ]);
  });

  it("verifies every pair of sizes 1 ≤ m ≤ n ≤ 8, and refuses a rewritten history or a changed proof", () => {
    const changedAt = (i: number) => leaves.map((l, j) => (j === i ? leafHash(Buffer.from("changed")) : l));
    for (let n = 1; n <= 8; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(leaves, m, n);
        const oldRoot = fromHex(ROOTS[m - 1]!);
        const newRoot = fromHex(ROOTS[n - 1]!);
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot, newRoot, proof })).toBe(true);
        if (m === n) continue;
        // The new tree rewrote an entry the old one held, or the old root is not of these entries.
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot, newRoot: treeRoot(changedAt(m - 1), n), proof })).toBe(false);
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot: treeRoot(changedAt(0), m), newRoot, proof })).toBe(false);
        // The new tree's added entries are bound too.
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot, newRoot: treeRoot(changedAt(n - 1), n), proof })).toBe(false);
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot, newRoot, proof: proof.slice(1) })).toBe(false);
        expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot, newRoot, proof: [...proof, proof[0]!] })).toBe(false);
      }
    }
  });
});
