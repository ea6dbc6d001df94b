/** Small builders for emulator tests: a parsed template from code, permissions and tests. */
import { encodePermissions, type PermissionMap } from '../../gtm-sandbox/permissions/codec';
import type { ParsedTemplate, TestScenario } from '../../gtm-sandbox/tpl/read';

export function template(code: string, options: { permissions?: PermissionMap; type?: 'TAG' | 'MACRO'; scenarios?: TestScenario[]; setup?: string } = {}): ParsedTemplate {
  return {
    sections: new Map(), hasBom: false, context: 'web', type: options.type ?? 'MACRO',
    info: { type: options.type ?? 'MACRO', containerContexts: ['WEB'] }, parameters: [], code,
    permissions: encodePermissions(options.permissions ?? {}),
    tests: { scenarios: options.scenarios ?? [], setup: options.setup ?? '' }, notes: '',
  };
}
