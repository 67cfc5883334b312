/**
 * Reaching Redis: what `--redis` accepts, how a URL is shown (never with its password: messages
 * end up in logs and issue reports), and the first connection, made with a short timeout and no
 * retries so that a wrong host or port is a clear `BackendError` within seconds rather than a
 * client retrying forever. Once that has worked, BullMQ's own connections take over and retry
 * as BullMQ recommends.
 */
import { BackendError } from '../errors.js';

/** How long the first connection may take before Redis is reported unreachable. */
export const CONNECT_TIMEOUT_MS = 3000;

/** What `--redis` expects, in words. */
export const REDIS_URL_EXPECTED = 'a Redis URL such as redis://localhost:6379 (rediss:// for TLS)';

/**
 * `text` if it is a Redis URL (`redis://` or `rediss://`, a host, optionally a port, user,
 * password and database number), else undefined.
 *
 * @example
 * parseRedisUrl('redis://localhost:6379') // 'redis://localhost:6379'
 * parseRedisUrl('localhost:6379') // undefined
 */
export function parseRedisUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return undefined;
  if (url.hostname === '') return undefined;
  // ioredis reads the path as the database number.
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d+$/.test(url.pathname)) return undefined;
  return text.trim();
}

/**
 * `url` as messages show it: with any password replaced by `***`.
 *
 * @example
 * shownRedisUrl('redis://:secret@host:6379') // 'redis://:***@host:6379'
 */
export function shownRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(a Redis URL)';
  }
}

/**
 * Connect to `url` once, check that it answers as Redis and let go: throws a `BackendError`
 * saying what happened (refused, timed out, wrong password) within `CONNECT_TIMEOUT_MS`.
 */
export async function checkRedisReachable(url: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    // One try: a refused connection is an answer, not something to wait out.
    retryStrategy: () => null,
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND, a timeout) says more than the rejection
  // that follows it ("Connection is closed"); without a listener ioredis would also print it.
  let socketError: Error | undefined;
  client.on('error', (error: Error) => {
    socketError ??= error;
  });
  try {
    await client.connect();
    const pong = await client.ping();
    if (pong !== 'PONG') throw new Error(`answered PING with ${JSON.stringify(pong).slice(0, 40)}`);
  } catch (error) {
    const reason = (socketError ?? (error instanceof Error ? error : new Error(String(error)))).message;
    throw new BackendError(
      `cannot reach Redis at ${shownRedisUrl(url)} (${reason}); check that redis-server is running there and that this machine may connect to it`,
    );
  } finally {
    client.disconnect();
  }
}

/**
 * `promise`, or a rejection once `ms` have passed without it settling: every wait on Redis
 * has one, since BullMQ's clients wait for a lost server indefinitely.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** BullMQ's connection options for `url`: its own clients, which retry a lost connection. */
export function bullConnection(url: string): { url: string; connectTimeout: number } {
  return { url, connectTimeout: CONNECT_TIMEOUT_MS };
}
