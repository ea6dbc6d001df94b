/** Template folders are the folders under web-template/ and server-template/ that hold a definition.ts. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFINITION_FILE } from './load-definition';

export const TEMPLATE_ROOTS = ['web-template', 'server-template'] as const;

/** The template whose .tpl also sits at the repository root, making the repository its Gallery entry. */
export const GALLERY_TEMPLATE = 'web-template/tag';

export function findTemplates(root: string): string[] {
  const out: string[] = [];
  for (const base of TEMPLATE_ROOTS) {
    const dir = path.join(root, base);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(path.join(candidate, DEFINITION_FILE))) out.push(candidate);
    }
  }
  return out;
}
