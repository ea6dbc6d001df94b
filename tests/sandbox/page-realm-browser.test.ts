/**
 * The page realm in a real browser (Debian's chromium): template programs compiled by the page
 * itself, as gtm-sandbox's browser runtime runs them, keep GTM's `arguments` (an array; arrows have
 * their own).
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { ARGUMENT_CASES } from './arguments-cases';

jest.setTimeout(60000);
const ROOT = path.resolve(__dirname, '..', '..');
let browser: Browser;
let page: Page;

/** Runs code as a template body in the page; `require('getType')` is the only API the cases use. */
const ENTRY = `
import { createPageRealm } from './gtm-sandbox/runtime/page-realm';
import { createProgram } from './gtm-sandbox/runtime/program';
const getType = (v) => v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
window.runProgram = (code) => createPageRealm().compile(createProgram(code, ['data', 'require'], 'template.js'))({}, () => getType);
`;

beforeAll(async () => {
  const bundle = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent',
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>page realm</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
});
afterAll(async () => {
  await browser?.close();
});

test.each(ARGUMENT_CASES)('arguments %s', async (_case, code, expected) => {
  expect(await page.evaluate((c) => (globalThis as unknown as { runProgram: (code: string) => unknown }).runProgram(c), code)).toEqual(expected);
});
