/**
 * The server container's front end in the demo. Cloud Run's front end appends the address each request
 * came from to X-Forwarded-For, where the Pinterest client reads it (docs/event-protocol.md, "Client
 * address"); the demo's visitors come from 127.0.0.1, which is no visitor's address on the internet, so
 * its front end appends a documentation address (RFC 5737) instead.
 */
import type { ServerContainer } from '../gtm-sandbox/container/server-container';

/** The visitor's address as the server container's front end reports it. */
export const DEMO_VISITOR_IP = '203.0.113.7';

/** The container behind that front end. */
export function behindFrontEnd(container: ServerContainer): ServerContainer {
  return {
    get tagRuns() { return container.tagRuns; },
    get firestore() { return container.firestore; },
    handle: (request) => container.handle({
      ...request, headers: { ...request.headers, 'x-forwarded-for': [request.headers['x-forwarded-for'] ?? [], DEMO_VISITOR_IP].flat().join(', ') },
    }),
  };
}
