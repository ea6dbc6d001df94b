/** Every template's driver by name. */
import { clientDriver } from './client';
import type { Driver, TemplateName } from './driver';
import { eventIdDriver } from './event-id';
import { serverTagDriver } from './server-tag';
import { webTagDriver } from './web-tag';

export const DRIVERS: Record<TemplateName, Driver> = {
  'web-tag': webTagDriver as Driver, 'event-id': eventIdDriver as Driver, 'server-tag': serverTagDriver as Driver, client: clientDriver as Driver,
};
