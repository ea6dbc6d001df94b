/**
 * GTM stores permission settings as typed values: 1 string, 2 list, 3 map (parallel key and value
 * lists), 8 boolean. Definitions and the permission checks use plain JSON; this converts both ways.
 */

export type PlainValue = string | boolean | PlainValue[] | { [key: string]: PlainValue };
/** Plain settings of one permission, e.g. { urls: ['https://s.pinimg.com/ct/core.js'] }. */
export type PermissionSettings = Record<string, PlainValue>;
/** publicId → settings, in file order. */
export type PermissionMap = Record<string, PermissionSettings>;

export type TypedValue =
  | { type: 1; string: string }
  | { type: 2; listItem: TypedValue[] }
  | { type: 3; mapKey: TypedValue[]; mapValue: TypedValue[] }
  | { type: 8; boolean: boolean };

export interface PermissionEntry {
  instance: { key: { publicId: string; versionId: string }; param: { key: string; value: TypedValue }[] };
  clientAnnotations?: { isEditedByUser: boolean };
  isRequired: boolean;
}

export function encodeValue(value: PlainValue): TypedValue {
  if (typeof value === 'string') return { type: 1, string: value };
  if (typeof value === 'boolean') return { type: 8, boolean: value };
  if (Array.isArray(value)) return { type: 2, listItem: value.map(encodeValue) };
  const keys = Object.keys(value);
  return { type: 3, mapKey: keys.map((k) => encodeValue(k)), mapValue: keys.map((k) => encodeValue(value[k])) };
}

export function decodeValue(value: unknown): PlainValue {
  const v = value as Record<string, unknown>;
  switch (v?.type) {
    case 1: return String(v.string ?? '');
    case 8: return v.boolean === true;
    case 2: return ((v.listItem as unknown[]) ?? []).map(decodeValue);
    case 3: {
      const keys = (v.mapKey as unknown[]) ?? [];
      const values = (v.mapValue as unknown[]) ?? [];
      const out: Record<string, PlainValue> = {};
      keys.forEach((k, i) => { out[String(decodeValue(k))] = decodeValue(values[i]); });
      return out;
    }
    default:
      // Numbers (type 6 in some exports) and unknown codes read as strings.
      return v && 'string' in v ? String(v.string) : '';
  }
}

export function encodePermissions(map: PermissionMap): PermissionEntry[] {
  return Object.keys(map).map((publicId) => {
    const settings = map[publicId];
    const param = Object.keys(settings).map((key) => ({ key, value: encodeValue(settings[key]) }));
    const entry: PermissionEntry = { instance: { key: { publicId, versionId: '1' }, param }, isRequired: true };
    return param.length > 0 ? { instance: entry.instance, clientAnnotations: { isEditedByUser: true }, isRequired: true } : entry;
  });
}

export function decodePermissions(entries: unknown[]): PermissionMap {
  const map: PermissionMap = {};
  for (const entry of entries) {
    const instance = (entry as PermissionEntry)?.instance;
    const publicId = instance?.key?.publicId;
    if (typeof publicId !== 'string') continue;
    const settings: PermissionSettings = {};
    for (const p of instance.param ?? []) settings[p.key] = decodeValue(p.value);
    map[publicId] = settings;
  }
  return map;
}
