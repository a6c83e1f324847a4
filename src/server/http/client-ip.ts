/**
 * The client's address, as far as it can be trusted (ASVS 5.0 V4): the TCP peer, unless that peer
 * is one of the reverse proxies listed in TRUSTED_PROXIES — then the right-most address of
 * X-Forwarded-For that is not itself a trusted proxy. A client can write anything in
 * X-Forwarded-For; only what our own proxies appended counts. Used by the web server
 * (scripts/serve.ts), which then hands the application this one resolved address.
 */
import net from "node:net";

/** Longest address stored (an IPv6 address with zone id fits; anything longer is not an address). */
export const MAX_ADDRESS_LENGTH = 64;

export type TrustedProxies = { readonly check: (address: string) => boolean; readonly spec: string };

/** "::ffff:10.0.0.1" → "10.0.0.1"; strips brackets and ports; null when not an IP address. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  if (a.startsWith("[")) a = a.slice(1, a.indexOf("]") > 0 ? a.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.toLowerCase().startsWith("::ffff:") && net.isIPv4(a.slice(7))) a = a.slice(7);
  if (a.length > MAX_ADDRESS_LENGTH || net.isIP(a) === 0) return null;
  return a.toLowerCase();
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("10.0.0.0/8, 192.168.1.7, ::1"),
 * or "loopback" for 127.0.0.0/8 and ::1. Empty (the default): no proxy is trusted.
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (spec ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [addr, bits] = entry.split("/");
    const a = normalizeAddress(addr);
    if (!a) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    const type = net.isIPv4(a) ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(a, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (type === "ipv4" ? 32 : 128)) {
        throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      }
      list.addSubnet(a, prefix, type);
    }
  }
  return {
    spec: entries.join(","),
    check: (address) => {
      const a = normalizeAddress(address);
      return a !== null && entries.length > 0 && list.check(a, net.isIPv4(a) ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client address for a request that reached us from `peer` with the given X-Forwarded-For.
 * Walks from the peer leftwards through X-Forwarded-For while the hop is a trusted proxy.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peerAddress = normalizeAddress(peer) ?? "unknown";
  if (!trusted.check(peerAddress)) return peerAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "";
  const hops = header.split(",").map((h) => h.trim()).filter(Boolean);
  let client = peerAddress;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A malformed hop written by someone before our proxies: the last good one is the client.
    if (hop === null) break;
    client = hop;
    if (!trusted.check(hop)) break;
  }
  return client;
}
