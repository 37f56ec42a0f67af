import { AppError } from '../app-error.ts';

/**
 * The `default` of every switch on `question.kind`. It takes `never`, so a switch compiles only while
 * it has a case for every kind: adding a kind to `questionSchema` makes `tsc` list each place that
 * must decide what the new kind does. At run time only a question that bypassed the schema gets here.
 */
export function unknownQuestionKind(question: never): never {
  // Switches take either the question or its bare kind.
  const kind: unknown =
    typeof question === 'string' ? question : (question as { kind?: unknown } | null)?.kind;
  throw new AppError('internal', `RAIA does not know the question kind ${JSON.stringify(kind)}.`);
}
