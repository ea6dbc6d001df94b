/** `gtm-sandbox check`: the compiler's static checks on any template.tpl. */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { validateSandboxed } from '../language/validate';
import { validateParameters } from '../parameters/validate-parameters';
import type { ParsedTemplate } from '../tpl/read';
import { decodePermissions } from '../permissions/codec';
import { apiInfo } from '../api-catalog';

export function checkTemplate(template: ParsedTemplate, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const code = validateSandboxed(template.code, { file, context: template.context });
  out.push(...code.diagnostics);
  out.push(...validateParameters(template.parameters).map((d) => ({ ...d, text: `${file}: ${d.text}` })));
  const declared = decodePermissions(template.permissions);
  for (const use of code.apis) {
    const permission = apiInfo(template.context, use.name)?.permission;
    if (permission && !(permission in declared)) {
      out.push(diagnostic('gtm/missing-permission', 'error', `${use.name} needs the ${permission} permission, which the template does not declare`, { file, line: use.line, column: use.column, lineText: template.code.split('\n')[use.line - 1] ?? '' }));
    }
  }
  if (template.type === 'TAG' && !code.dataFields.has('gtmOnSuccess') && !code.dataFields.has('gtmOnFailure')) {
    out.push(diagnostic('gtm/tag-completion', 'error', `${file}: Tag code must invoke data.gtmOnSuccess() or data.gtmOnFailure()`));
  }
  return out;
}
