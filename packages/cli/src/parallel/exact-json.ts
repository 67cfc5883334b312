/**
 * JSON that gives back exactly what was written: what a job and its result are sent as through
 * Redis (`redis-job.ts`). Plain JSON would change results without a word: it writes -0 as 0,
 * NaN and ±Infinity as null, drops a key whose value is undefined, and writes a typed array as
 * an object of numbered keys. A replication's result is plain data whose numbers may be any of
 * those (a mean of no waits is NaN; `Math.round(-0.4)` is -0), so each is written as a tagged
 * object, `{"$sendsim": …}`, and read back as itself. The same value in, the same value out, as
 * a worker thread's structured clone gives (which is what the local pool sends results by).
 *
 * Finite numbers are written as JSON writes them (the shortest text that reads back as the same
 * double), so they need no tag. Typed arrays are written as their bytes in base64 (the bytes of
 * the machine: every platform Node runs on is little-endian).
 *
 * Anything it cannot give back exactly is refused when written, naming where it is: a Map, a
 * Set, a Date, a class instance, a bigint, a function, an array with holes, or an object that
 * has a `$sendsim` key of its own. So a new kind of value in a result fails a test rather than
 * changing a number through Redis.
 */

/** The key of a tagged value. */
const TAG = '$sendsim';

const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

type Tagged =
  | { readonly [TAG]: 'number'; readonly value: '-0' | 'NaN' | 'Infinity' | '-Infinity' }
  | { readonly [TAG]: 'undefined' }
  | { readonly [TAG]: TypedArrayName; readonly base64: string };

/**
 * `value` as text that `fromExactJson` reads back as an equal value (every number the same
 * double, -0 and NaN included). Throws a `TypeError` naming the path of anything it cannot.
 *
 * @example
 * fromExactJson(toExactJson({ a: [-0, Number.NaN] })) // { a: [-0, NaN] }
 */
export function toExactJson(value: unknown): string {
  return JSON.stringify(encode(value, '$'));
}

/** The value `toExactJson` wrote. */
export function fromExactJson(text: string): unknown {
  return decode(JSON.parse(text));
}

function encode(value: unknown, path: string): unknown {
  switch (typeof value) {
    case 'number':
      if (Object.is(value, -0)) return { [TAG]: 'number', value: '-0' } satisfies Tagged;
      if (Number.isNaN(value)) return { [TAG]: 'number', value: 'NaN' } satisfies Tagged;
      if (value === Number.POSITIVE_INFINITY) return { [TAG]: 'number', value: 'Infinity' } satisfies Tagged;
      if (value === Number.NEGATIVE_INFINITY) return { [TAG]: 'number', value: '-Infinity' } satisfies Tagged;
      return value;
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return { [TAG]: 'undefined' } satisfies Tagged;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) throw new TypeError(`exact JSON: ${path}[${i}] is a hole in an array`);
          out.push(encode(value[i], `${path}[${i}]`));
        }
        return out;
      }
      if (ArrayBuffer.isView(value)) return encodeTypedArray(value, path);
      return encodeObject(value, path);
    default:
      throw new TypeError(`exact JSON: ${path} is a ${typeof value}, which JSON cannot carry`);
  }
}

function encodeTypedArray(view: ArrayBufferView, path: string): Tagged {
  const name = view.constructor.name;
  if (!(name in TYPED_ARRAYS))
    throw new TypeError(`exact JSON: ${path} is a ${name}, which it does not carry`);
  const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return { [TAG]: name as TypedArrayName, base64: bytes.toString('base64') };
}

function encodeObject(value: object, path: string): Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    throw new TypeError(`exact JSON: ${path} is a ${name}, not plain data`);
  }
  if (Object.hasOwn(value, TAG)) throw new TypeError(`exact JSON: ${path} has a key "${TAG}" of its own`);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, not assignment: a key "__proto__" stays a key.
    Object.defineProperty(out, key, {
      value: encode(item, `${path}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Replaces each tagged value in `value` (parsed JSON, changed in place) by what it stands for. */
function decode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, TAG)) return untag(record as Tagged);
  for (const key of Object.keys(record)) {
    Object.defineProperty(record, key, {
      value: decode(record[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

function untag(tagged: Tagged): unknown {
  const kind = tagged[TAG];
  if (kind === 'undefined') return undefined;
  if (kind === 'number') return Number(tagged.value);
  const Type = TYPED_ARRAYS[kind];
  if (Type === undefined) throw new TypeError(`exact JSON: unknown tag "${String(kind)}"`);
  const bytes = Buffer.from(tagged.base64, 'base64');
  // A copy into a buffer of its own: base64 bytes may not sit at the element size's alignment.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new Type(copy);
}
