/**
 * GTM container exports (exportFormatVersion 2), the parts the container runtimes read: custom
 * templates, tags, triggers, variables and (server) clients. Field names as GTM exports them.
 * https://developers.google.com/tag-platform/tag-manager/api/reference/rest/v2/accounts.containers.versions
 */
import { jsonErrorMessage } from '../cli/json-file';
export interface ExportParameter { type: string; key?: string; value?: string; list?: ExportParameter[]; map?: ExportParameter[] }

export interface ExportTemplate { templateId: string; name: string; templateData: string }
export interface ExportTag {
  tagId: string; name: string; type: string; parameter?: ExportParameter[]; firingTriggerId?: string[]; blockingTriggerId?: string[];
  priority?: { type: string; value: string }; tagFiringOption?: string; paused?: boolean;
  consentSettings?: { consentStatus?: string; consentType?: ExportParameter };
}
export interface ExportClient { clientId: string; name: string; type: string; parameter?: ExportParameter[]; priority?: number }
export interface ExportCondition { type: string; parameter: ExportParameter[] }
export interface ExportTrigger {
  triggerId: string; name: string; type: string; filter?: ExportCondition[]; customEventFilter?: ExportCondition[];
}
export interface ExportVariable { variableId: string; name: string; type: string; parameter?: ExportParameter[] }

export interface ContainerExport {
  exportFormatVersion: number;
  containerVersion: {
    container?: { publicId?: string; usageContext?: string[] };
    tag?: ExportTag[]; trigger?: ExportTrigger[]; variable?: ExportVariable[]; client?: ExportClient[];
    customTemplate?: ExportTemplate[]; builtInVariable?: { type: string; name: string }[];
  };
}

export function readContainerExport(text: string, file: string): ContainerExport {
  let parsed: ContainerExport | null;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as ContainerExport | null;
  } catch (error) {
    // Never the parser's quote of the file (a fragment of a token, say): file, line and column.
    throw new Error(jsonErrorMessage(text, file, error));
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.exportFormatVersion !== 2) {
    throw new Error(`${file}: not a GTM container export (exportFormatVersion 2)`);
  }
  if (typeof parsed.containerVersion !== 'object' || parsed.containerVersion === null || Array.isArray(parsed.containerVersion)) {
    throw new Error(`${file}: not a GTM container export: containerVersion is not an object`);
  }
  return parsed;
}

/** The custom template a tag, client or variable type names: `cvt_<containerId>_<templateId>` or `cvt_<templateId>`. */
export function templateFor(container: ContainerExport, type: string): ExportTemplate | undefined {
  if (!type.startsWith('cvt_')) return undefined;
  const id = type.slice(type.lastIndexOf('_') + 1);
  return (container.containerVersion.customTemplate ?? []).find((t) => t.templateId === id);
}
