/** gtm-sandbox's command line: test, run and check on the sample template. */
import * as path from 'node:path';
import { main } from '../../gtm-sandbox/cli/main';

const SAMPLE = path.resolve(__dirname, '..', 'fixtures', 'sample-variable', 'template.tpl');

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
  const err = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
  try {
    return { code: await main(argv), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('gtm-sandbox CLI', () => {
  test('test --json prints one result per scenario', async () => {
    const { code, out } = await capture(['test', SAMPLE, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { template: SAMPLE, scenario: 'Upper-cases and trims by default', status: 'pass', message: '' },
      { template: SAMPLE, scenario: 'Lower-cases on request', status: 'pass', message: '' },
      { template: SAMPLE, scenario: 'Returns undefined without text', status: 'pass', message: '' },
    ]);
  });

  test('run --json reports the return value and the API calls', async () => {
    const { code, out } = await capture(['run', SAMPLE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ result: 'success', returnValue: null, error: null });
    expect(report.calls.map((c: { api: string }) => c.api)).toEqual(['getType', 'logToConsole']);
    expect(report.logs).toEqual([['sample: no text']]);
  });

  test('check passes a valid template; usage errors exit 2', async () => {
    expect((await capture(['check', SAMPLE])).code).toBe(0);
    expect((await capture([])).code).toBe(2);
  });
});
