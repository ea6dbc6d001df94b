/** Builders for what the web tag forwards to the server container (docs/event-protocol.md). */
export const HASHED_EMAIL = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';

export function forwardedEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_name: 'lead', event_id: `lead-${Math.random().toString(36).slice(2, 10)}`, event_time: Date.now(),
    page_location: 'https://shop.example/contact', custom_data: {}, user_data: { em: [HASHED_EMAIL] }, ...overrides,
  };
}

/** The pixel request the web tag sends (GET /pinterest/events?v=1&e=<json>). */
export function sendForwarded(serverContainer: string, event: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${serverContainer}/pinterest/events?v=1&e=${encodeURIComponent(JSON.stringify(event))}`, { headers: { 'user-agent': 'Mozilla/5.0 (demo test)', ...headers } });
}
