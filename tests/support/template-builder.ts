/** Small builders for emulator tests: a parsed template from code, permissions and tests. */
import { encodePermissions, type PermissionMap } from '../../gtm-sandbox/permissions/codec';
import type { ParsedTemplate, TestScenario } from '../../gtm-sandbox/tpl/read';

export function template(code: string, options: { permissions?: PermissionMap; type?: 'TAG' | 'MACRO' | 'CLIENT'; context?: 'web' | 'server'; scenarios?: TestScenario[]; setup?: string } = {}): ParsedTemplate {
  return {
    sections: new Map(), hasBom: false, context: options.context ?? 'web', type: options.type ?? 'MACRO',
    info: { type: options.type ?? 'MACRO', containerContexts: [options.context === 'server' ? 'SERVER' : 'WEB'] }, parameters: [], code,
    permissions: encodePermissions(options.permissions ?? {}),
    tests: { scenarios: options.scenarios ?? [], setup: options.setup ?? '' }, notes: '',
  };
}
