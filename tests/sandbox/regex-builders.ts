/** Small builders for tests/sandbox/regex-work.test.ts: a server API as a template requires it, a request, a condition. */
import type { ExportCondition } from '../../gtm-sandbox/container/export-format';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { createSession } from '../../gtm-sandbox/runtime/session';
import { createWorld, type ServerRequest } from '../../gtm-sandbox/world/world';
import { template } from '../support/template-builder';

const READ_REQUEST: PermissionMap = { read_request: { requestAccess: 'any' } };

/** A request as serve hands it to the container (headers as Node gives them: lower-case names). */
export function request(fields: Partial<ServerRequest> = {}): ServerRequest {
  return { method: 'GET', path: '/', query: {}, headers: {}, body: '', remoteAddress: '198.51.100.7', ...fields };
}

/** require() of a fresh server session over `incoming`: the real APIs, with their permission checks. */
export function serverApis(incoming: ServerRequest = request()): (name: string) => (...args: unknown[]) => unknown {
  const world = createWorld({ request: incoming });
  const session = createSession(template('', { permissions: READ_REQUEST, context: 'server', type: 'CLIENT' }), world);
  return (name) => session.requireReal(name) as (...args: unknown[]) => unknown;
}

/** A trigger condition comparing the variable {{Input}} with `pattern` by `type`. */
export function condition(type: string, pattern: string, options: { ignoreCase?: boolean; negate?: boolean } = {}): ExportCondition {
  return {
    type,
    parameter: [
      { type: 'TEMPLATE', key: 'arg0', value: '{{Input}}' },
      { type: 'TEMPLATE', key: 'arg1', value: pattern },
      ...(options.ignoreCase ? [{ type: 'BOOLEAN', key: 'ignore_case', value: 'true' }] : []),
      ...(options.negate ? [{ type: 'BOOLEAN', key: 'negate', value: 'true' }] : []),
    ],
  };
}
