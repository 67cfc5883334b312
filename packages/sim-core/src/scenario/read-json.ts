/**
 * Reading the JSON text of an input file (a scenario or a calibration targets file) with the
 * position of its mistakes. `JSON.parse` decides what the document is; jsonc-parser (the parser
 * behind VS Code's JSON support) finds where a syntax error is, because `JSON.parse` words and
 * places its errors differently in each engine (V8 sometimes gives no position at all), and
 * finds every key given twice, which `JSON.parse` silently resolves to the last.
 *
 * The same pass refuses nesting deeper than any of these files needs, stopping as soon as it
 * is reached: jsonc-parser parses by recursion, and so does anything that prints a value, so
 * 4,200 levels in an 8 KB file must never reach either.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { pathOf } from './field-path.js';
import { renderFound, ScenarioError, ScenarioValidationError } from './scenario-error.js';

/** Deepest nesting of objects and arrays accepted: a baseline with its calibration record needs 5. */
export const MAX_JSON_DEPTH = 32;

/** A parsed file and the keys it gives twice (each an error to report with the file's other problems). */
export interface JsonDocument {
  readonly data: unknown;
  readonly duplicates: readonly ScenarioError[];
}

/**
 * Parse `text` (a byte-order mark is ignored), or throw a `ScenarioValidationError` naming the
 * file, the line and column of the first syntax error, what JSON expected there and what it found.
 *
 * @example
 * const { data, duplicates } = readJson(readFileSync(path, 'utf8'), path);
 */
export function readJson(text: string, file: string): JsonDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may write a BOM
  const scan = scanJson(body);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    // jsonc-parser has found every error JSON.parse does in the fuzz and property tests; the
    // engine's own words are the fallback should they ever disagree.
    const problem = scan.problem ?? {
      offset: 0,
      expected: cause instanceof Error ? cause.message : String(cause),
    };
    throw new ScenarioValidationError([syntaxError(file, body, problem)]);
  }
  if (scan.problem?.tooDeep === true)
    throw new ScenarioValidationError([syntaxError(file, body, scan.problem)]);
  const duplicates = scan.duplicates.map(
    ({ path, key }) =>
      new ScenarioError(
        file,
        pathOf([...path, key]),
        'each key only once in an object',
        `${JSON.stringify(key)} twice`,
      ),
  );
  return { data, duplicates };
}

interface SyntaxProblem {
  readonly offset: number;
  readonly expected: string;
  readonly tooDeep?: boolean;
}

/** Thrown from a visitor callback to stop jsonc-parser at the first problem. */
class Stop {
  constructor(readonly problem: SyntaxProblem) {}
}

/** The first syntax error or too-deep nesting, and every key given twice before it. */
function scanJson(text: string): {
  problem: SyntaxProblem | undefined;
  duplicates: Array<{ path: Array<string | number>; key: string }>;
} {
  const duplicates: Array<{ path: Array<string | number>; key: string }> = [];
  const objects: Array<Set<string> | undefined> = []; // one entry per open object or array
  let topLevelDone = false;
  const open = (keys: Set<string> | undefined, offset: number) => {
    objects.push(keys);
    if (objects.length > MAX_JSON_DEPTH) {
      const expected = `at most ${MAX_JSON_DEPTH} levels of nested objects and arrays (these files need 5)`;
      throw new Stop({ offset, expected, tooDeep: true });
    }
  };
  const close = () => {
    objects.pop();
    if (objects.length === 0) topLevelDone = true;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => open(new Set(), offset),
        onArrayBegin: (offset) => open(undefined, offset),
        onObjectEnd: close,
        onArrayEnd: close,
        onLiteralValue: () => {
          if (objects.length === 0) topLevelDone = true;
        },
        onObjectProperty: (key, _offset, _length, _line, _column, path) => {
          const keys = objects[objects.length - 1];
          if (keys?.has(key)) duplicates.push({ path: path(), key });
          keys?.add(key);
        },
        onError: (code, offset, length) => {
          const inObject = objects[objects.length - 1] !== undefined;
          throw new Stop(
            topLevelDone
              ? { offset, expected: AFTER_TOP_LEVEL }
              : located(text, code, offset, length, inObject),
          );
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (e) {
    if (e instanceof Stop) return { problem: e.problem, duplicates };
    throw e;
  }
  return { problem: undefined, duplicates };
}

const AFTER_TOP_LEVEL = 'the end of the file after the top-level value';
const A_VALUE = 'a value: a "string", a number, true, false, null, an {object} or an [array]';
const NO_CONTROL = 'no line breaks or control characters inside a string (write \\n)';

/** What JSON expected, for each of jsonc-parser's error codes. */
const EXPECTED: Readonly<Record<string, string>> = {
  InvalidSymbol: A_VALUE,
  ValueExpected: A_VALUE,
  InvalidNumberFormat: 'a number',
  UnexpectedEndOfNumber: 'a number',
  PropertyNameExpected: 'a property name in double quotes',
  ColonExpected: "':' after the property name",
  CloseBraceExpected: "',' or '}' after the property value",
  CloseBracketExpected: "',' or ']' after the array element",
  EndOfFileExpected: AFTER_TOP_LEVEL,
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfComment: 'no comments (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote',
  InvalidUnicode: 'four hex digits after \\u',
  InvalidEscapeCharacter: 'a valid escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
  InvalidCharacter: NO_CONTROL,
};

/**
 * The problem jsonc-parser reports at a token, placed where the person must look: a string's
 * errors are reported at its opening quote, so find the character inside it that is wrong.
 */
function located(
  text: string,
  code: number,
  offset: number,
  length: number,
  inObject: boolean,
): SyntaxProblem {
  const name = printParseErrorCode(code as Parameters<typeof printParseErrorCode>[0]);
  if (name === 'CommaExpected') {
    // Between two values of an object or of an array: say which closes it.
    return { offset, expected: EXPECTED[inObject ? 'CloseBraceExpected' : 'CloseBracketExpected']! };
  }
  if (name === 'UnexpectedEndOfString') {
    const end = offset + length;
    return end >= text.length
      ? { offset: end, expected: EXPECTED.UnexpectedEndOfString! }
      : { offset: end, expected: NO_CONTROL }; // a string ends at a line break
  }
  if (name === 'InvalidCharacter' || name === 'InvalidEscapeCharacter' || name === 'InvalidUnicode') {
    return { offset: insideString(text, offset, name), expected: EXPECTED[name]! };
  }
  return { offset, expected: EXPECTED[name] ?? A_VALUE };
}

const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES = '"\\/bfnrt';

/** The offset of the first character of the string at `start` that is wrong in the way `name` says. */
function insideString(text: string, start: number, name: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) break;
    if (c < 0x20 && name === 'InvalidCharacter') return i;
    if (c !== 0x5c) continue;
    const next = text[i + 1];
    if (next === 'u') {
      if (name === 'InvalidUnicode' && !HEX4.test(text.slice(i + 2, i + 6))) return i;
      i += 5;
    } else if (next === undefined || !ESCAPES.includes(next)) {
      if (name === 'InvalidEscapeCharacter') return i;
      i++;
    } else i++;
  }
  return start;
}

/** A syntax problem as an error: its line and column (lines counted at \n), and the text found there. */
function syntaxError(file: string, text: string, problem: SyntaxProblem): ScenarioError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < problem.offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = problem.offset - lineStart + 1;
  const found =
    problem.offset >= text.length
      ? 'the end of the file'
      : renderFound(text.slice(problem.offset, problem.offset + 24));
  return new ScenarioError(file, `line ${line}, column ${column}`, `valid JSON: ${problem.expected}`, found);
}
