/** The client's fields as GTM passes them in `data` (see definition.ts). */
export interface ClientData {
  path?: unknown; allowedOrigins?: unknown; siteHosts?: unknown; maxEvents?: unknown; maxBodyBytes?: unknown; sharedSecret?: unknown;
  trustedProxyHops?: unknown; setClickIdCookie?: unknown; cookieMaxAgeDays?: unknown; cookieDomain?: unknown;
}
