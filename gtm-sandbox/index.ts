/**
 * gtm-sandbox's programmatic API (the `gtm-sandbox` package's main module): read a template.tpl, run
 * its Tests-tab scenarios or one run, check it, and run container exports. The CLI is `main`.
 */
export { main } from './cli/main';
export { VERSION } from './version';
export { parseTemplate, parseTests, TemplateFormatError, type ParsedTemplate, type TemplateTests, type TestScenario } from './tpl/read';
export { runTests, runScenario, TemplateRejectedError, type ScenarioResult } from './test-runner/run-tests';
export { runOnce, type RunReport } from './cli/run';
export { checkTemplate } from './cli/check';
export { formatDiagnostic, hasErrors, type Diagnostic, type Location } from './diagnostics';
export { validateSandboxed, type ValidateOptions, type ValidationResult } from './language/validate';
export { createWorld, type World, type WorldOptions, type ServerRequest, type ScriptedResponse } from './world/world';
export { createSession, prepareTemplate, type Session } from './runtime/session';
export { readContainerExport, type ContainerExport } from './container/export-format';
export { createServerContainer, type ServerContainer, type ServerContainerOptions, type ContainerResponse } from './container/server-container';
export { createWebContainer, type WebContainer } from './container/web-container';
export { createContainerServer, DEFAULT_LIMITS, type ServerLimits } from './container/http-server';
export { createTransport, parseRoute, type Route } from './container/http-transport';
