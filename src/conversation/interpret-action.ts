import type { InputContext, Intent } from '../interpretation/intent.ts';

const simpleActions: Record<string, Intent> = {
  help: { kind: 'help' },
  menu: { kind: 'menu' },
  ask: { kind: 'ask-mode' },
  unsure: { kind: 'unsure' },
  begin: { kind: 'begin' },
  'nav:back': { kind: 'back' },
  'nav:skip': { kind: 'skip' },
  explain: { kind: 'explain' },
  review: { kind: 'review' },
  submit: { kind: 'submit' },
  restart: { kind: 'restart' },
  results: { kind: 'results' },
  'where-was-i': { kind: 'where-was-i' },
  'proposal:confirm': { kind: 'confirm-proposal' },
  'proposal:reject': { kind: 'reject-proposal' },
  'nav:next-unanswered': { kind: 'next-unanswered' },
  'change:confirm': { kind: 'confirm-change' },
  'change:keep': { kind: 'keep-answer' },
  'proposal:note': { kind: 'keep-as-note' },
  'note:clear': { kind: 'clear-note' },
};

/**
 * Quick-reply ids: `start:<questionnaire>`, `answer:<question>:<value>` (`a+b` for several values;
 * the question id lets a stale button be refused), `edit:<question>`, `carry:keep:<question>` (keep
 * the answer a reassessment carried over), or a simple one.
 */
export function interpretAction(action: string, context: InputContext): Intent {
  const simple = Object.hasOwn(simpleActions, action) ? simpleActions[action] : undefined;
  if (simple !== undefined) return simple;
  const [prefix, ...rest] = action.split(':');
  const argument = rest.join(':');
  if (prefix === 'start' && context.questionnaireIds.includes(argument)) {
    return { kind: 'start', questionnaireId: argument };
  }
  if (prefix === 'answer' && argument !== '') {
    const [questionId, value] = rest.length === 2 ? rest : [null, argument];
    if (value !== undefined && value !== '')
      return { kind: 'answer-action', questionId: questionId ?? null, raw: value };
  }
  if (prefix === 'edit' && argument !== '') return { kind: 'edit', questionId: argument };
  if (prefix === 'carry' && rest.length === 2 && rest[0] === 'keep' && rest[1] !== '')
    return { kind: 'keep-carried', questionId: rest[1] ?? null };
  return { kind: 'unknown-action', action };
}
