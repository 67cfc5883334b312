import {
  type CalibrationReport,
  compileJourney,
  createJourneyContext,
  createJourneyMachine,
  describeModel,
  diffScenarios,
  JOURNEY_EVENT_TYPES,
  KNOWN_LIMITS,
  LEVERS,
  MODEL_VERSION,
  PARAMETER_CATALOGUE,
  PARAMETER_KEYS,
  PAYERS,
  SERVICES,
  STATUTORY_DAYS,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const baseline = loadScenario('baseline');
const described = describeModel(baseline);
const rowsOf = (d: typeof described) => d.parameters.groups.flatMap((g) => g.rows);

describe('describeModel: parameters', () => {
  it('lists every catalogue parameter exactly once, in its prefix group, with its value and unit', () => {
    const rows = rowsOf(described);
    expect(rows.map((r) => r.key)).toEqual([...PARAMETER_KEYS]);
    for (const group of described.parameters.groups) {
      for (const row of group.rows) expect(row.key.split('.')[0]).toBe(group.id);
    }
    for (const row of rows) {
      expect(row.meaning).toBe(PARAMETER_CATALOGUE[row.key].meaning);
      expect(row.value).toBe(baseline.records[row.key].value);
      expect(row.modelValue).toBe(baseline.params[row.key]);
      expect(row.unit).toBe(PARAMETER_CATALOGUE[row.key].unit);
      expect(row.range[0]).toBeLessThanOrEqual(row.value);
      expect(row.range[1]).toBeGreaterThanOrEqual(row.value);
      expect(row.changedBy).toBeNull();
    }
  });

  it('gives each parameter exactly one of a source and an assumption, and counts them', () => {
    const rows = rowsOf(described);
    for (const row of rows) {
      expect(row.source === null, row.key).not.toBe(row.assumption === null);
      if (row.source !== null) {
        expect(row.source.title.length, row.key).toBeGreaterThan(0);
        expect(row.evidence).toBe(row.source.status ?? 'unstated');
        expect(row.source).toMatchObject({ title: baseline.records[row.key].source?.title });
      } else {
        expect(row.evidence).toBe('assumption');
        expect(row.assumption).toBe(baseline.records[row.key].assumption);
      }
    }
    const c = described.parameters.counts;
    expect(c.total).toBe(PARAMETER_KEYS.length);
    expect(c.sourced + c.assumptions).toBe(c.total);
    expect(c.byStatus.V + c.byStatus.V2 + c.byStatus.D + c.byStatus.unstated).toBe(c.sourced);
    expect(c.assumptions).toBe(rows.filter((r) => r.assumption !== null).length);
    expect(c.changed).toBe(0);
  });

  it("shows which lever changed a reform's parameters, and only those", () => {
    for (const id of ['no-tribunal-placement-orders', 'early-help-investment']) {
      const reform = loadScenario(id);
      const d = describeModel(reform);
      const changed = rowsOf(d).filter((r) => r.changedBy !== null);
      const differ = diffScenarios(baseline, reform).map((x) => x.key);
      expect(changed.map((r) => r.key)).toEqual(differ);
      expect(differ.length).toBeGreaterThan(0);
      expect(d.parameters.counts.changed).toBe(differ.length);
      for (const row of changed) {
        const lever = LEVERS.find((l) => `lever:${l.id}` === row.changedBy);
        expect(lever, `${id}: ${row.key} changed by ${row.changedBy}`).toBeDefined();
        expect(lever!.changes).toContain(row.key);
        const described = d.overview.levers.find((l) => l.id === lever!.id)!;
        expect(described.differsFromDefault).toBe(true);
        expect(described.changed).toContain(row.key);
        expect(described.setting).toBe(reform.levers[lever!.id]);
      }
      expect(d.overview.scenario).toMatchObject({ id, kind: 'reform', baselineId: 'baseline' });
    }
  });

  it('describes every lever at its default in the baseline', () => {
    expect(described.overview.levers.map((l) => l.id)).toEqual(LEVERS.map((l) => l.id));
    for (const lever of described.overview.levers) {
      expect(lever.differsFromDefault).toBe(false);
      expect(lever.setting).toBe(lever.default);
      expect(lever.changed).toEqual([]);
      expect(lever.mechanism.length).toBeGreaterThan(0);
      expect(lever.evidence.length).toBeGreaterThan(0);
    }
  });

  it('names every parameter in a process step, the initialisation or a payer', () => {
    const named = new Set<string>([
      ...described.processOverview.steps.flatMap((s) => s.parameters),
      ...described.initialisation.parameters,
      ...described.entities.payers.flatMap((p) => p.costParameters),
    ]);
    expect(PARAMETER_KEYS.filter((k) => !named.has(k))).toEqual([]);
  });
});

describe('describeModel: entities and process', () => {
  it("takes the statechart's regions and states from the compiled machine", () => {
    const compiled = compileJourney(createJourneyMachine(baseline.params), baseline.params);
    expect(
      described.entities.regions.map((r) => ({
        name: r.name,
        initial: r.initial,
        states: r.states.map((s) => s.path),
      })),
    ).toEqual(
      compiled.regions.map((r) => ({
        name: r.name,
        initial: r.leaves[r.initialLeaf],
        states: [...r.leaves],
      })),
    );
    for (const region of described.entities.regions) {
      expect(region.states.filter((s) => s.initial).map((s) => s.path)).toEqual([region.initial]);
      for (const state of region.states) {
        for (const event of state.events) expect(JOURNEY_EVENT_TYPES).toContain(event);
      }
    }
  });

  it('describes every event, and each is handled by some region', () => {
    const events = described.processOverview.events;
    expect(events.map((e) => e.type)).toEqual([...JOURNEY_EVENT_TYPES]);
    for (const event of events) {
      expect(event.meaning.length, event.type).toBeGreaterThan(0);
      expect(event.regions.length, event.type).toBeGreaterThan(0);
    }
    const need = described.entities.regions.find((r) => r.name === 'need')!;
    expect(need.states.find((s) => s.path === 'none')!.events).toEqual(['NEED_ARISES']);
  });

  it("describes every field of a child's record", () => {
    const context = createJourneyContext(
      { id: 0, birthDay: 0, sex: 'female', primaryNeed: 'ASD', deprived: false, advocacy: 0.5 },
      0.5,
      0.5,
    );
    const names = [
      ...described.entities.childAttributes.map((f) => f.name),
      ...described.entities.journeyContext.map((f) => f.name),
    ];
    expect([...names].sort()).toEqual(Object.keys(context).sort());
  });

  it('books every unit cost to a payer, and sizes every service', () => {
    expect(described.entities.payers.map((p) => p.id)).toEqual([...PAYERS]);
    const booked = described.entities.payers.flatMap((p) => p.costParameters);
    const costs = PARAMETER_KEYS.filter((k) => k.startsWith('cost.'));
    expect([...new Set(booked)].sort()).toEqual([...costs].sort());
    expect(described.entities.payers.find((p) => p.id === 'hmcts')!.costParameters).toEqual([
      'cost.tribunalHmcts',
    ]);
    expect(described.entities.services.map((s) => s.id)).toEqual([...SERVICES]);
    const special = described.entities.services.find((s) => s.id === 'specialSchool')!;
    expect(special.nationalSlots).toBe(baseline.params['placement.specialSchoolPlaces']);
    for (const service of described.entities.services)
      expect(service.nationalSlots).toBeGreaterThanOrEqual(1);
  });

  it('lists the statutory clocks with their days', () => {
    expect(described.processOverview.statutoryClocks.map((c) => [c.id, c.days])).toEqual(
      Object.entries(STATUTORY_DAYS),
    );
  });
});

describe('describeModel: calibration, limits and shape', () => {
  it('says how to produce a calibration report when none is given', () => {
    expect(described.calibration.rows).toBeNull();
    expect(described.calibration.note).toContain('sendsim calibrate');
  });

  it("includes a report's rows and flags a report made by another model version", () => {
    const report: CalibrationReport = {
      meta: {
        scenario: 'baseline',
        scenarioName: 'England today (baseline)',
        seed: 1,
        reps: 2,
        years: 5,
        scale: 0.01,
        startDate: '2023-01-01',
        modelVersion: 'old',
        targetsFile: 'calibration-targets.json',
      },
      rows: [
        {
          target: {
            metric: 'ehcp_stock_all_ages',
            period: 'Jan 2023',
            value: 517000,
            unit: 'plans',
            tolerance: 0.05,
            source: 'SEN2 2023',
            status: 'V',
          },
          model: { mean: 520000, lo: 510000, hi: 530000 },
          error: 3000,
          score: 0.1,
          allowed: 25850,
          standardError: 5000,
          status: 'pass',
          note: '',
          heldOut: false,
        },
      ],
      summary: {
        targets: 1,
        evaluated: 1,
        passed: 1,
        shareOfAll: 1,
        shareOfEvaluated: 1,
        ehcpStocksAllPass: true,
      },
    };
    const d = describeModel(baseline, { calibration: report });
    expect(d.calibration.rows).toEqual(report.rows);
    expect(d.calibration.summary).toEqual(report.summary);
    expect(d.calibration.note).toContain('1 of 1 targets pass');
    expect(d.calibration.note).toContain(`not this model (${MODEL_VERSION})`);
  });

  it('lists the known limits, one sentence each', () => {
    expect(KNOWN_LIMITS.length).toBeGreaterThan(0);
    expect(described.limits).toEqual(KNOWN_LIMITS);
    for (const limit of described.limits) {
      expect(limit.text, limit.topic).toMatch(/\.$/);
      expect(limit.text, limit.topic).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('is plain data: JSON round-trips it unchanged, and describing twice gives the same', () => {
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
    expect(JSON.stringify(describeModel(loadScenario('baseline')))).toBe(JSON.stringify(described));
    expect(described.overview.modelVersion).toBe(MODEL_VERSION);
    expect(described.metrics.length).toBeGreaterThan(0);
    expect(described.equityMetrics.length).toBeGreaterThan(0);
  });
});
