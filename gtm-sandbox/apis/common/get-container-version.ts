/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getcontainerversion */
import type { ApiImplementation } from '../api';

export const getContainerVersion: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('getContainerVersion', 'read_container_data', 'reading the container version');
  return {
    containerId: ctx.world.containerId, debugMode: ctx.world.debugMode, environmentName: '', environmentMode: false,
    previewMode: ctx.world.debugMode, version: '1',
  };
};
