/** Writes metadata.yaml: homepage, documentation, versions newest first (the yaml library quotes what needs it). */
import { stringify } from 'yaml';
import type { MetadataVersion } from './checks/metadata-checks';

export function metadataYaml(links: { homepage: string; documentation: string }, versions: readonly MetadataVersion[], header: readonly string[]): string {
  const body = stringify(
    { homepage: links.homepage, documentation: links.documentation, versions: versions.map((v) => ({ sha: v.sha, changeNotes: v.changeNotes })) },
    { lineWidth: 0, indentSeq: true },
  );
  return `${header.map((line) => `# ${line}`).join('\n')}\n${body}`;
}
