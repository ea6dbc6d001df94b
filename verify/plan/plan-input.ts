/**
 * A container export file for `pinterest-gtm plan`, read with gtm-sandbox's JSON file reader: a file
 * that is not JSON is reported with its line and column and the parser's reason, never with the
 * parser's quote of the text around the error (an export holds tokens and secrets).
 */
import { readJsonFile } from '../../gtm-sandbox/cli/json-file';

export interface PlanInput { readonly file: string; readonly json: unknown }

export const readPlanInput = (file: string): PlanInput => ({ file, json: readJsonFile(file) });
