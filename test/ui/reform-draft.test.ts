/**
 * The editor's draft (packages/ui/src/editor/reform-draft.ts), without a browser: a draft becomes a
 * scenario file only through sim-core's validator, so the editor accepts exactly what
 * `parseScenarioFile` (and so `sendsim validate`) accepts; a loaded file loses nothing on its way
 * back out; a bad file is refused with the validator's own message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BaselineScenarioFile, parseScenarioFile, type ReformScenarioFile } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  draftDocument,
  draftFromFile,
  fileNameOf,
  linkableEdited,
  loadDraft,
  scenarioFileText,
} from '../../packages/ui/src/editor/reform-draft.js';

const root = join(import.meta.dirname, '..', '..');
const read = (id: string) => readFileSync(join(root, 'scenarios', `${id}.json`), 'utf8');

describe("the scenario editor's draft", () => {
  it('a library reform goes in and comes out as the same file, with nothing dropped', () => {
    for (const id of ['nnpcf-asks', 'backtest-2019', 'ehcp-upper-age-18']) {
      const loaded = loadDraft(read(id), `${id}.json`, 'baseline');
      if (!loaded.ok) throw new Error(loaded.message);
      const file = checkDraft(loaded.draft).file;
      expect(file).toEqual(parseScenarioFile(read(id), `${id}.json`));
      // The downloaded text parses back to the same file.
      expect(parseScenarioFile(scenarioFileText(file!), `${id}.json`)).toEqual(file);
    }
  });

  it('writes number levers as numbers and leaves out levers at their default', () => {
    const draft = {
      ...draftFromFile(parseScenarioFile(read('baseline'), 'baseline.json') as BaselineScenarioFile),
      levers: { earlyHelpInvestment: ' 2.50 ', tribunalPowers: 'current', planUpperAge: '18' },
    };
    expect(draftDocument(draft).levers).toEqual({ earlyHelpInvestment: 2.5, planUpperAge: '18' });
    expect(checkDraft(draft).problems).toEqual([]);
  });

  it("reports a bad value in the validator's words, under the control it belongs to", () => {
    const base = draftFromFile(
      parseScenarioFile(read('early-help-investment'), 'x.json') as ReformScenarioFile,
    );
    const check = checkDraft({ ...base, id: 'Not An Id', levers: { earlyHelpInvestment: 'lots' } });
    expect(check.file).toBeUndefined();
    expect(check.byControl.get('earlyHelpInvestment')?.message).toBe(
      'Not An Id.json: levers.earlyHelpInvestment: expected a number from 1 to 4 (x current capacity), found "lots"',
    );
    expect(check.byControl.get('id')?.expected).toContain('lower-case letters, digits and hyphens');
  });

  it('takes an uploaded reform whose file name is not its id, and saves it again as <id>.json', () => {
    // Browsers save a second download of my-reform.json as "my-reform (1).json"; the file is
    // still the reform it says it is (the CLI, which finds files by id, insists on the name).
    const loaded = loadDraft(read('nnpcf-asks'), 'nnpcf-asks (1).json', 'baseline');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.draft.id).toBe('nnpcf-asks');
    expect(fileNameOf(loaded.draft)).toBe('nnpcf-asks.json');
  });

  it('refuses a malformed file, a baseline and a reform of another baseline, naming the file', () => {
    const broken = loadDraft('{"kind": "reform", "id": "x",}', 'broken.json', 'baseline');
    expect(broken).toEqual({
      ok: false,
      message: expect.stringMatching(/^broken\.json: line 1, column 30: expected valid JSON/),
    });
    const baseline = loadDraft(read('baseline'), 'baseline.json', 'baseline');
    expect(baseline).toEqual({
      ok: false,
      message: expect.stringContaining('baseline.json: kind: expected "reform"'),
    });
    const other = read('early-help-investment').replace('"baseline": "baseline"', '"baseline": "wales"');
    expect(loadDraft(other, 'other.json', 'baseline')).toEqual({
      ok: false,
      message: 'other.json: baseline: expected "baseline" (the baseline in this app), found "wales"',
    });
  });

  it('a link can carry lever settings but not parameter overrides or a start date', () => {
    const backtest = parseScenarioFile(read('backtest-2019'), 'backtest-2019.json') as ReformScenarioFile;
    expect(linkableEdited(backtest)).toBeUndefined();
    const reform = parseScenarioFile(read('nnpcf-asks'), 'nnpcf-asks.json') as ReformScenarioFile;
    expect(linkableEdited(reform)?.levers).toEqual(reform.levers);
  });
});
