/**
 * A chart as a PNG that can stand on its own in a report: the chart on a white background
 * (a canvas is transparent, which prints black on some viewers), with a title above and a
 * caption below saying what was run (scenarios, seed, replications, scale, model version), so
 * a picture lifted into a paper can be traced back to, and reproduced from, its run.
 */

import type { Chart } from 'chart.js';
import { downloadUrl, exportName } from '../app/download.js';
import type { ExperimentSummary } from '../worker/worker-protocol.js';
import type { ChartOutcome } from './chart-outcomes.js';

/**
 * Offer `chart` (of outcome `def`, for `results`: the baseline first) as a PNG named after the
 * run, titled with the metric and captioned with the scenarios and everything that reproduces
 * the run: seed, replications, years, scale and model version.
 */
export function downloadChartPng(
  chart: Chart,
  def: ChartOutcome,
  results: readonly [ExperimentSummary, ...ExperimentSummary[]],
): void {
  const m = results[0].meta;
  const when = def.kind === 'stock' ? 'in January of each year' : 'in each calendar year';
  const caption = [
    `Lines: mean over replications; shaded bands: 95% interval. Scenarios: ${results
      .map((r) => r.meta.scenarioName)
      .join('; ')}.`,
    `SEND system simulator, model version ${m.modelVersion}: seed ${m.seed}, ${m.reps} replications, ${m.years} years from ${m.startDate}, scale ${m.scale} (weighted to England).`,
  ];
  const png = chartPng(chart.canvas, `${def.label} ${when}`, caption, chart.currentDevicePixelRatio);
  downloadUrl(
    exportName(
      results.map((r) => r.meta.scenario),
      m,
      def.id,
      'png',
    ),
    png,
  );
}

/** Fonts for the title and caption, in CSS pixels (scaled with the canvas's pixel ratio). */
const TITLE_PX = 16;
const CAPTION_PX = 12;
const MARGIN_PX = 12;

/**
 * Compose `source` (a chart's canvas) with `title` above and `caption` lines below, on white,
 * and return it as a PNG data URL. `pixelRatio` is the canvas's device pixels per CSS pixel.
 */
export function chartPng(
  source: HTMLCanvasElement,
  title: string,
  caption: readonly string[],
  pixelRatio: number,
): string {
  const r = pixelRatio > 0 ? pixelRatio : 1;
  const margin = MARGIN_PX * r;
  const titleHeight = TITLE_PX * 1.5 * r;
  const captionLine = CAPTION_PX * 1.4 * r;
  const width = source.width + 2 * margin;
  const captionLines = caption.flatMap((line) => wrapText(line, width - 2 * margin, CAPTION_PX * r));
  const height =
    margin + titleHeight + source.height + margin / 2 + captionLines.length * captionLine + margin;

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width);
  canvas.height = Math.ceil(height);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('this browser cannot draw on a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#0b0c0c';
  ctx.textBaseline = 'top';
  ctx.font = `700 ${TITLE_PX * r}px system-ui, sans-serif`;
  ctx.fillText(title, margin, margin, width - 2 * margin);
  ctx.drawImage(source, margin, margin + titleHeight);
  ctx.fillStyle = '#505a5f';
  ctx.font = `${CAPTION_PX * r}px system-ui, sans-serif`;
  let y = margin + titleHeight + source.height + margin / 2;
  for (const line of captionLines) {
    ctx.fillText(line, margin, y);
    y += captionLine;
  }
  return canvas.toDataURL('image/png');
}

/** Split `text` into lines no wider than `maxWidth` at a font of `fontPx` (measured roughly). */
function wrapText(text: string, maxWidth: number, fontPx: number): string[] {
  // An average glyph is about 0.55 em in system sans-serif fonts: good enough to keep a
  // caption inside the picture without a measuring context.
  const perLine = Math.max(20, Math.floor(maxWidth / (fontPx * 0.55)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
