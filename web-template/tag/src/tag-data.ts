/** The tag's fields as GTM passes them in `data` (names are a public contract: see definition.ts). */
export interface TagData {
  tagId?: unknown; eventName?: unknown; customEventName?: unknown; eventId?: unknown;
  readEcommerce?: unknown; value?: unknown; currency?: unknown; orderId?: unknown; orderQuantity?: unknown;
  promoCode?: unknown; searchQuery?: unknown; leadType?: unknown; videoTitle?: unknown; customProperties?: unknown;
  email?: unknown; externalId?: unknown;
  consentMode?: unknown; limitedDataProcessing?: unknown; ldpState?: unknown; ldpCountry?: unknown;
  serverUrl?: unknown; sendPageView?: unknown; defaultCurrency?: unknown;
  gtmOnSuccess: () => void;
  gtmOnFailure: () => void;
}
