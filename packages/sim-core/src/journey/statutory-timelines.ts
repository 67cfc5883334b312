/**
 * Statutory time limits, in days. These are law, not model parameters: what varies between
 * scenarios is how often they are met (the compliance parameters read in `journey-delays.ts`).
 * Source: Children and Families Act 2014; SEND Regulations 2014 (regs 4, 5, 13, 44);
 * SEND Code of Practice 2015 (see ../shared/data/calibration-targets.json → structure).
 */
export const STATUTORY_DAYS = {
  /** Decide whether to assess: 6 weeks from the request (reg 4). */
  decideWhetherToAssess: 6 * 7,
  /** Issue the final plan: 20 weeks from the request (reg 13). */
  issueFinalPlan: 20 * 7,
  /** Appeal: 2 months from the decision letter. */
  appealWindow: 61,
  /** Mediation meeting within 30 days of the request for mediation. */
  mediationMeeting: 30,
  /** Tribunal order to amend a plan: 5 weeks (reg 44). */
  amendPlanOrder: 5 * 7,
} as const;
