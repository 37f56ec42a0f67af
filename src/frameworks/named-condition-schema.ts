import { z } from 'zod';
import { type Condition, conditionSchema, slugSchema } from '../questionnaires/schema.ts';

/** `{ "use": "<name>" }`: a pack file's reference to one of its named conditions. */
export type ConditionReference = { use: string };

/** A condition as a pack file may write it: the questionnaires' conditions, or references to named ones. */
export type PackFileCondition =
  | ConditionReference
  | { all: PackFileCondition[] }
  | { any: PackFileCondition[] }
  | { not: PackFileCondition }
  | Condition;

export const conditionReferenceSchema = z.object({ use: slugSchema }).strict();

export const packFileConditionSchema: z.ZodType<PackFileCondition> = z.lazy(() =>
  z.union([
    conditionReferenceSchema,
    z.object({ all: z.array(packFileConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(packFileConditionSchema).min(1) }).strict(),
    z.object({ not: packFileConditionSchema }).strict(),
    conditionSchema,
  ]),
);

/**
 * The part of a pack file that only the file has: `conditions`, named conditions that the rest of
 * the file uses as `{ "use": "<name>" }` (JSON has no references, and a pack repeats its big
 * conditions). The loader expands every reference before the pack is parsed, so a loaded
 * FrameworkPack has plain conditions and no `conditions` field.
 */
export const namedConditionsSchema = z
  .object({ conditions: z.record(slugSchema, packFileConditionSchema).optional() })
  .loose();
