/**
 * The start's statutory pipeline and plan holders' ages come from the model's own process
 * (population/synthetic-population.ts), so the first months of a run neither empty a pipeline
 * the model could not have filled nor retire young adults it would already have lost:
 *
 * - requests and assessments in progress are the year's requests times the model's own mean
 *   time in each stage (`MEAN_STATUTORY_DAYS`, which must be the means of the delays the
 *   statechart samples), each part-way through a stage drawn as the statechart draws it;
 * - plan holders from 18 thin out with age at the hazard annual reviews give
 *   (`ageWithinBand`), as a run reaching the start date from an earlier one leaves them;
 * - appeals in progress are listed for a hearing as far as the tribunal has slots, part-way
 *   through, and are to be conceded or withdrawn in the shares of appeals still in progress.
 */
import {
  ageWithinBand,
  appealOutcomesInProgress,
  assessmentsInProgress,
  buildStartingPopulation,
  type ChildSeed,
  createJourneyContext,
  disputesInProgress,
  JOURNEY_DELAYS,
  MEAN_STATUTORY_DAYS,
  type Params,
  planEndingHazard,
  randomStream,
  requestsInProgress,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

const scenario = loadScenario('baseline');
const baseline = scenario.params;
const startYear = Number(scenario.startDate.slice(0, 4));
const SCALE = 0.002;

describe('the mean statutory delays are the means of the delays the statechart samples', () => {
  const context = createJourneyContext(
    { id: 0, birthDay: 0, sex: 'female', primaryNeed: 'ASD', deprived: false, advocacy: 0.5 },
    0.5,
    0.5,
  );
  const draws = 200_000;
  it.each(Object.keys(MEAN_STATUTORY_DAYS) as Array<keyof typeof MEAN_STATUTORY_DAYS>)('%s', (delay) => {
    // Both sides of the decision deadline, and appeal preparation with and without the window's cap.
    for (const [compliance, preparation] of [
      [0.3, 30],
      [0.9, 45],
      [0.6, 80],
    ] as const) {
      const p = {
        ...baseline,
        'la.decisionCompliance': compliance,
        'redress.preparationDays': preparation,
      } as Params;
      const r = randomStream(7, 0, 0, 'timing');
      let sum = 0;
      for (let k = 0; k < draws; k++) sum += JOURNEY_DELAYS[delay](context, p, r, 0);
      expect(sum / draws).toBeCloseTo(MEAN_STATUTORY_DAYS[delay](p), 0);
    }
  });
});

describe('requests and assessments in progress at the start', () => {
  const children = buildStartingPopulation(baseline, startYear, SCALE, 1, 0);
  const inStage = (leaf: string) => children.filter((c) => c.leaves.support === leaf);
  const requested = inStage('statutory.requested');
  const withEP = inStage('statutory.assessing.withEP');
  const deciding = inStage('statutory.decidingToIssue');
  const drafting = inStage('statutory.drafting');
  const assessing = [...withEP, ...deciding, ...drafting];

  it('are as many as the year’s requests keep in each stage for the model’s own mean times', () => {
    expect(requested.length).toBe(Math.round(requestsInProgress(baseline) * SCALE));
    // Appeals against a refusal after all wait in `statutory.refused`, never in these stages.
    expect(assessing.length).toBe(Math.round(assessmentsInProgress(baseline) * SCALE));
    // Agreed: neither refused nor ended without a decision, of the model's own flow around the start.
    const agreed =
      baseline['population.requestsPerYear'] *
      baseline['population.requestFlowAtStart'] *
      (1 - baseline['population.requestsRefusedShare'] - baseline['request.withdrawnBeforeDecision']);
    const days =
      MEAN_STATUTORY_DAYS.epAssessment(baseline) +
      MEAN_STATUTORY_DAYS.issueDecision() +
      MEAN_STATUTORY_DAYS.drafting(baseline);
    expect(assessmentsInProgress(baseline)).toBeCloseTo((agreed * days) / 365.25, 6);
  });

  it('spread over the stages in proportion to the time each takes', () => {
    const total =
      MEAN_STATUTORY_DAYS.epAssessment(baseline) +
      MEAN_STATUTORY_DAYS.issueDecision() +
      MEAN_STATUTORY_DAYS.drafting(baseline);
    const n = assessing.length;
    for (const [stage, mean] of [
      [withEP, MEAN_STATUTORY_DAYS.epAssessment(baseline)],
      [deciding, MEAN_STATUTORY_DAYS.issueDecision()],
      [drafting, MEAN_STATUTORY_DAYS.drafting(baseline)],
    ] as const) {
      const share = mean / total;
      expect(Math.abs(stage.length / n - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / n));
    }
  });

  it('each part-way through its stage: the next step falls due within the stage’s longest time, at every point of it', () => {
    const due = (c: ChildSeed, timer: string) => c.timers.find((t) => t.timer === timer)?.day;
    const longest = {
      // The decision's overrun is exponential: twenty mean overruns past the deadline is beyond any draw here.
      'statutory.requested': 42 + 28 * 20,
      'statutory.assessing.withEP': baseline['ep.assessmentDays'] * 1.25,
      'statutory.decidingToIssue': 21,
      'statutory.drafting': baseline['la.draftingMeanDays'] * 1.5,
    } as const;
    const timerOf = {
      'statutory.requested': 'decision',
      'statutory.assessing.withEP': 'assessment',
      'statutory.decidingToIssue': 'decision',
      'statutory.drafting': 'drafting',
    } as const;
    for (const c of [...requested, ...assessing]) {
      const leaf = c.leaves.support as keyof typeof longest;
      const day = due(c, timerOf[leaf]);
      expect(day, `${leaf} child ${c.context.id}`).toBeGreaterThanOrEqual(0);
      expect(day).toBeLessThanOrEqual(longest[leaf]);
      // Asked for before the start, and no earlier than the stages behind it allow.
      expect(c.context.requestedOn).toBeLessThanOrEqual(0);
    }
    // Part-way, not at the start of a stage: drafting falls due on average about half a drafting time ahead.
    const meanDue = drafting.reduce((s, c) => s + due(c, 'drafting')!, 0) / drafting.length;
    expect(meanDue).toBeLessThan(0.75 * baseline['la.draftingMeanDays']);
  });
});

describe('disputes being prepared or mediated at the start', () => {
  const children = buildStartingPopulation(baseline, startYear, SCALE, 1, 0);
  const preparing = children.filter((c) => c.timers.some((t) => t.event === 'APPEAL'));
  const mediating = children.filter((c) => c.leaves.redress === 'mediation');

  it('are as many as the year’s appeals, before mediation, keep preparing and mediating', () => {
    expect(preparing.length + mediating.length).toBe(Math.round(disputesInProgress(baseline) * SCALE));
    // A mediation meeting takes 30 days; preparing an appeal about 44 (capped by the two-month window).
    const expectedShare =
      (baseline['redress.mediationTakeUp'] * 30) / (baseline['redress.mediationTakeUp'] * 30 + 44.4);
    const n = preparing.length + mediating.length;
    const share = mediating.length / n;
    expect(Math.abs(share - expectedShare)).toBeLessThan(
      4 * Math.sqrt((expectedShare * (1 - expectedShare)) / n) + 0.01,
    );
  });

  it('keep the published plan stock: disputes of a plan are carved out of the plan holders', () => {
    const planHolders = children.filter((c) => c.leaves.support === 'statutory.plan').length;
    expect(planHolders).toBe(Math.round(baseline['population.ehcpStock'] * SCALE));
  });

  it('each carries what the statechart needs to go on: an appeal due within the window, with its type; a meeting due within 30 days', () => {
    for (const c of preparing) {
      const appeal = c.timers.find((t) => t.event === 'APPEAL')!;
      expect(appeal.day).toBeGreaterThanOrEqual(0);
      expect(appeal.day).toBeLessThan(61);
      const refused = c.leaves.support === 'statutory.refused' || c.leaves.support === 'statutory.notIssued';
      const expected = {
        'statutory.refused': ['refusalToAssess'],
        'statutory.notIssued': ['refusalToIssue'],
        'statutory.plan': ['placement', 'planContents'],
      }[c.leaves.support];
      expect(expected).toContain(appeal.payload?.appealType);
      expect(c.context.appealType).toBe('none');
      // A refusal's appeal window closes after the appeal is lodged.
      if (refused)
        expect(c.timers.find((t) => t.event === 'APPEAL_WINDOW_CLOSES')!.day).toBeGreaterThan(appeal.day);
    }
    for (const c of mediating) {
      const meeting = c.timers.find((t) => t.event === 'MEDIATION_OUTCOME')!;
      expect(meeting.day).toBeGreaterThanOrEqual(0);
      expect(meeting.day).toBeLessThanOrEqual(30);
      expect(c.context.appealType).not.toBe('none');
      expect(c.context.mediations).toBe(1);
    }
  });
});

describe('disputes and appeals of a refusal in progress at the start', () => {
  it('are against refusals to assess and to issue in the published proportions (27.9% and 8.5% of appeals, 2022/23)', () => {
    let toIssue = 0;
    let all = 0;
    for (let replication = 0; replication < 8; replication++) {
      for (const c of buildStartingPopulation(baseline, startYear, 0.01, 1, replication)) {
        const type =
          c.context.appealType !== 'none'
            ? c.context.appealType
            : c.timers.find((t) => t.event === 'APPEAL')?.payload?.appealType;
        if (type !== 'refusalToAssess' && type !== 'refusalToIssue') continue;
        all++;
        if (type === 'refusalToIssue') {
          toIssue++;
          // Assessed and refused a plan: waiting on the refusal to issue, not to assess.
          expect(c.leaves.support).toBe('statutory.notIssued');
        } else expect(c.leaves.support).toBe('statutory.refused');
      }
    }
    const expected = 0.085 / (0.279 + 0.085);
    expect(all).toBeGreaterThan(100);
    expect(Math.abs(toIssue / all - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / all));
  });
});

describe('plan holders’ ages within a band', () => {
  /** The share of a band [lo, hi) below `age`, from the density ageWithinBand draws from. */
  function cdf(lo: number, hi: number, from: number, h: number, age: number): number {
    const mass = (a: number) =>
      Math.max(0, Math.min(a, from) - lo) +
      (a > from ? (1 - Math.exp(-h * (a - Math.max(lo, from)))) / h : 0) *
        Math.exp(-h * Math.max(0, lo - from));
    return mass(age) / mass(hi);
  }

  it('draws every age by inverse transform of the stated density', () => {
    fc.assert(
      fc.property(
        // The start's age bands, and bands that begin or end at 18.
        fc.constantFrom([2, 5], [5, 11], [11, 16], [16, 20], [20, 25], [17, 18], [18, 19], [14, 23]),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        ([lo, hi], h, u) => {
          const age = ageWithinBand(lo, hi, 18, h, u);
          expect(age).toBeGreaterThanOrEqual(lo);
          expect(age).toBeLessThanOrEqual(hi);
          expect(cdf(lo, hi, 18, h, age)).toBeCloseTo(u, 9);
        },
      ),
    );
  });

  it('is flat in a band below the age an LA may cease a plan, and with no hazard', () => {
    expect(ageWithinBand(11, 16, 18, 0.4, 0.3)).toBeCloseTo(12.5, 12);
    expect(ageWithinBand(20, 25, 18, 0, 0.3)).toBeCloseTo(21.5, 12);
  });

  it('ends plans from 18 at the hazard with the mean time of leaving education or moving on, and then a review ceasing the plan', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.45, noNaN: true }),
        fc.double({ min: 0, max: 0.45, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        fc.double({ min: 180, max: 730, noNaN: true }),
        (leaves, movesOn, ceases, reviewDays) => {
          const p = {
            ...baseline,
            'placement.leavesEducationProbability': leaves,
            'placement.movesOnProbability': movesOn,
            'plan.ceaseNotInEducationProbability': ceases,
            'plan.annualReviewDays': reviewDays,
          };
          // Mean years in further education (a birthday a year ends it by either route), plus,
          // for the share who left rather than moved on, mean years to the ceasing review.
          const meanYears =
            1 / -Math.log(1 - leaves - movesOn) +
            (leaves / (leaves + movesOn)) * (reviewDays / 365.25 / -Math.log(1 - ceases));
          expect(planEndingHazard(p)).toBeCloseTo(1 / meanYears, 12);
        },
      ),
    );
    const never = { 'placement.leavesEducationProbability': 0, 'placement.movesOnProbability': 0 };
    expect(planEndingHazard({ ...baseline, ...never })).toBe(0);
    // Moving on alone ends plans at its own hazard: no review is waited for.
    const movingOnOnly = { ...never, 'placement.movesOnProbability': 0.1 };
    expect(planEndingHazard({ ...baseline, ...movingOnOnly })).toBeCloseTo(-Math.log(0.9), 12);
  });

  it('leaves the start with as few 24-year-olds, against 20-year-olds, as leaving education and ceasing leave', () => {
    const children = buildStartingPopulation(baseline, startYear, 0.01, 1, 0).filter((c) =>
      c.leaves.support.startsWith('statutory.plan'),
    );
    const at = (age: number) =>
      children.filter((c) => Math.floor(-c.context.birthDay / 365.25) === age).length;
    const hazard = planEndingHazard(baseline);
    const expected = Math.exp(-4 * hazard);
    const ratio = at(24) / at(20);
    expect(Math.abs(ratio - expected)).toBeLessThan(0.1 + 0.5 * expected);
    expect(ratio).toBeLessThan(0.6);
  });
});

describe('appeals in progress at the start', () => {
  it('are to be conceded or withdrawn in the shares of survivors: fewer than at registration, in the same ratio, and with the start’s own time in progress', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 30, max: 300, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (concede, withdraw, meanDays, years) => {
          const p = {
            ...baseline,
            'redress.laConcedes': concede,
            'redress.familyWithdraws': withdraw,
            'redress.concessionMeanDays': meanDays,
            'population.appealsInProgress': years * baseline['population.appealsPerYear'],
          } as Params;
          const shares = appealOutcomesInProgress(p);
          // An appeal the LA's response ends leaves sooner than one that waits for its hearing.
          expect(shares.concede + shares.withdraw).toBeLessThan(concede + withdraw);
          expect(shares.concede * withdraw).toBeCloseTo(concede * shares.withdraw, 12);
          // Little's law backwards: the hearing time these shares imply gives the start's time in progress.
          const decided = 1 - concede - withdraw;
          const hearing = ((1 - shares.concede - shares.withdraw) / decided) * years * 365.25;
          const responded = meanDays * (1 - Math.exp(-hearing / meanDays));
          expect((concede + withdraw) * responded + decided * hearing).toBeCloseTo(years * 365.25, 6);
        },
      ),
      { seed: 20_231_206, numRuns: 200 },
    );
  });

  it('are listed as far as the tribunal has slots, part-way to their decision, and the rest wait for one', () => {
    const slots = 5;
    const appeals = buildStartingPopulation(baseline, startYear, SCALE, 1, 0, slots).filter(
      (c) => c.leaves.redress === 'awaitingHearing.queued' || c.leaves.redress === 'awaitingHearing.listed',
    );
    const listed = appeals.filter((c) => c.leaves.redress === 'awaitingHearing.listed');
    expect(appeals.length).toBeGreaterThan(slots);
    expect(listed.length).toBeGreaterThanOrEqual(slots - 1);
    expect(listed.length).toBeLessThanOrEqual(slots);
    const longest = baseline['tribunal.listingToDecisionDays'] * 1.25;
    for (const c of listed) {
      const hearing = c.timers.find((t) => t.event === 'HEARING_OUTCOME')!;
      expect(hearing.day).toBeGreaterThanOrEqual(0);
      expect(hearing.day).toBeLessThanOrEqual(longest);
      expect(c.waitsForHearing).toBe(false);
    }
    for (const c of appeals.filter((a) => a.leaves.redress === 'awaitingHearing.queued')) {
      expect(c.timers.some((t) => t.event === 'HEARING_OUTCOME')).toBe(false);
      expect(c.waitsForHearing).toBe(true);
    }
  });
});
