import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

const BASELINE = join(REPO_ROOT, 'scenarios', 'baseline.json');

/** A temp folder holding a copy of the real baseline (reforms there resolve against it). */
function folderWithBaseline(): string {
  const dir = tempDir();
  copyFileSync(BASELINE, join(dir, 'baseline.json'));
  return dir;
}

describe('sendsim validate', () => {
  it('accepts the shipped baseline and names its kind, id and parameter count', async () => {
    const r = await sendsim(['validate', 'scenarios/baseline.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^ok scenarios\/baseline\.json \(baseline baseline, \d+ parameters, levers none/,
    );
  });

  it('accepts a bare id and resolves a reform against its baseline', async () => {
    const dir = folderWithBaseline();
    writeFileSync(
      join(dir, 'reform.json'),
      JSON.stringify({
        kind: 'reform',
        id: 'reform',
        name: 'A reform',
        description: 'No tribunal placement orders.',
        baseline: 'baseline',
        levers: { tribunalPowers: 'noPlacementOrders' },
      }),
    );
    const r = await sendsim(['validate', 'reform.json', 'baseline'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'ok reform.json (reform reform, 0 parameters, levers tribunalPowers=noPlacementOrders',
    );
    expect(r.stdout).toContain('resolved against baseline.json');
    expect(r.stdout).toContain('2 of 2 files valid');
  });

  it('reports malformed JSON with the file, line and column, and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'malformed.json'), '{\n  "kind": "reform",\n  "id": "x"\n  "name": "y"\n}\n');
    const r = await sendsim(['validate', 'malformed.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid malformed.json');
    expect(r.stderr).toMatch(/line 4, column 3: expected valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports an unknown lever with its path, the nearest lever, and what was found', async () => {
    const dir = folderWithBaseline();
    writeFileSync(
      join(dir, 'bad-lever.json'),
      JSON.stringify({
        kind: 'reform',
        id: 'bad-lever',
        name: 'Bad lever',
        description: 'A typo in a lever name.',
        baseline: 'baseline',
        levers: { tribunalPower: 'noPlacementOrders' },
      }),
    );
    const r = await sendsim(['validate', 'bad-lever.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid bad-lever.json');
    expect(r.stderr).toContain('levers.tribunalPower: expected');
    expect(r.stderr).toContain('tribunalPowers');
    expect(r.stderr).toContain('found "tribunalPower"');
  });

  it('reports an out-of-range parameter value with its path, the bounds and the value found', async () => {
    const dir = tempDir();
    const data = JSON.parse(readFileSync(BASELINE, 'utf8')) as {
      parameters: Record<string, { value: number }>;
    };
    const key = Object.keys(data.parameters)[0]!;
    data.parameters[key]!.value = -5;
    writeFileSync(join(dir, 'bad-range.json'), JSON.stringify(data, null, 2));
    const r = await sendsim(['validate', 'bad-range.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid bad-range.json');
    expect(r.stderr).toContain(`parameters["${key}"].value: expected a number from`);
    expect(r.stderr).toContain('found -5');
  });

  it('validates every file, reporting the good and the bad, and exits 1 if any is invalid', async () => {
    const dir = folderWithBaseline();
    writeFileSync(join(dir, 'empty.json'), '{}');
    const r = await sendsim(['validate', 'baseline.json', 'empty.json', 'missing.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ok baseline.json');
    expect(r.stderr).toContain('invalid empty.json');
    expect(r.stderr).toMatch(/kind: expected .*found nothing/);
    expect(r.stderr).toContain('invalid missing.json: scenario file "missing.json" not found: tried');
    expect(r.stderr).toContain('1 of 3 files valid');
  });

  it('says which baseline file a reform needs when it is missing', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'orphan.json'),
      JSON.stringify({
        kind: 'reform',
        id: 'orphan',
        name: 'Orphan',
        description: 'Its baseline is elsewhere.',
        baseline: 'nowhere',
        levers: {},
      }),
    );
    const r = await sendsim(['validate', 'orphan.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('baseline "nowhere"');
    expect(r.stderr).toContain('nowhere.json does not exist');
  });

  it("refuses a scenario whose id is not its file name, and a reform's baseline whose id is not its own", async () => {
    const dir = folderWithBaseline();
    const reform = {
      kind: 'reform',
      name: 'A reform',
      description: 'No tribunal placement orders.',
      levers: { tribunalPowers: 'noPlacementOrders' },
    };
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ ...reform, id: 'other', baseline: 'baseline' }));
    const named = await sendsim(['validate', 'mine.json'], dir);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('invalid mine.json: 1 problem\n');
    expect(named.stderr).toContain(
      `id: expected the file's name without .json, "mine" (a scenario is found by id as <id>.json and a reform's baseline as <baseline>.json: rename the file or change the id), found "other"`,
    );
    const run = await sendsim(['run', 'mine.json', '--scale', '0.0001', '--years', '1', '--reps', '1'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mine.json: id: expected the file\'s name without .json, "mine"');
    expect(run.stdout).toBe('');

    // A copy of the baseline under another name keeps the id "baseline": a reform naming the
    // copy would be resolved against a file that calls itself something else.
    copyFileSync(BASELINE, join(dir, 'copy.json'));
    writeFileSync(join(dir, 'on-copy.json'), JSON.stringify({ ...reform, id: 'on-copy', baseline: 'copy' }));
    const copied = await sendsim(['validate', 'on-copy.json'], dir);
    expect(copied.code).toBe(1);
    expect(copied.stderr).toContain('copy.json: id: expected the file\'s name without .json, "copy"');
    expect(copied.stderr).toContain('found "baseline"');
  });

  it('writes control characters in a file name out as \\xNN instead of sending them to the terminal', async () => {
    const r = await sendsim(['validate', 'no\u001b[2Jsuch.json'], tempDir());
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('no\\x1b[2Jsuch.json');
  });

  it('reads only regular files of at most 5 MB, refusing devices, pipes and huge files at once', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(6 * 1024 * 1024));
    const r = await sendsim(['validate', '/dev/zero', 'pipe.json', 'huge.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'cannot read /dev/zero (expected a regular file, found a device, pipe or socket)',
    );
    expect(r.stderr).toContain(
      'cannot read pipe.json (expected a regular file, found a device, pipe or socket)',
    );
    expect(r.stderr).toContain('cannot read huge.json (expected at most 5 MB, found 6.0 MB)');
  });
});
