/** Page-lifetime storage shared by the template's instances, holding sandbox values by reference. @see https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';

export const templateStorage: ApiImplementation = (ctx) => {
  const assert = (): void => ctx.permissions.assert('templateStorage', 'access_template_storage', 'using template storage');
  const store = ctx.templateStorage;
  return {
    getItem: (key: unknown) => { assert(); return new Raw(store.get(str(key))); },
    setItem: (key: unknown, value: unknown) => { assert(); store.set(str(key), value); },
    removeItem: (key: unknown) => { assert(); store.delete(str(key)); },
    clear: () => { assert(); store.clear(); },
  };
};
