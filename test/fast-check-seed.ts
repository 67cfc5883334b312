/**
 * Property tests draw their cases from one fixed seed, so a run of the suite is reproducible
 * (a failure in CI is the same failure on a laptop). Set FC_SEED to explore other cases, as a
 * developer changing an invariant should; a counterexample found that way belongs in a plain
 * test beside the property.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_205) });
