import { findQuestion } from '../machines/walkthrough-navigation.ts';
import { answerChoices } from '../questionnaires/answer-choices.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { SessionData } from './session-data.ts';

// The page's own buttons (not quick replies) and the tools every question offers.
const fixedLabels: Record<string, string> = {
  'nav:back': 'Back',
  'nav:skip': 'Skip',
  unsure: "I don't know",
  explain: 'Why is this asked?',
  review: 'Review answers',
  submit: 'Submit answers',
  restart: 'Start over',
  menu: 'Main menu',
  results: 'Show the results',
  'proposal:note': 'Keep my text as a note',
};

/**
 * The words a clicked action showed, for the transcript: the button's own label when it was one
 * of the last buttons offered, else what the questionnaire showed for it (several options ticked
 * at once are one action, `answer:<question>:a+b`, that no single button carried). Undefined when
 * nothing shown matches: the transcript then keeps the action as it came, never a guess.
 */
export function actionLabel(
  data: SessionData,
  action: string,
  questionnaires: QuestionnaireRegistry,
): string | undefined {
  const offered = data.lastQuickReplies.find((quickReply) => quickReply.id === action)?.label;
  if (offered !== undefined) return offered;
  const definitions = sessionDefinitions(data, questionnaires);
  const [prefix, ...rest] = action.split(':');
  if (prefix === 'answer' && rest.length === 2) return answerLabel(definitions, rest[0] ?? '', rest[1] ?? '');
  if (prefix === 'edit' && rest.length === 1) {
    const prompt = questionPrompt(definitions, rest[0] ?? '');
    return prompt === undefined ? undefined : `Change: ${prompt}`;
  }
  return Object.hasOwn(fixedLabels, action) ? fixedLabels[action] : undefined;
}

/** The definitions the session's questionnaires were answered against, the active one first. */
function sessionDefinitions(data: SessionData, questionnaires: QuestionnaireRegistry): Questionnaire[] {
  const active = data.conversation.activeQuestionnaireId;
  const records = Object.entries(data.assessments).sort(
    ([a], [b]) => Number(b === active) - Number(a === active),
  );
  return records.flatMap(([, record]) => {
    const definition = questionnaires.get(record.definitionId, record.version, record.packs);
    return definition === undefined ? [] : [definition];
  });
}

function answerLabel(definitions: Questionnaire[], questionId: string, raw: string): string | undefined {
  for (const definition of definitions) {
    const question = findQuestion(definition, questionId);
    if (question === undefined) continue;
    const choices = answerChoices(definition, question);
    const labels = raw.split('+').map((value) => {
      const choice = choices.find((candidate) => String(candidate.value) === value);
      return choice === undefined ? undefined : `${choice.number}. ${choice.label}`;
    });
    if (labels.length === 0 || labels.some((label) => label === undefined)) return undefined;
    return labels.join(', ');
  }
  return undefined;
}

function questionPrompt(definitions: Questionnaire[], questionId: string): string | undefined {
  for (const definition of definitions) {
    const question = findQuestion(definition, questionId);
    if (question !== undefined) return question.prompt;
  }
  return undefined;
}
