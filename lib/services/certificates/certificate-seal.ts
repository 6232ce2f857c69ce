import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The seal image an authority has configured, or null: `CERTIFICATE_SEAL_<code>` (the province
 * code, or MIIT for the ministry) names a PNG or JPEG file, else `<code>.png` in
 * `CERTIFICATE_SEAL_DIR`. Optional: without one the certificate prints no seal. A file that is
 * not a PNG or JPEG is ignored rather than failing every certificate of that authority.
 */
export function certificateSeal(authorityCode: string | null, env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const key = authorityCode ?? "MIIT";
  const candidates = [env[`CERTIFICATE_SEAL_${key}`], env.CERTIFICATE_SEAL_DIR ? path.join(env.CERTIFICATE_SEAL_DIR, `${key}.png`) : undefined];
  for (const file of candidates) {
    if (!file || !existsSync(file)) continue;
    const bytes = readFileSync(file);
    if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) return bytes;
  }
  return null;
}
