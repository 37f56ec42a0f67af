import type { HonoRequest } from 'hono';
import { AppError } from '../../app-error.ts';
import { InvalidRequestError } from '../invalid-request-error.ts';
import { maxChatJsonDepth } from './chat-body-limit.ts';
import { type ChatRequest, chatRequestSchema } from './chat-request.ts';

/**
 * Reads a `/api/chat` body: its nesting is checked on the text first (see `maxChatJsonDepth`),
 * then it is parsed and checked against `chatRequestSchema` (400 naming the field).
 */
export async function readChatRequest(request: HonoRequest): Promise<ChatRequest> {
  const text = await request.text();
  if (nestsDeeperThan(text, maxChatJsonDepth)) {
    throw new AppError('bad-request', `The request body nests deeper than ${maxChatJsonDepth} levels.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('bad-request', 'The request body is not valid JSON.', { cause: error });
  }
  const parsed = chatRequestSchema.safeParse(json);
  if (!parsed.success) throw InvalidRequestError.fromZodError(parsed.error);
  return parsed.data;
}

const quote = 0x22;
const backslash = 0x5c;
const openers = new Set([0x5b, 0x7b]);
const closers = new Set([0x5d, 0x7d]);

/** Brackets outside strings only; invalid JSON is left for `JSON.parse` to refuse. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === backslash) index++;
      else if (code === quote) inString = false;
    } else if (code === quote) {
      inString = true;
    } else if (openers.has(code)) {
      depth++;
      if (depth > limit) return true;
    } else if (closers.has(code)) {
      depth--;
    }
  }
  return false;
}
