/**
 * The templates' own figures (issue 15): per template, gzip bytes of the sandboxed code (the .tpl's code
 * section, what gtm.js or the server container carries), API calls per event, and CPU µs per event
 * (median of interleaved rounds, bench/measure.ts); the ratio to each peer of its kind that the user
 * pointed the bench at, and the change against bench/baseline.json (the release's figures).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRealm } from '../gtm-sandbox/runtime/realm';
import { BUDGETS, gzipBytes } from './budget';
import { countFire, cpuOfFires, median, type FireCount } from './measure';
import { ourSubjects, peerSubjects, type Group, type Subject } from './subjects';

export const BASELINE_FILE = path.join(__dirname, 'baseline.json');

/** Gzip budgets per template kind, from bench/budget.ts. */
const SIZE_GOALS = Object.fromEntries(BUDGETS.map((b) => [b.group, b.gzip])) as Record<Group, number>;
/** CPU per event: at most this many times the fastest peer of its kind (issue 21). */
export const CPU_GOAL = 1.5;

export interface Figures { gzip: number; calls: number; us: number }
export interface Baseline { release: string; note: string; templates: Record<string, Figures> }

export { gzipBytes };

export interface BenchOptions { peersDir?: string; rounds: number; fires: number; writeBaseline: boolean }

interface Row { subject: Subject; count: FireCount; figures: Figures }

async function measureAll(subjects: Subject[], rounds: number, fires: number): Promise<Row[]> {
  const counts = await Promise.all(subjects.map((s) => countFire(s)));
  const samples = subjects.map((): number[] => []);
  const realms = subjects.map(() => createRealm());
  // Warm-up, then interleaved rounds: each round runs every subject, starting one further along.
  for (let i = 0; i < subjects.length; i++) await cpuOfFires(subjects[i], fires, realms[i]);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < subjects.length; k++) {
      const i = (k + r) % subjects.length;
      samples[i].push(...await cpuOfFires(subjects[i], fires, realms[i]));
    }
  }
  return subjects.map((subject, i) => ({ subject, count: counts[i], figures: { gzip: gzipBytes(subject.template.code), calls: counts[i].calls, us: median(samples[i]) } }));
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const signed = (n: number, unit: string): string => `${n > 0 ? '+' : ''}${n}${unit}`;

function readBaseline(): Baseline | undefined {
  return fs.existsSync(BASELINE_FILE) ? (JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline) : undefined;
}

function report(rows: Row[], baseline: Baseline | undefined): string[] {
  const lines: string[] = [];
  const peers = rows.filter((r) => !r.subject.ours);
  for (const row of rows) {
    const f = row.figures;
    const unexpected = row.count.result === 'success' || row.count.result === 'returned' ? '' : `  [fire ended: ${row.count.result}]`;
    lines.push(`${row.subject.name.padEnd(42)} ${String(f.gzip).padStart(6)} B gzip ${String(f.calls).padStart(5)} API calls ${f.us.toFixed(0).padStart(6)} µs/event${unexpected}`);
    if (!row.subject.ours) continue;
    for (const peer of peers.filter((p) => p.subject.group === row.subject.group)) {
      lines.push(`  vs ${peer.subject.name}: bytes ${ratio(f.gzip, peer.figures.gzip)}, API calls ${ratio(f.calls, peer.figures.calls)}, CPU ${ratio(f.us, peer.figures.us)}`);
    }
    const before = baseline?.templates[row.subject.name];
    if (before) {
      const cpu = Math.round(((f.us - before.us) / before.us) * 100);
      lines.push(`  vs baseline ${baseline?.release}: ${signed(f.gzip - before.gzip, ' B')}, ${signed(f.calls - before.calls, ' API calls')}, CPU ${signed(cpu, ' %')}`);
    }
  }
  lines.push('');
  for (const group of Object.keys(SIZE_GOALS) as Group[]) {
    const ours = rows.filter((r) => r.subject.ours && !r.subject.variant && r.subject.group === group);
    const largest = Math.max(...ours.map((r) => r.figures.gzip));
    const goal = SIZE_GOALS[group];
    let text = `goal ${group}: ≤ ${goal} B gzip: ${largest} B, ${largest <= goal ? 'met' : 'NOT met (README: Performance)'}`;
    const groupPeers = peers.filter((p) => p.subject.group === group);
    if (groupPeers.length > 0) {
      const calls = Math.min(...groupPeers.map((p) => p.figures.calls));
      const us = Math.min(...groupPeers.map((p) => p.figures.us));
      const ourCalls = Math.max(...ours.map((r) => r.figures.calls));
      const ourUs = Math.max(...ours.map((r) => r.figures.us));
      text += `; API calls ${ourCalls} vs fewest of the peers ${calls}; CPU ${ourUs.toFixed(0)} µs vs fastest peer ${us.toFixed(0)} µs (${ratio(ourUs, us)}, goal ≤ ${CPU_GOAL}×): ${ourUs <= CPU_GOAL * us ? 'met' : 'NOT met'}`;
    }
    lines.push(text);
  }
  return lines;
}

/** Prints the figures; answers false when one of our fires did not end as it should. */
export async function benchTemplates(options: BenchOptions): Promise<boolean> {
  const ours = ourSubjects();
  const { subjects: peers, missing } = peerSubjects(options.peersDir);
  const rows = await measureAll([...ours, ...peers], options.rounds, options.fires);
  console.log(`templates: one realistic purchase per fire; CPU: the median fire of ${options.rounds} interleaved rounds of ${options.fires} fires each`);
  for (const line of report(rows, readBaseline())) console.log(line);
  if (missing.length > 0) {
    console.log(`peers not measured (${options.peersDir === undefined ? 'no --peers DIR' : `not found under ${options.peersDir}`}): ${missing.join(', ')}`);
  }
  if (options.writeBaseline) {
    const templates: Record<string, Figures> = {};
    for (const row of rows.filter((r) => r.subject.ours)) templates[row.subject.name] = { gzip: row.figures.gzip, calls: row.figures.calls, us: Math.round(row.figures.us) };
    const release = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
    const baseline: Baseline = { release, note: 'npm run bench -- --write-baseline; µs are CPU time on the machine that wrote them', templates };
    fs.writeFileSync(BASELINE_FILE, JSON.stringify(baseline, null, 2) + '\n');
    console.log(`wrote ${path.relative(process.cwd(), BASELINE_FILE)}`);
  }
  return rows.filter((r) => r.subject.ours).every((r) => r.count.result === 'success' || r.count.result === 'returned');
}

/** `--profile`: each of our templates' CPU by module (bench/profile.ts). */
export async function profileTemplates(fires: number): Promise<void> {
  const { profileSubject } = await import('./profile');
  for (const subject of ourSubjects()) {
    const modules = await profileSubject(subject, fires);
    const total = modules.reduce((sum, m) => sum + m.own + m.apis, 0);
    const apis = modules.reduce((sum, m) => sum + m.apis, 0);
    console.log(`\n${subject.name}: ${fires} fires, ${total.toFixed(0)} ms in template code and the APIs it called (${total > 0 ? Math.round((apis / total) * 100) : 0} % in APIs)`);
    for (const m of modules.slice(0, 15)) console.log(`  ${m.module.padEnd(48)} own ${m.own.toFixed(1).padStart(7)} ms   APIs ${m.apis.toFixed(1).padStart(7)} ms`);
  }
}

/** API calls of one fire of each of our templates, by API (what --profile prints besides the time). */
export async function callsByApi(): Promise<void> {
  for (const subject of ourSubjects()) {
    const count = await countFire(subject);
    const parts = [...count.byApi.entries()].sort((a, b) => b[1] - a[1]).map(([api, n]) => `${api} ${n}`);
    console.log(`${subject.name}: ${count.calls} API calls: ${parts.join(', ')}`);
  }
}
