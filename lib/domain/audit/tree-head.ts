import type { Hash } from "./merkle";

export interface TreeHead {
  size: number;
  root: Hash;
  /** When the sequencer signed it. */
  timestamp: Date;
}

/**
 * What a tree head's signature covers: RFC 6962 §3.5's TreeHeadSignature structure — version
 * v1 (0), signature type tree_hash (1), timestamp in milliseconds and tree size as big-endian
 * uint64, then the 32-byte root — so the heads can be checked with any CT tooling's parser.
 */
export function treeHeadBytes(head: TreeHead): Uint8Array {
  if (!Number.isSafeInteger(head.size) || head.size < 0) throw new RangeError(`bad tree size ${head.size}`);
  if (head.root.length !== 32) throw new RangeError("a tree head's root is 32 bytes");
  const bytes = new Uint8Array(2 + 8 + 8 + 32);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 0);
  view.setUint8(1, 1);
  view.setBigUint64(2, BigInt(head.timestamp.getTime()));
  view.setBigUint64(10, BigInt(head.size));
  bytes.set(head.root, 18);
  return bytes;
}
