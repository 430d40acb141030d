import type { ParseResult } from '../types';

/** Thrown when a dump cannot be used at all; the message is one clear line. */
export class DumpError extends Error {}

export function parseDump(_text: string): ParseResult {
  throw new DumpError('not implemented');
}
