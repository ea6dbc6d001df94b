/**
 * .ci/run stops the demo by the process group it started, never by a name pattern that could match
 * other users' processes. Checked with real processes: a group whose leader has children of its own.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const HELPER = path.join(ROOT, '.ci', 'process-group.sh');
const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };

test('stop_group ends the started command and every process it started, and nothing else', () => {
  // A bystander started the same way but outside the group must survive.
  const script = `
    source "${HELPER}"
    sleep 600 > /dev/null 2>&1 & bystander=$!
    start_group bash -c 'sleep 600 & sleep 601 & wait' > /dev/null 2>&1
    # Until the group has its three processes; the limit only ends a wait that will not end (a loaded
    # machine once left the group at two after 20 s).
    for _ in $(seq 1 900); do [ "$(pgrep -g "$GROUP_ID" | wc -l)" -ge 3 ] && break; sleep 0.1; done
    echo "group $GROUP_ID $(pgrep -g "$GROUP_ID" | tr '\\n' ' ')"
    stop_group "$GROUP_ID"
    echo "left $(pgrep -g "$GROUP_ID" | tr '\\n' ' ')"
    echo "bystander $bystander"`;
  const out = execFileSync('bash', ['-c', script], { encoding: 'utf8', timeout: 240_000 });
  const group = /group (\d+) ([\d ]*)/.exec(out)!;
  const members = group[2].trim().split(/\s+/).map(Number);
  const bystander = Number(/bystander (\d+)/.exec(out)![1]);
  try {
    expect(members.length).toBe(3);
    expect(/left\s*$/m.test(out)).toBe(true);
    for (const pid of members) expect(alive(pid)).toBe(false);
    expect(alive(bystander)).toBe(true);
  } finally {
    for (const pid of [...members, bystander]) if (alive(pid)) process.kill(pid);
  }
}, 300_000);

test('.ci/run stops the demo with stop_group, even when a check fails, and matches no process by name', () => {
  const run = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
  expect(run).toMatch(/start_group npm start/);
  expect(run).toMatch(/trap 'stop_group "\$demo"' EXIT/);
  expect(run).not.toMatch(/\b(pkill|killall|pgrep)\b/);
});
