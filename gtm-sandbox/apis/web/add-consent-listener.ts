/** Calls listener(type, granted) when the consent type changes state. @see https://developers.google.com/tag-platform/tag-manager/templates/api#addconsentlistener */
import { str, type ApiImplementation } from '../api';

export const addConsentListener: ApiImplementation = (ctx) => (type: unknown, listener: unknown) => {
  ctx.permissions.assert('addConsentListener', 'access_consent', `reading consent "${str(type)}"`, 'read', str(type));
  ctx.world.consentListeners.push({ type: str(type), listener: (t, granted) => { ctx.marshal.callSandbox(listener, t, granted); } });
};
