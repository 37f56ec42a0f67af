import type { RiskItem, RiskScoring, Scale } from '../questionnaires/schema.ts';
import { readingValue } from './read-answer.ts';
import type { ShownAnswer } from './read-shown-answers.ts';
import type { Applicability, RiskItemResult, ScaleRating } from './result-schema.ts';
import type { TraceEntry } from './trace.ts';

export type RiskContext = {
  scoring: RiskScoring;
  likelihoodScale: Scale;
  severityScale: Scale;
  /** Shown questions by id; a question missing here is hidden and contributes nothing. */
  shown: ReadonlyMap<string, ShownAnswer>;
};

/** yes / no / unsure (assessed as if it applies) / unanswered / not-relevant (hidden by the system profile). */
export function applicabilityOf(item: RiskItem, context: RiskContext, trace: TraceEntry[]): Applicability {
  if (item.applicability === undefined) {
    trace.push({
      questionId: null,
      answer: null,
      rule: 'risk.applicability',
      contribution: 1,
      note: 'always assessed',
    });
    return 'yes';
  }
  const shown = context.shown.get(item.applicability);
  if (shown === undefined) return 'not-relevant';
  const { reading } = shown;
  const applicable: Applicability =
    reading.status === 'option' && (reading.value === 'yes' || reading.value === 'no')
      ? reading.value
      : reading.status === 'unsure'
        ? 'unsure'
        : 'unanswered';
  const notes: Record<Applicability, string> = {
    yes: 'applies: assessed',
    no: 'does not apply: not assessed',
    unsure: '"I don\'t know": assessed as if it applies',
    unanswered: 'not answered yet: not assessed',
    'not-relevant': 'not relevant to this system',
  };
  const contribution = applicable === 'yes' || applicable === 'unsure' ? 1 : 0;
  trace.push({
    questionId: item.applicability,
    answer: readingValue(reading),
    rule: 'risk.applicability',
    contribution,
    note: notes[applicable],
  });
  return applicable;
}

/** A likelihood or severity rating; "I don't know" is rated as the worst point of the scale and flagged. */
export function rate(
  questionId: string,
  scale: Scale,
  rule: 'risk.likelihood' | 'risk.severity',
  context: RiskContext,
  trace: TraceEntry[],
): ScaleRating | null {
  const shown = context.shown.get(questionId);
  if (shown === undefined) {
    trace.push({
      questionId,
      answer: null,
      rule,
      contribution: 0,
      note: 'question not shown: cannot be rated',
    });
    return null;
  }
  const { reading } = shown;
  const answer = readingValue(reading);
  if (reading.status === 'scale-point') {
    trace.push({
      questionId,
      answer,
      rule,
      contribution: reading.value,
      note: `${reading.value} (${reading.label})`,
    });
    return { value: reading.value, label: reading.label, index: reading.index, unsure: false };
  }
  const worst = scale.points.at(-1);
  if (reading.status === 'unsure' && worst !== undefined) {
    const note = `"I don't know": counted as the worst point, ${worst.value} (${worst.label})`;
    trace.push({ questionId, answer, rule, contribution: worst.value, note });
    return { value: worst.value, label: worst.label, index: scale.points.length - 1, unsure: true };
  }
  trace.push({ questionId, answer, rule, contribution: 0, note: `${reading.status}: not rated yet` });
  return null;
}

type MitigationResult = NonNullable<RiskItemResult['mitigation']>;

/** Safeguards in place lower the level; "I don't know" or no answer counts as no safeguards. */
export function mitigationOf(item: RiskItem, context: RiskContext, trace: TraceEntry[]): MitigationResult {
  const shown = context.shown.get(item.mitigation);
  const reading = shown?.reading ?? { status: 'unanswered' as const };
  const answer = reading.status === 'unanswered' ? null : reading.value;
  if (reading.status === 'option') {
    const levelReduction = reading.option.levelReduction ?? 0;
    const note = `"${reading.option.label}": lowers the level by ${levelReduction}`;
    trace.push({
      questionId: item.mitigation,
      answer,
      rule: 'risk.mitigation',
      // JSON has no -0, so an export would not round-trip a negated zero.
      contribution: levelReduction === 0 ? 0 : -levelReduction,
      note,
    });
    return { status: 'answered', value: reading.value, label: reading.option.label, levelReduction };
  }
  const status = reading.status === 'unsure' ? 'unsure' : 'unanswered';
  const why =
    shown === undefined
      ? 'question not shown'
      : status === 'unsure'
        ? '"I don\'t know"'
        : `${reading.status}`;
  trace.push({
    questionId: item.mitigation,
    answer,
    rule: 'risk.mitigation',
    contribution: 0,
    note: `${why}: counted as not mitigated`,
  });
  return { status, value: null, label: null, levelReduction: 0 };
}

/** Applicability, ratings, inherent level from the matrix, mitigation and residual level of one risk item. */
