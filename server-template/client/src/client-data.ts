/** The client's fields as GTM passes them in `data` (see definition.ts). */
export interface ClientData {
  path?: unknown; allowedOrigins?: unknown; maxEvents?: unknown; maxBodyBytes?: unknown; sharedSecret?: unknown;
  setClickIdCookie?: unknown; cookieMaxAgeDays?: unknown; cookieDomain?: unknown;
}
