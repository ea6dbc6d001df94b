/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#updateconsentstate */
import type { ApiImplementation } from '../api';
import { applyConsentCommand } from './consent-command';

export const updateConsentState: ApiImplementation = (ctx) => (settings: unknown) => applyConsentCommand(ctx, 'updateConsentState', settings, false);
