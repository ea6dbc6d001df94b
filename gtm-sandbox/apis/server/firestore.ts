/**
 * Firestore.read / write / query / runTransaction against the World's in-memory documents
 * (path → data). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#firestore
 */
import { Raw } from '../../runtime/marshal';
import { str, type ApiContext, type ApiImplementation } from '../api';
import { matchesCondition } from './firestore-query';

type Options = { projectId?: string; databaseId?: string; merge?: boolean; limit?: number };

export const FirestoreApi: ApiImplementation = (ctx) => {
  const docs = ctx.world.firestore;
  const options = (raw: unknown): Options => (ctx.marshal.toHost(raw) ?? {}) as Options;
  const check = (operation: string, path: string, o: Options): void => {
    ctx.permissions.assert('Firestore', 'access_firestore', `${operation} of "${path}"`, operation,
      { projectId: o.projectId, path, databaseId: o.databaseId ?? '(default)' });
  };
  const later = (outcome: () => { value: unknown } | { reason: unknown }): Raw => new Raw(ctx.promises.settleLater(outcome));
  const read = (path: unknown, raw: unknown): Raw => {
    check('read', str(path), options(raw));
    return later(() => {
      const data = docs.get(str(path));
      return data ? { value: { id: str(path), data } } : { reason: { reason: 'not_found', message: `No document at ${str(path)}` } };
    });
  };
  const write = (path: unknown, input: unknown, raw: unknown): Raw => {
    const o = options(raw);
    check('write', str(path), o);
    const data = (ctx.marshal.toHost(input) ?? {}) as Record<string, unknown>;
    return later(() => {
      const target = isCollection(str(path)) ? `${str(path)}/${autoId(ctx)}` : str(path);
      docs.set(target, o.merge ? { ...(docs.get(target) ?? {}), ...data } : data);
      return { value: target };
    });
  };
  return {
    read, write,
    query: (collection: unknown, conditions: unknown, raw: unknown) => {
      const o = options(raw);
      check('read', str(collection), o);
      const where = (ctx.marshal.toHost(conditions) ?? []) as unknown[][];
      return later(() => {
        const prefix = `${str(collection)}/`;
        const found = [...docs.entries()]
          .filter(([path, data]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/') && where.every((c) => matchesCondition(data, c)))
          .slice(0, o.limit ?? 5)
          .map(([id, data]) => ({ id, data }));
        return { value: found };
      });
    },
    runTransaction: (callback: unknown, raw: unknown) => {
      const o = options(raw);
      check('read_write', '**', o);
      const transaction = ctx.marshal.toSandbox({}) as Record<string, unknown>;
      transaction.read = (path: unknown, r: unknown) => read(path, r).value;
      transaction.write = (path: unknown, input: unknown, r: unknown) => write(path, input, r).value;
      return new Raw(ctx.promises.create((resolve: (v: unknown) => void) => {
        resolve(typeof callback === 'function' ? (callback as (t: unknown) => unknown)(transaction) : undefined);
      }));
    },
  };
};

const isCollection = (path: string): boolean => path.split('/').filter((s) => s !== '').length % 2 === 1;

function autoId(ctx: ApiContext): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 20; i++) id += alphabet[Math.floor(ctx.world.random() * alphabet.length)];
  return id;
}
