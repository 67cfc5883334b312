/**
 * Saving a file from the page: a temporary link with a `download` name, clicked and removed.
 * Works without a server round trip, so exports of a finished run never re-run anything.
 */

/** Offer `text` as a file named `filename` (UTF-8, with the given type). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    downloadUrl(filename, url);
  } finally {
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Offer the resource at `url` (a `data:` or `blob:` URL) as a file named `filename`. */
export function downloadUrl(filename: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * A file name that says what the file holds and how it was made, with no date in it (the same
 * run gives the same name): `send-sim_baseline-vs-early-help_seed1_reps5_10y_scale0.01_series.csv`.
 */
export function exportName(
  scenarios: readonly string[],
  meta: { readonly seed: number; readonly reps: number; readonly years: number; readonly scale: number },
  what: string,
  extension: string,
): string {
  const run = `seed${meta.seed}_reps${meta.reps}_${meta.years}y_scale${meta.scale}`;
  return `send-sim_${scenarios.join('-vs-')}_${run}_${what}.${extension}`;
}
