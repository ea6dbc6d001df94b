/**
 * Server template storage: values go in and come out as copies, shared by the template's runs.
 * getItemCopy of a key never stored answers null ("or null if nothing is stored with that key");
 * setItemCopy(key, null) removes. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#templatedatastorage
 */
import { str, type ApiImplementation } from '../api';

export const templateDataStorage: ApiImplementation = (ctx) => {
  const assert = (): void => ctx.permissions.assert('templateDataStorage', 'access_template_storage', 'using template storage');
  const store = ctx.templateStorage;
  return {
    getItemCopy: (key: unknown) => { assert(); return store.has(str(key)) ? store.get(str(key)) : null; },
    setItemCopy: (key: unknown, value: unknown) => {
      assert();
      if (value === null || value === undefined) store.delete(str(key));
      else store.set(str(key), ctx.marshal.toHost(value));
    },
    removeItem: (key: unknown) => { assert(); store.delete(str(key)); },
    clear: () => { assert(); store.clear(); },
  };
};
