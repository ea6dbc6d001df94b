/** The Conversions API tag's fields as GTM passes them in `data` (names are a public contract: see definition.ts). */
export interface ServerTagData {
  adAccountId?: unknown; accessToken?: unknown; testMode?: unknown;
  eventNameSource?: unknown; eventNameStandard?: unknown; customEventName?: unknown; eventNameMapping?: unknown; advertiserEventNames?: unknown; unknownEvents?: unknown;
  partnerName?: unknown; userDataOverrides?: unknown; customDataOverrides?: unknown; defaultCurrency?: unknown; defaultCountry?: unknown;
  consentMode?: unknown;
  logMode?: unknown; bigQueryLogging?: unknown; bigQueryProjectId?: unknown; bigQueryDatasetId?: unknown; bigQueryTableId?: unknown;
  maxRetries?: unknown; timeoutMs?: unknown;
  crossDomain?: unknown; crossDomainDomains?: unknown; crossDomainCollection?: unknown; crossDomainProjectId?: unknown;
  gtmOnSuccess: () => void;
  gtmOnFailure: () => void;
}
