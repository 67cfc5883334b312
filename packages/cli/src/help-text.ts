/** The help texts: `sendsim --help` and `sendsim help <command>`. */
import {
  COMMAND_SPECS,
  COMMANDS,
  type CommandName,
  defaultFor,
  OPTION_SPECS,
  type OptionSpec,
  optionSpec,
} from './args.js';

/** The usage text printed by `sendsim --help` (fits 100 columns). */
export function usageText(): string {
  const lines = ['sendsim: simulate England’s SEND system and compare policy reforms', '', 'Usage:'];
  for (const name of COMMANDS) {
    const spec = COMMAND_SPECS[name];
    lines.push(`  sendsim ${spec.usage.padEnd(32)}${spec.summary}`);
  }
  lines.push(
    `  sendsim ${'help [command]'.padEnd(32)}this help, or one command's options`,
    `  sendsim ${'--version'.padEnd(32)}the CLI and model versions`,
    '',
    'Options:',
  );
  for (const spec of OPTION_SPECS) {
    const users = COMMANDS.filter((c) => COMMAND_SPECS[c].options.includes(spec.name));
    const where = users.length < 3 ? ` (${users.join(' and ')} only)` : '';
    lines.push(
      `  ${`--${spec.name} ${spec.placeholder}`.padEnd(20)}${spec.help}${defaultsText(spec, users)}${where}`,
    );
  }
  lines.push(
    '',
    'bench takes only --scale, --format and --out; validate takes no options.',
    'Options may also be written --option=value.',
    '',
    'A scenario is a path to a .json file or an id: "baseline" means scenarios/baseline.json, looked',
    'for under the current folder, then under the repository root. A reform names its baseline by id',
    'and is resolved against <baseline>.json in the same folder.',
    '',
    'Examples:',
    '  sendsim compare baseline no-tribunal-placement-orders',
    '  sendsim run baseline --years 5 --reps 10 --format csv --out results/baseline.csv',
    '  sendsim sensitivity baseline early-help-investment --metric crisis_events',
    '  sendsim sweep baseline --metric ep_wait_days --param ep.workforceFte --values 3000,5000',
    '  sendsim psa baseline early-help-investment --draws 50 --out results/psa.csv --format csv',
    '  sendsim trace baseline --child 42',
    '  sendsim validate scenarios/*.json',
    '  sendsim describe baseline --out model-description.md',
    '  sendsim rerun results/baseline.csv',
    '',
    'Exit codes: 0 success; 1 missing or invalid input files; 2 usage errors; 3 internal errors.',
  );
  return `${lines.join('\n')}\n`;
}

/** Help for one command: its usage line and the options it takes. */
export function commandHelpText(command: CommandName): string {
  const spec = COMMAND_SPECS[command];
  const lines = [
    `Usage: sendsim ${spec.usage}${spec.options.length > 0 ? ' [options]' : ''}`,
    '',
    `${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.`,
    ...spec.details,
  ];
  if (spec.options.length > 0) {
    lines.push('', 'Options:');
    for (const name of spec.options) {
      const option = optionSpec(name);
      const value = defaultFor(command, name);
      lines.push(
        `  ${`--${name} ${option.placeholder}`.padEnd(20)}${option.help}${value === undefined ? '' : ` (default ${value})`}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** " (default 5; compare 10)": the option's default, then each command's own, if any. */
function defaultsText(spec: OptionSpec, users: readonly CommandName[]): string {
  if (spec.default === undefined) return '';
  const own = users
    .filter((c) => defaultFor(c, spec.name) !== spec.default)
    .map((c) => `; ${c} ${defaultFor(c, spec.name)}`);
  return ` (default ${spec.default}${own.join('')})`;
}
