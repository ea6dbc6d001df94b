/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setdefaultconsentstate */
import type { ApiImplementation } from '../api';
import { applyConsentCommand } from './consent-command';

export const setDefaultConsentState: ApiImplementation = (ctx) => (settings: unknown) => applyConsentCommand(ctx, 'setDefaultConsentState', settings, true);
