/**
 * The five founding documents of the project (`/work/shared/seeds/`): what the simulator was
 * built to test. Each concrete ask in them is listed in `seed-asks.ts`, and the coverage table
 * (`describe/seed-coverage.ts`) says what in the model represents it.
 */

/** One founding document. */
export interface SeedDocument {
  readonly id: SeedDocumentId;
  readonly title: string;
  /** A few words naming it in a table row. */
  readonly short: string;
  readonly author: string;
  readonly year: string;
}

export const SEED_DOCUMENT_IDS = [
  'nnpcf-accountability-2020',
  'nnpcf-accountability-2021',
  'nnpcf-send-review',
  'lenehan-2017',
  'nnpcf-isos-2024',
] as const;

export type SeedDocumentId = (typeof SEED_DOCUMENT_IDS)[number];

export const SEED_DOCUMENTS: readonly SeedDocument[] = [
  {
    id: 'nnpcf-accountability-2020',
    short: 'NNPCF on accountability, 2020',
    title:
      'NNPCF working to improve accountability in the SEND system (with its feedback on local area inspections, January 2020)',
    author: 'National Network of Parent Carer Forums',
    year: '2020',
  },
  {
    id: 'nnpcf-accountability-2021',
    short: 'NNPCF on accountability, 2021',
    title: 'NNPCF work to improve accountability in the SEND system',
    author: 'National Network of Parent Carer Forums',
    year: '2021',
  },
  {
    id: 'nnpcf-send-review',
    short: 'NNPCF on the SEND review, 2021',
    title: 'The SEND review: what the NNPCF asked for (conference presentation)',
    author: 'National Network of Parent Carer Forums',
    year: '2021',
  },
  {
    id: 'lenehan-2017',
    short: 'Lenehan review, 2017',
    title: 'Good intentions, good enough? A review of residential special schools and colleges',
    author: 'Dame Christine Lenehan and Mark Geraghty, for the Department for Education',
    year: '2017',
  },
  {
    id: 'nnpcf-isos-2024',
    short: 'NNPCF on the Isos report, 2024',
    title:
      "The NNPCF's response to the LGA/CCN/Isos Partnership SEND report (Towards an effective and financially sustainable approach to SEND in England)",
    author: 'National Network of Parent Carer Forums',
    year: '2024',
  },
];
