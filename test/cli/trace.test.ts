import { describe, expect, it } from 'vitest';
import { sendsim } from './cli-harness.js';

const SMALL_TRACE = ['--scale', '0.002', '--years', '3'] as const;

interface Trace {
  childId: number;
  attributes: Record<string, unknown>;
  steps: Array<{ date: string; event: string; costsToDate: Record<string, number> }>;
  finalState: Record<string, string>;
  totalCosts: Record<string, number>;
}

describe('sendsim trace', () => {
  it("prints the child's steps as JSON", async () => {
    const r = await sendsim(['trace', 'baseline', '--child', '5', ...SMALL_TRACE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const trace = JSON.parse(r.stdout) as Trace;
    expect(trace.childId).toBe(5);
    expect(trace.steps.length).toBeGreaterThan(0);
    expect(Object.keys(trace.finalState).length).toBeGreaterThan(0);
  });

  it('prints attributes, one line per step and the final totals as a table', async () => {
    const json = JSON.parse(
      (await sendsim(['trace', 'baseline', '--child', '5', ...SMALL_TRACE, '--format', 'json'])).stdout,
    ) as Trace;
    const r = await sendsim(['trace', 'baseline', '--child=5', ...SMALL_TRACE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Child 5 in');
    expect(r.stdout).toContain('Attributes:');
    expect(r.stdout).toContain('Final state:');
    expect(r.stdout).toContain('Public spending: £');
    expect(r.stdout).toContain('; cost to the family: £');
    const stepLines = r.stdout.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2} {2}/.test(l));
    expect(stepLines).toHaveLength(json.steps.length);
    stepLines.forEach((line, i) => {
      expect(line.startsWith(`${json.steps[i]!.date}  ${json.steps[i]!.event}`)).toBe(true);
    });
  });

  it('prints one CSV row per step', async () => {
    const r = await sendsim(['trace', 'baseline', '--child', '5', ...SMALL_TRACE, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^child,step,day,date,event,from,to,effects,waited_for,wait_days,severity,trust,cost_school,/,
    );
    expect(lines.length).toBeGreaterThan(1);
  });

  it('rejects a child id beyond the children simulated, saying the range', async () => {
    const r = await sendsim(['trace', 'baseline', '--child', '99999999', '--scale', '0.001', '--years', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--child: expected an id from 0 to \d+/);
  });
});
