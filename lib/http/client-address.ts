import { BlockList, isIP } from "node:net";

/**
 * Who is asking, for every per-client limit (sign-in, sign-up, objections). X-Forwarded-For is
 * written by whoever sends the request: only the entries that proxies we trust appended can be
 * believed, so the client is the rightmost entry of socket-plus-chain that no trusted proxy
 * stands for. With nothing configured (the default) that is the socket's own peer, and no
 * header the client sends changes it. docs/decisions/010 (threat model) and README.
 *
 * TRUSTED_PROXY_HOPS: how many proxies in front of the portal append to X-Forwarded-For (nginx
 * with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` is one).
 * TRUSTED_PROXIES: comma-separated addresses or CIDRs of proxies trusted wherever they appear.
 */

/** Set by server.ts from the socket; any value a client sends under this name is overwritten. */
export const CLIENT_ADDRESS_HEADER = "x-sme-client-address";
/** server.ts sets this in its own process so that the header above is believed only behind it. */
export const CLIENT_ADDRESS_FROM_SERVER_ENV = "SME_SERVER_SETS_CLIENT_ADDRESS";
/** The key used when no address can be known: everyone without one shares a single bucket. */
export const UNKNOWN_CLIENT = "unknown";

export interface ProxyTrust {
  hops: number;
  proxies: BlockList | null;
}

/** "::ffff:1.2.3.4" and "1.2.3.4:5678" are 1.2.3.4; "[::1]:80" is ::1; anything else that is not an address is null. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const family = isIP(value);
  if (family === 0) return null;
  return family === 6 ? value.toLowerCase() : value;
}

export function parseProxyTrust(hops: string | undefined, proxies: string | undefined): ProxyTrust {
  const count = Number(hops ?? 0);
  if (!Number.isInteger(count) || count < 0) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number ≥ 0, not "${hops}"`);
  const entries = (proxies ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { hops: count, proxies: null };
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const normalised = normaliseAddress(address);
    const family = normalised ? (isIP(normalised) === 6 ? "ipv6" : "ipv4") : null;
    const bits = prefix === undefined ? (family === "ipv6" ? 128 : 32) : Number(prefix);
    if (!normalised || !family || !Number.isInteger(bits) || bits < 0 || bits > (family === "ipv6" ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
    }
    list.addSubnet(normalised, bits, family);
  }
  return { hops: count, proxies: list };
}

let cached: { key: string; trust: ProxyTrust } | undefined;
export function proxyTrustFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): ProxyTrust {
  const key = `${env.TRUSTED_PROXY_HOPS ?? ""}|${env.TRUSTED_PROXIES ?? ""}`;
  if (cached?.key !== key) cached = { key, trust: parseProxyTrust(env.TRUSTED_PROXY_HOPS, env.TRUSTED_PROXIES) };
  return cached.trust;
}

function trustedProxy(address: string | null, trust: ProxyTrust): boolean {
  if (!address || !trust.proxies) return false;
  return trust.proxies.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client for a request that reached us from `socketAddress` with these X-Forwarded-For
 * headers: walking from the socket leftwards, skip the first `hops` entries and any trusted
 * proxy; the first other entry is the client. A chain shorter than the trusted hops ends at its
 * leftmost entry. An entry that is not an address gives UNKNOWN_CLIENT, never the raw text.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | readonly string[] | undefined, trust: ProxyTrust): string {
  const forwarded = (typeof forwardedFor === "string" ? [forwardedFor] : (forwardedFor ?? []))
    .flatMap((header) => header.split(","))
    .map((e) => e.trim())
    .filter(Boolean);
  const chain: (string | null)[] = [...forwarded.map(normaliseAddress), socketAddress ? normaliseAddress(socketAddress) : null];
  for (let i = chain.length - 1, fromRight = 0; i >= 0; i--, fromRight++) {
    const address = chain[i] ?? null;
    if (i === 0 || (fromRight >= trust.hops && !trustedProxy(address, trust))) return address ?? UNKNOWN_CLIENT;
  }
  return UNKNOWN_CLIENT;
}

type HeaderSource = Headers | Record<string, unknown> | undefined;
function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

/**
 * The client address inside the app (route handlers, server actions, next-auth's authorize):
 * the one server.ts wrote from the socket. Without server.ts in front (`next start`, `next dev`)
 * there is no socket to read, so the chain is read with an unknown socket: with no trusted
 * proxies that is UNKNOWN_CLIENT for everyone, never a value the client chose.
 */
export function clientAddressOf(headers: HeaderSource, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env[CLIENT_ADDRESS_FROM_SERVER_ENV] === "1") return header(headers, CLIENT_ADDRESS_HEADER) || UNKNOWN_CLIENT;
  return resolveClientAddress(undefined, header(headers, "x-forwarded-for"), proxyTrustFromEnv(env));
}
