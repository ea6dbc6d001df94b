/**
 * One container export as the plan reads it: the export (checked by export-shape.ts), its secrets, its
 * variables by name and its Lookup and RegEx Tables, each read once.
 */
import type { ContainerExport, ExportVariable } from '../../gtm-sandbox/container/export-format';
import { readExport } from './export-shape';
import type { PlanInput } from './plan-input';
import { containerSecrets, type ContainerSecrets } from './secrets';
import { variablesByName } from './secret-chain';
import { isTable, readTable, type VariableTable } from './variable-tables';

export interface Container {
  readonly export: ContainerExport;
  readonly secrets: ContainerSecrets;
  readonly variables: ReadonlyMap<string, ExportVariable>;
  /** The container's Lookup and RegEx Tables by name, read when first asked for. */
  table(name: string): VariableTable | undefined;
}

/** GTM's built-in variable that names the environment (https://support.google.com/tagmanager/answer/7182738). */
export const ENVIRONMENT_NAME = 'Environment Name';

export function readContainer(input: PlanInput): Container {
  const exported = readExport(input.json, input.file);
  const variables = variablesByName(exported);
  const tables = new Map<string, VariableTable>();
  return {
    export: exported, secrets: containerSecrets(exported), variables,
    table(name) {
      const variable = variables.get(name);
      if (!variable || !isTable(variable)) return undefined;
      if (!tables.has(name)) tables.set(name, readTable(variable));
      return tables.get(name);
    },
  };
}

/** Whether a table switches on the built-in {{Environment Name}} (not on a variable of that name). */
export const switchesOnEnvironment = (container: Container, table: VariableTable): boolean =>
  table.input === `{{${ENVIRONMENT_NAME}}}` && !container.variables.has(ENVIRONMENT_NAME);
