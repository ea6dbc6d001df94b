/** `gtm-sandbox check`: the compiler's static checks on any template.tpl. */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { RULES } from '../language/subset';
import { validateSandboxed } from '../language/validate';
import { validateParameters } from '../parameters/validate-parameters';
import type { ParsedTemplate } from '../tpl/read';
import { decodePermissions } from '../permissions/codec';
import { checkPermissions } from '../../build/check-permissions';

export function checkTemplate(template: ParsedTemplate, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const section of template.lenientSections ?? []) {
    out.push(section === '___TESTS___'
      ? diagnostic('gtm/strict-yaml', 'warning', `${file}: ${section} continues a quoted value on a line at column 0; GTM accepts it, strict YAML parsers do not`)
      : diagnostic('gtm/strict-json', 'warning', `${file}: ${section} is not strict JSON (a trailing comma, an unquoted name, single quotes or a comment); GTM's lenient reader accepts it, strict JSON parsers do not`));
  }
  const code = validateSandboxed(template.code, { file, firstLine: template.codeLine, context: template.context });
  out.push(...code.diagnostics);
  // Code that does not parse tells nothing about the APIs it uses: no permission is "unused" then.
  const parsed = !code.diagnostics.some((d) => d.id === RULES.syntax.id);
  out.push(...validateParameters(template.parameters).map((d) => ({ ...d, text: `${file}: ${d.text}` })));
  // The compiler's permission rules, with locations in the .tpl's code section.
  if (parsed) out.push(...checkPermissions({
    context: template.context, apis: code.apis, calls: code.apiCalls, declared: decodePermissions(template.permissions),
    locateUse: (use) => ({ file, line: use.line + (template.codeLine ?? 1) - 1, column: use.column, lineText: template.code.split('\n')[use.line - 1] ?? '' }),
    locatePermission: () => null,
  }));
  if (parsed && template.type === 'TAG' && !code.dataFields.has('gtmOnSuccess') && !code.dataFields.has('gtmOnFailure')) {
    out.push(diagnostic('gtm/tag-completion', 'error', `${file}: Tag code must invoke data.gtmOnSuccess() or data.gtmOnFailure()`));
  }
  return out;
}
