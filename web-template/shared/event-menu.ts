/** The Event menu the tag and the Event ID variable share, so both resolve an event the same way. Pure: definitions import it. */
import type { Item } from '../../build/definition';
import { TAG_EVENTS } from '../../pinterest/events';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY } from './constants';

const STANDARD_EVENT_LABELS: Record<string, string> = {
  pagevisit: 'Page Visit', viewcategory: 'View Category', search: 'Search', addtocart: 'Add to Cart', checkout: 'Checkout (purchase)',
  signup: 'Sign Up', lead: 'Lead', watchvideo: 'Watch Video', custom: 'Custom (legacy)', addpaymentinfo: 'Add Payment Info',
  addtowishlist: 'Add to Wishlist', initiatecheckout: 'Initiate Checkout', subscribe: 'Subscribe', viewcontent: 'View Content',
  contact: 'Contact', customizeproduct: 'Customize Product', findlocation: 'Find Location', schedule: 'Schedule',
  starttrial: 'Start Trial', submitapplication: 'Submit Application',
};

export const eventItems: Item[] = [
  { value: BASE_CODE_ONLY, displayValue: 'Base code only (load and page)' },
  { value: AUTO, displayValue: 'Automatic: from the GA4 dataLayer event' },
  ...TAG_EVENTS.map((name) => ({ value: name, displayValue: STANDARD_EVENT_LABELS[name] ?? name })),
  { value: ADVERTISER_DEFINED, displayValue: 'Custom event name…' },
];

