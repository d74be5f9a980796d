import http from "node:http";
import https from "node:https";

/**
 * The address a request came from, for rate limits. X-Forwarded-For is set by whoever sends the request, so it is
 * believed only when the connection itself comes from a proxy listed in SIGHTLINE_TRUSTED_PROXIES (IPs or CIDR
 * ranges). Next.js does not hand route handlers the socket's address, so the server stamps it on every request
 * (PEER_ADDRESS_HEADER, overwriting anything a client sent) and the chain below is built from that.
 */
export const PEER_ADDRESS_HEADER = "x-sightline-peer-address";
/** What better-auth reads (advanced.ipAddress.ipAddressHeaders); it walks it from the right past trusted proxies. */
export const CLIENT_ADDRESS_CHAIN_HEADER = "x-sightline-client-address-chain";

export function trustedProxiesFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.SIGHTLINE_TRUSTED_PROXIES ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}

/**
 * The forwarding chain ending with the connection's own address. Without trusted proxies it is just that address
 * (a client's X-Forwarded-For is ignored); with them, better-auth skips trusted hops from the right, so a value a
 * client wrote is reached only through a trusted proxy.
 */
export function clientAddressChain(headers: Headers, trustedProxies: readonly string[]): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return null;
  const forwarded = headers.get("x-forwarded-for")?.trim();
  return trustedProxies.length > 0 && forwarded ? `${forwarded}, ${peer}` : peer;
}

/** A copy of the headers carrying only the chain this server worked out (a client-sent chain header is dropped). */
export function withClientAddressChain(headers: Headers, trustedProxies = trustedProxiesFromEnv()): Headers {
  const copy = new Headers(headers);
  copy.delete(CLIENT_ADDRESS_CHAIN_HEADER);
  const chain = clientAddressChain(headers, trustedProxies);
  if (chain) copy.set(CLIENT_ADDRESS_CHAIN_HEADER, chain);
  return copy;
}

const stamped = Symbol.for("sightline.peerAddressStamp");

/**
 * Wraps the Node HTTP servers' "request" event so each request carries its socket's address in PEER_ADDRESS_HEADER
 * before Next.js reads the headers. Called once at server start (instrumentation.ts).
 */
export function stampPeerAddresses(): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as http.Server & { [stamped]?: boolean };
    if (proto[stamped]) continue;
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
    } as typeof proto.emit;
    proto[stamped] = true;
  }
}
