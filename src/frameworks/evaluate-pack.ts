import { AppError } from '../app-error.ts';
import { createConditionReader } from './create-condition-reader.ts';
import { evaluateChecklist } from './evaluate-checklist.ts';
import { evaluateDocument } from './evaluate-document.ts';
import { evaluateImpactRating } from './evaluate-impact-rating.ts';
import { evaluateScreening } from './evaluate-screening.ts';
import type { FrameworkPack, PackAssessment } from './framework-pack-schema.ts';
import type { PackInput } from './pack-input.ts';
import type { PackResult } from './pack-result-schema.ts';

/**
 * What a pack says of one assessment: a pure function of the answers and the pack's version (no
 * clock, no model), with the trace that points every outcome back to the answers it read.
 * The pack is expected to have passed loadFrameworkPack (its checks are what make it safe to read).
 */
export function evaluatePack(pack: FrameworkPack, input: PackInput): PackResult {
  const read = createConditionReader(input);
  const ownQuestions = new Map(
    pack.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)),
  );
  const evaluate = (assessment: PackAssessment) => {
    switch (assessment.kind) {
      case 'screening':
        return evaluateScreening(assessment, read);
      case 'checklist':
        return evaluateChecklist(assessment, read);
      case 'document':
        return evaluateDocument(assessment, input, read);
      case 'impact-rating':
        return evaluateImpactRating(assessment, ownQuestions, input, read);
      default:
        return unknownAssessmentKind(assessment);
    }
  };
  return {
    packId: pack.id,
    version: pack.version,
    asOf: pack.asOf,
    assessments: pack.assessments.map(evaluate),
  };
}

/** Takes `never`, so a new kind of assessment makes the compiler point here; at run time only a pack that bypassed the schema gets here. */
function unknownAssessmentKind(assessment: never): never {
  const kind: unknown = (assessment as { kind?: unknown } | null)?.kind;
  throw new AppError(
    'internal',
    `RAIA does not know the framework pack assessment kind ${JSON.stringify(kind)}.`,
  );
}
