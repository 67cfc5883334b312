/**
 * The points file of a resumable command (`sendsim psa` and, later, `sweep`, with `--out FILE`):
 * `FILE.points.jsonl`, JSON lines. The first line is a header that says what command made it
 * (its name, the content hashes of its scenario files, every option that changes a point, the
 * model and sendsim versions and the number of points); each later line is one finished point,
 * `{"point": <index>, "value": <the point's result>}`, appended and flushed as soon as the point
 * is done, in the order points finish.
 *
 * Running the same command again with the same `--out` reads the file and skips the points it
 * holds; a file made by another command or version is refused, naming what differs, and never
 * overwritten. A point line cut short by an interruption (no final newline) is dropped, so an
 * interrupted run loses at most the points in flight. The summary is always made from the
 * points read back, in point order, so it is byte-identical whether or not the run was resumed.
 */
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  truncateSync,
} from 'node:fs';
import { InputError } from './errors.js';

/** The points file's own format; a file of a later format is refused. */
export const POINTS_FILE_VERSION = 1;

/** What made a points file: a point from another command cannot be reused. */
export interface PointsHeader {
  readonly pointsFile: number;
  readonly command: string;
  readonly modelVersion: string;
  readonly sendsimVersion: string;
  /** Each scenario file the command read, by id and the SHA-256 of its bytes. */
  readonly scenarios: readonly { readonly id: string; readonly sha256: string }[];
  /** Every option that changes a point, as resolved (not `--out` or `--format`). */
  readonly options: Readonly<Record<string, number | string | boolean | null>>;
  readonly points: number;
}

/** Where the points of `--out FILE` go. */
export function pointsPathOf(out: string): string {
  return `${out}.points.jsonl`;
}

/** An open points file: the points already finished, and where to add the rest. */
export class PointsFile {
  private constructor(
    private readonly path: string,
    /** Finished points by index: the first line for a point wins. */
    readonly done: ReadonlyMap<number, unknown>,
  ) {}

  /**
   * Open `path` (shown as `display`) for the command `header` describes: create it with the
   * header, or check an existing one's header and read its points. Throws an `InputError` naming
   * what differs when the file was made by another command, version or set of files.
   */
  static open(path: string, display: string, header: PointsHeader): PointsFile {
    const headerLine = `${JSON.stringify(header)}\n`;
    if (!existsSync(path)) {
      appendDurably(path, headerLine);
      return new PointsFile(path, new Map());
    }
    const text = readFileSync(path, 'utf8');
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      throw new InputError(
        `${display}: expected a points file written by sendsim (a header line, then one line per finished point), found ${text.length === 0 ? 'an empty file' : 'no whole line'}; delete it to start again`,
      );
    }
    // A last line without its newline was cut short by an interruption: drop it.
    if (end + 1 < text.length) truncateSync(path, Buffer.byteLength(text.slice(0, end + 1)));
    const lines = text.slice(0, end).split('\n');
    checkHeader(parseLine(lines[0]!, display, 1), header, display);
    const done = new Map<number, unknown>();
    lines.slice(1).forEach((line, i) => {
      const entry = parseLine(line, display, i + 2);
      const point = entry.point;
      if (!Number.isSafeInteger(point) || (point as number) < 0 || (point as number) >= header.points) {
        throw new InputError(
          `${display}: line ${i + 2}: point: expected a point from 0 to ${header.points - 1}, found ${JSON.stringify(point)}; delete the file to start again`,
        );
      }
      if (!done.has(point as number)) done.set(point as number, entry.value);
    });
    return new PointsFile(path, done);
  }

  /** Add one finished point, flushed to disk before returning (it survives the process being killed). */
  add(point: number, value: unknown): void {
    appendDurably(this.path, `${JSON.stringify({ point, value })}\n`);
  }
}

/** Append `text` and flush it to disk: one whole line at a time, so a kill can cut at most the last. */
function appendDurably(path: string, text: string): void {
  const fd = openSync(path, 'a');
  try {
    appendFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function parseLine(line: string, display: string, number: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {}
  throw new InputError(
    `${display}: line ${number}: expected a JSON object written by sendsim, found ${JSON.stringify(line.slice(0, 60))}; delete the file to start again`,
  );
}

/** The header found must be the one this command would write, field by field (options one by one). */
function checkHeader(found: Record<string, unknown>, wanted: PointsHeader, display: string): void {
  const refuse = (field: string, had: unknown, now: unknown) =>
    new InputError(
      `${display}: holds the points of another command, so they cannot be reused: ${field}: the file has ${shown(field, had)}, this command has ${shown(field, now)}; give another --out, or delete ${display} to start again`,
    );
  if (typeof found.pointsFile !== 'number' || found.pointsFile > POINTS_FILE_VERSION) {
    throw refuse('pointsFile (the file format)', found.pointsFile, POINTS_FILE_VERSION);
  }
  for (const [key, value] of Object.entries(wanted)) {
    if (key === 'options' && typeof found.options === 'object' && found.options !== null) {
      const had = found.options as Record<string, unknown>;
      for (const [name, v] of Object.entries(wanted.options)) {
        if (JSON.stringify(had[name] ?? null) !== JSON.stringify(v)) throw refuse(`--${name}`, had[name], v);
      }
      continue;
    }
    if (JSON.stringify(found[key] ?? null) !== JSON.stringify(value)) throw refuse(key, found[key], value);
  }
}

/** A header value in a message: scenarios as `id (sha256 abcdef123456…)`, short enough to read. */
function shown(field: string, value: unknown): string {
  if (field === 'scenarios' && Array.isArray(value)) {
    return value
      .map(
        (f: { id?: unknown; sha256?: unknown }) =>
          `${String(f?.id)} (sha256 ${String(f?.sha256).slice(0, 12)}…)`,
      )
      .join(', ');
  }
  return JSON.stringify(value ?? null);
}
