import { optInQuestionId, type PackToCompose } from '../frameworks/compose-with-packs.ts';
import { packsComposedInto } from '../frameworks/composed-packs.ts';
import { evaluatePack } from '../frameworks/evaluate-pack.ts';
import type { FrameworkPack } from '../frameworks/framework-pack-schema.ts';
import type { RatedRisk } from '../frameworks/pack-input.ts';
import type { PackResult } from '../frameworks/pack-result-schema.ts';
import { stillAnswerable } from '../machines/progress.ts';
import { compiledQuestionnaire } from '../questionnaires/compiled-questionnaire.ts';
import { shownAnswers } from '../questionnaires/visible-questions.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import { describeAnswer } from './describe-answer.ts';
import type { LoadedWalkthrough } from './load-walkthrough.ts';
import { scoreAssessment } from './score-assessment.ts';

/** A pack that applies to the assessment, with what it says of the answers. */
export type ActivePack = {
  pack: FrameworkPack;
  appliedBy: PackToCompose['appliedBy'];
  result: PackResult;
};

/**
 * What each framework pack that applies says of a walkthrough: a pure function of the recorded
 * answers, notes and pack versions, like the Toolkit's scoring. A pack applies when the deployment
 * applies it or the person answered its opt-in question yes; one answered no, or not yet, says
 * nothing. Only answers to questions still shown are read (an answer hidden by a later change
 * does not count), and an unanswered question is open only while the walk can still reach it, so
 * a submitted assessment has every outcome decided and an unfinished one leaves open exactly what
 * the questions still ahead could change.
 */
export function evaluateSessionPacks(
  runtime: LoadedWalkthrough,
  result: AssessmentResult = scoreAssessment(runtime.definition, runtime.snapshot.context.answers),
): ActivePack[] {
  const { definition } = runtime;
  const { context } = runtime.snapshot;
  const composed = packsComposedInto(definition);
  if (composed.length === 0) return [];
  const answers = shownAnswers(definition, context.answers);
  const active = composed.filter(
    ({ pack, appliedBy }) =>
      appliedBy === 'organisation' || answers[optInQuestionId(pack.id)]?.value === 'yes',
  );
  const questions = compiledQuestionnaire(definition);
  const questionOf = (questionId: string) => questions.questionById.get(questionId);
  const isOpen = stillAnswerable(definition, context);
  const ratedRisks = ratedRisksOf(result);
  return active.map(({ pack, appliedBy }) => ({
    pack,
    appliedBy,
    result: evaluatePack(pack, {
      answers,
      describe: (questionId, value) => {
        const question = questionOf(questionId);
        return question === undefined ? String(value) : describeAnswer(definition, question, value);
      },
      prompt: (questionId) => questionOf(questionId)?.prompt ?? questionId,
      notes: context.notes,
      ratedRisks,
      isOpen,
    }),
  }));
}

/** The Toolkit risks the person rated, with their levels in words, for a pack's documents (the FRIA's risks of harm). */
function ratedRisksOf(result: AssessmentResult): RatedRisk[] {
  if (result.kind !== 'risk') return [];
  return result.risks.flatMap((risk) => {
    const { inherentLevel, residualLevel } = risk;
    if (inherentLevel === null) return [];
    const level =
      residualLevel === null || residualLevel.id === inherentLevel.id
        ? inherentLevel.label
        : `${inherentLevel.label} before mitigation, ${residualLevel.label} after`;
    return [{ riskId: risk.riskId, title: risk.title, level }];
  });
}
