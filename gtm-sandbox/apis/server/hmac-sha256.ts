/**
 * HMAC-SHA256 with a key the container holds (server-side GTM reads them from the JSON file named by
 * SGTM_CREDENTIALS; the World's `privateKeys`, id → base64 secret). Hex unless told otherwise.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#hmacsha256
 */
import { createHmac } from 'node:crypto';
import { SandboxError, str, type ApiImplementation } from '../api';

export const hmacSha256: ApiImplementation = (ctx) => (data: unknown, keyId: unknown, options: unknown) => {
  ctx.permissions.assert('hmacSha256', 'use_custom_private_keys', `using the key "${str(keyId)}"`, str(keyId));
  const secret = ctx.world.privateKeys.get(str(keyId));
  if (secret === undefined) throw new SandboxError(`hmacSha256: no private key with id "${str(keyId)}"`);
  const encoding = ((ctx.marshal.toHost(options) ?? {}) as { outputEncoding?: string }).outputEncoding ?? 'hex';
  const mac = createHmac('sha256', Buffer.from(secret, 'base64')).update(str(data), 'utf8');
  if (encoding === 'base64url') return mac.digest('base64url');
  return mac.digest(encoding === 'base64' ? 'base64' : 'hex');
};
