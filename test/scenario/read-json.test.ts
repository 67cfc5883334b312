import { MAX_JSON_DEPTH, readJson, ScenarioValidationError } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

/** The one syntax problem `readJson` reports for `text`. */
function syntaxProblem(text: string): { path: string; expected: string; found: string } {
  try {
    readJson(text, 'f.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioValidationError);
    const errors = (e as ScenarioValidationError).errors;
    expect(errors).toHaveLength(1);
    return errors[0]!;
  }
  throw new Error('the text was accepted');
}

describe('readJson', () => {
  it('reads valid JSON, ignoring a byte-order mark', () => {
    expect(readJson('\uFEFF{"a": [1, {"b": null}]}', 'f.json')).toEqual({
      data: { a: [1, { b: null }] },
      duplicates: [],
    });
  });

  it('places a bad escape or a line break inside a string at the character, not at the string’s start', () => {
    const long = `{"description": "${'x'.repeat(300)}\\q more"}`;
    const badEscape = syntaxProblem(long);
    expect(badEscape.path).toBe(`line 1, column ${long.indexOf('\\q') + 1}`);
    expect(badEscape.expected).toContain('a valid escape');
    expect(badEscape.found.startsWith('"\\\\q more')).toBe(true);
    const broken = syntaxProblem('{"name": "two\nlines"}');
    expect(broken.path).toBe('line 1, column 14');
    expect(broken.expected).toContain('no line breaks or control characters inside a string');
    expect(syntaxProblem('{"a": "\\u12G4"}').expected).toContain('four hex digits');
  });

  it('says JSON has no comments, and what follows the top-level value', () => {
    const comment = syntaxProblem('{\n  // the baseline\n  "kind": "baseline"\n}');
    expect(comment.path).toBe('line 2, column 3');
    expect(comment.expected).toBe('valid JSON: no comments (JSON has none)');
    const after = syntaxProblem('{"kind": "baseline"} x');
    expect(after.expected).toBe('valid JSON: the end of the file after the top-level value');
    expect(after.found).toBe('"x"');
  });

  it('tells a missing comma in an object from one in a list', () => {
    expect(syntaxProblem('{"a": 1 "b": 2}').expected).toBe("valid JSON: ',' or '}' after the property value");
    expect(syntaxProblem('{"a": [1 2]}').expected).toBe("valid JSON: ',' or ']' after the array element");
  });

  it('lists every key given twice, with its path', () => {
    const { duplicates } = readJson('{"a": {"b": 1, "b": 2}, "c.d": [{"e": 1, "e": 1}], "a": 3}', 'f.json');
    expect(duplicates.map((d) => `${d.path}: ${d.found}`)).toEqual([
      'a.b: "b" twice',
      '["c.d"][0].e: "e" twice',
      'a: "a" twice',
    ]);
  });

  it('stops at the first level too deep, even in a file that is broken later, without overflowing a stack', () => {
    for (const text of ['['.repeat(1_000_000), `${'{"a":'.repeat(200_000)}1`]) {
      const problem = syntaxProblem(text);
      expect(problem.expected).toContain(`at most ${MAX_JSON_DEPTH} levels`);
    }
    // A syntax error before the nesting gets too deep is the one reported.
    expect(syntaxProblem(`[1 2, ${'['.repeat(100)}`).expected).toContain("',' or ']'");
  });
});
