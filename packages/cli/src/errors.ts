/** The two kinds of user error the CLI reports, each with its own exit code. */
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
