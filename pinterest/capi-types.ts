/**
 * The Conversions API request, as Pinterest's OpenAPI description defines it (ConversionEvents,
 * https://developers.pinterest.com/docs/api/v5/events-create). schemas/conversion-events.schema.json
 * is the same shape for validators.
 */
export interface CapiContent {
  id?: string; item_price?: string; quantity?: number; item_name?: string; item_category?: string; item_brand?: string;
}

export interface CapiCustomData {
  [key: string]: unknown;
  currency?: string; value?: string; content_ids?: string[]; contents?: CapiContent[]; num_items?: number; order_id?: string;
  search_string?: string; content_name?: string; content_category?: string; content_brand?: string; opt_out_type?: string;
}

export interface CapiUserData {
  [key: string]: unknown;
  em?: string[]; ph?: string[]; ge?: string[]; db?: string[]; fn?: string[]; ln?: string[]; ct?: string[]; st?: string[];
  zp?: string[]; country?: string[]; external_id?: string[]; hashed_maids?: string[];
  client_ip_address?: string; client_user_agent?: string; click_id?: string; partner_id?: string;
}

export interface CapiEvent {
  event_name: string; action_source: string; event_time: number; event_id: string;
  event_source_url?: string; opt_out?: boolean; partner_name?: string; language?: string;
  user_data: CapiUserData; custom_data?: CapiCustomData;
}

/** Conversions API response (200): https://developers.pinterest.com/docs/api/v5/events-create */
export interface CapiResponse {
  num_events_received?: number; num_events_processed?: number;
  events?: { status?: string; error_message?: string | null; warning_message?: string | null }[];
}

export const CAPI_ENDPOINT = 'https://api.pinterest.com/v5/ad_accounts/';
