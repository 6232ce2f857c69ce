import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_FROM_SERVER_ENV,
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  normaliseAddress,
  parseProxyTrust,
  resolveClientAddress,
  UNKNOWN_CLIENT,
} from "@/lib/http/client-address";

const none = parseProxyTrust(undefined, undefined);
const oneHop = parseProxyTrust("1", undefined);
const twoHops = parseProxyTrust("2", undefined);
const lan = parseProxyTrust(undefined, "10.0.0.0/8, 192.168.1.1, fd00::/8");

describe("the client address is the rightmost entry no trusted proxy stands for", () => {
  const cases: [string, string | undefined, string | string[] | undefined, ReturnType<typeof parseProxyTrust>, string][] = [
    ["no proxies: the socket, whatever X-Forwarded-For says", "203.0.113.9", "1.1.1.1", none, "203.0.113.9"],
    ["no proxies: a chain of spoofed entries changes nothing", "203.0.113.9", "1.1.1.1, 2.2.2.2, 3.3.3.3", none, "203.0.113.9"],
    ["no proxies and no header: the socket", "203.0.113.9", undefined, none, "203.0.113.9"],
    ["one hop (nginx appends its peer): the rightmost entry", "127.0.0.1", "198.51.100.7", oneHop, "198.51.100.7"],
    ["one hop: entries the client wrote to the left are ignored", "127.0.0.1", "6.6.6.6, 7.7.7.7, 198.51.100.7", oneHop, "198.51.100.7"],
    ["one hop: several headers are one list", "127.0.0.1", ["6.6.6.6", "198.51.100.7"], oneHop, "198.51.100.7"],
    ["two hops: the second entry from the right", "127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2", twoHops, "198.51.100.7"],
    ["one hop but no header: the socket is the leftmost there is", "127.0.0.1", undefined, oneHop, "127.0.0.1"],
    ["two hops, chain shorter: its leftmost entry", "127.0.0.1", "198.51.100.7", twoHops, "198.51.100.7"],
    ["trusted CIDRs: skips proxies on the LAN, stops at the first outside", "10.0.0.5", "6.6.6.6, 198.51.100.7, 192.168.1.1, 10.1.2.3", lan, "198.51.100.7"],
    ["trusted CIDRs: a socket outside them is the client", "203.0.113.9", "198.51.100.7", lan, "203.0.113.9"],
    ["trusted CIDRs, IPv6", "fd00::1", "2001:db8::5", lan, "2001:db8::5"],
    ["an IPv4-mapped socket address is the IPv4 address", "::ffff:203.0.113.9", undefined, none, "203.0.113.9"],
    ["ports are dropped", "127.0.0.1", "198.51.100.7:4711", oneHop, "198.51.100.7"],
    ["bracketed IPv6 with a port", "127.0.0.1", "[2001:DB8::5]:443", oneHop, "2001:db8::5"],
    ["an entry that is not an address is never used as a key", "127.0.0.1", "' OR 1=1 --", oneHop, UNKNOWN_CLIENT],
    ["no socket address and no proxies: unknown", undefined, "1.1.1.1", none, UNKNOWN_CLIENT],
  ];
  for (const [rule, socket, forwarded, trust, expected] of cases) {
    it(rule, () => expect(resolveClientAddress(socket, forwarded, trust)).toBe(expected));
  }
});

describe("configuration", () => {
  it("refuses a hop count that is not a whole number and a proxy that is not an address", () => {
    expect(() => parseProxyTrust("-1", undefined)).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseProxyTrust("one", undefined)).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseProxyTrust(undefined, "10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseProxyTrust(undefined, "proxy.example.cn")).toThrow(/TRUSTED_PROXIES/);
  });

  it("normalises addresses and rejects anything else", () => {
    expect(normaliseAddress(" 1.2.3.4 ")).toBe("1.2.3.4");
    expect(normaliseAddress("unknown")).toBeNull();
    expect(normaliseAddress("1.2.3.999")).toBeNull();
  });
});

describe("inside the app", () => {
  it("behind server.ts, believes only the header server.ts writes", () => {
    const env = { [CLIENT_ADDRESS_FROM_SERVER_ENV]: "1" };
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }), env)).toBe("203.0.113.9");
    expect(clientAddressOf({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }, env)).toBe("203.0.113.9");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "1.1.1.1" }), env)).toBe(UNKNOWN_CLIENT);
  });

  it("without server.ts, a header a client sent under server.ts's name is ignored, and so is X-Forwarded-For without trusted proxies", () => {
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "1.1.1.1", "x-forwarded-for": "2.2.2.2" }), {})).toBe(UNKNOWN_CLIENT);
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "2.2.2.2, 198.51.100.7" }), { TRUSTED_PROXY_HOPS: "1" })).toBe("198.51.100.7");
  });
});
