/**
 * The kinds of user error the CLI reports, each with its exit code, and how a message
 * repeats what the user gave: whole when short, cut to its start and length when not (a
 * 20,000-character option value was once echoed whole).
 */
import type { CommandName } from './args.js';

/** A mistake in how sendsim was called: exit code 2. */
export class UsageError extends Error {
  /** The command whose help explains the fix, when there is one. */
  readonly command: CommandName | undefined;
  constructor(message: string, command?: CommandName) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** A problem with the input files (missing, unreadable, invalid): exit code 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A run that could not be completed where it was sent (`--backend redis`): Redis unreachable or
 * lost, or a worker refused or failed a replication. Exit code 1; the message says what to do.
 */
export class BackendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendError';
  }
}

/**
 * A result `sendsim rerun` cannot reproduce as things stand: it has no manifest, a file it was
 * made from has changed, or it was made by another model version. Exit code 1.
 */
export class RerunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RerunError';
  }
}

/** Longest text of the user's a message repeats whole, quoted. */
const QUOTED_MAX = 60;
/** Longest run of characters without a space a message keeps whole (a path, an echoed value). */
const WORD_MAX = 200;
const LONG_WORD = new RegExp(`\\S{${WORD_MAX + 1},}`, 'g');

/**
 * Text the user gave, as a message quotes it: in JSON quotes, cut to its start and its length
 * when long.
 *
 * @example
 * quoted('abc') // '"abc"'
 */
export function quoted(text: string): string {
  const json = JSON.stringify(text);
  return json.length <= QUOTED_MAX ? json : `${json.slice(0, QUOTED_MAX)}… (${text.length} characters)`;
}

/**
 * `message` with every run of more than `WORD_MAX` characters without a space cut to its start
 * and length: a last guard, where the CLI prints an error, for a path or value repeated whole.
 */
export function withLongWordsCut(message: string): string {
  return message.replace(LONG_WORD, (word) => `${word.slice(0, 80)}… (${word.length} characters)`);
}
