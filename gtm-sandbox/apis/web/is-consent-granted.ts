/** Unset consent counts as granted. @see https://developers.google.com/tag-platform/tag-manager/templates/api#isconsentgranted */
import { str, type ApiImplementation } from '../api';

export const isConsentGranted: ApiImplementation = (ctx) => (type: unknown) => {
  ctx.permissions.assert('isConsentGranted', 'access_consent', `reading consent "${str(type)}"`, 'read', str(type));
  return ctx.world.consent.get(str(type)) !== 'denied';
};
