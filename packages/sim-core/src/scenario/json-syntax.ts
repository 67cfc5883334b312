/**
 * The JSON side of reading a scenario file: paths to a field as messages write them
 * (`parameters["la.assessProbability"].value`), and a small scanner that finds the first syntax
 * error with its line and column, every key given twice, and nesting deeper than a scenario needs.
 */
import { renderFound, ScenarioError } from './scenario-error.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of `key` inside `parent`: `parent.key`, or `parent["a.b"]` when the key is not a plain name. */
export function at(parent: string, key: string): string {
  if (IDENTIFIER.test(key) && key.length <= KEY_SHOWN) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(shownKey(key))}]`;
}

/** Longest key a message repeats whole: every real key is shorter; a 20 KB one is cut. */
const KEY_SHOWN = 80;

/** A key as a message shows it: whole, or its start and its length. */
export function shownKey(key: string): string {
  return key.length <= KEY_SHOWN ? key : `${key.slice(0, KEY_SHOWN)}… (${key.length} characters)`;
}

// JSON syntax. JSON.parse reports positions differently in each engine (and V8 sometimes not at
// all), so a small scanner finds the first error itself; it also finds duplicate keys.

interface JsonSyntaxProblem {
  readonly offset: number;
  readonly expected: string;
}

class JsonSyntaxFailure {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * Deepest nesting of objects and arrays accepted: a scenario file needs four levels (file,
 * parameters, record, source). 4,200 levels in an 8 KB file once overflowed the scanner's stack.
 */
export const MAX_JSON_DEPTH = 32;
const HEX4 = /^[0-9a-fA-F]{4}$/;

export class JsonScanner {
  private pos = 0;
  readonly duplicates: Array<{ path: string; key: string }> = [];
  constructor(private readonly text: string) {}

  /** The first syntax error, or `undefined` when the text is valid JSON. */
  scan(): JsonSyntaxProblem | undefined {
    try {
      this.value('');
      this.space();
      if (this.pos < this.text.length) this.fail('the end of the file after the top-level value');
      return undefined;
    } catch (e) {
      if (e instanceof JsonSyntaxFailure) return { offset: e.offset, expected: e.expected };
      throw e;
    }
  }

  private fail(expected: string): never {
    throw new JsonSyntaxFailure(this.pos, expected);
  }

  private space(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.pos++;
    }
  }

  private depth = 0;

  private value(path: string): void {
    this.space();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_JSON_DEPTH) {
        this.fail(`at most ${MAX_JSON_DEPTH} levels of nested objects and arrays (a scenario file needs 4)`);
      }
      if (c === '{') this.object(path);
      else this.array(path);
      this.depth--;
    } else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else {
      const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.pos));
      if (word === undefined)
        this.fail('a value: a "string", a number, true, false, null, an {object} or an [array]');
      this.pos += word.length;
    }
  }

  private object(path: string): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('a property name in double quotes');
      const key = this.string();
      if (seen.has(key)) this.duplicates.push({ path: at(path, key), key });
      seen.add(key);
      this.space();
      if (this.text[this.pos] !== ':') this.fail("':' after the property name");
      this.pos++;
      this.value(at(path, key));
      this.space();
      if (this.text[this.pos] === '}') break;
      if (this.text[this.pos] !== ',') this.fail("',' or '}' after the property value");
      this.pos++;
    }
    this.pos++;
  }

  private array(path: string): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.value(`${path}[${i}]`);
      this.space();
      if (this.text[this.pos] === ']') break;
      if (this.text[this.pos] !== ',') this.fail("',' or ']' after the array element");
      this.pos++;
    }
    this.pos++;
  }

  /** Scan a string literal starting at the opening quote; returns its value. */
  private string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail('a closing double quote');
      if (c === 0x22) {
        this.pos++;
        return JSON.parse(this.text.slice(start, this.pos)) as string;
      }
      if (c < 0x20) this.fail('no line breaks or control characters inside a string (write \\n)');
      if (c === 0x5c) {
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          if (!HEX4.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('four hex digits after \\u');
          this.pos += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          this.fail('a valid escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
        }
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    JSON_NUMBER.lastIndex = this.pos;
    const match = JSON_NUMBER.exec(this.text);
    if (match === null) this.fail('a number');
    this.pos += match[0].length;
  }
}

export function jsonSyntaxError(file: string, text: string, problem: JsonSyntaxProblem): ScenarioError {
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
