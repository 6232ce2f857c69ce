/** A fresh CSP nonce: 128 random bits (a UUID's), base64 as the CSP grammar allows. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
