import type { Intent } from './intent.ts';

export type InputContext = {
  /** True while a walkthrough is showing a question (free text is then first tried as an answer). */
  asking: boolean;
  /** Questionnaire ids that can be started, e.g. `risk`, `readiness`, and agency ones. */
  questionnaireIds: readonly string[];
};

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
};

/**
 * Quick-reply ids: `start:<questionnaire>`, `answer:<question>:<value>` (`a+b` for several values;
 * the question id lets a stale button be refused), `edit:<question>`, or a simple one.
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
  return { kind: 'unknown-action', action };
}

type Phrase = { pattern: RegExp; intent: (context: InputContext, text: string) => Intent | undefined };

const startPattern = (words: string) =>
  new RegExp(
    `^(?:(?:let'?s |i want to |please )?(?:start|begin|do|run|take|open|new)\\s+(?:an?|the|my)?\\s*)?${words}(?: assessment| questionnaire)?$`,
  );

/** Whole-message commands; anything else is an answer (while asking) or a question. */
const phrases: Phrase[] = [
  {
    pattern: /^(?:change|edit) (?:answer |question |number |no\.? |#)?\d{1,3}$/,
    intent: (context, text) =>
      context.asking ? undefined : { kind: 'edit-number', position: Number(/\d+$/.exec(text)?.[0]) },
  },
  {
    pattern: /^(?:begin|let'?s begin|let'?s go|go|ready|i'?m ready|start(?: it| now)?)$/,
    // While a question is on screen these words could be answers; they only begin a questionnaire.
    intent: (context) => (context.asking ? undefined : { kind: 'begin' }),
  },
  { pattern: /^(?:help|\?|what can you do|commands|options)$/, intent: () => ({ kind: 'help' }) },
  {
    pattern: /^(?:menu|main menu|home|go to (?:the )?menu|back to (?:the )?menu)$/,
    intent: () => ({ kind: 'menu' }),
  },
  {
    pattern: startPattern('(?:risk|risk assessment of (?:an|my|our) (?:ai )?system|risk assessment)'),
    intent: (context) => startIfKnown('risk', context),
  },
  {
    pattern: startPattern('(?:readiness|organi[sz]ational readiness|readiness assessment)'),
    intent: (context) => startIfKnown('readiness', context),
  },
  {
    pattern: /^(?:ask (?:a )?question|i have a question|questions about the toolkit)$/,
    intent: () => ({ kind: 'ask-mode' }),
  },
  {
    pattern:
      /^(?:where was i|where were we|continue|resume|carry on|go on|repeat(?: the question)?|current question)$/,
    intent: () => ({ kind: 'where-was-i' }),
  },
  {
    pattern: /^(?:show (?:me )?(?:my |the )?(?:results?|report|score)|results?|report|my results|score)$/,
    intent: () => ({ kind: 'results' }),
  },
  { pattern: /^(?:start over|restart|start again|reset|begin again)$/, intent: () => ({ kind: 'restart' }) },
  { pattern: /^(?:back|go back|previous(?: question)?|undo)$/, intent: () => ({ kind: 'back' }) },
  { pattern: /^(?:skip|skip (?:this|it|question)|next|pass)$/, intent: () => ({ kind: 'skip' }) },
  {
    pattern:
      /^(?:why|why\?|explain|why (?:is|was) (?:this|that) (?:asked|question asked|being asked)|why do you ask|why are you asking|what does this mean)$/,
    intent: () => ({ kind: 'explain' }),
  },
  {
    pattern:
      /^(?:review|review (?:my )?answers|show (?:me )?(?:all )?my answers|change (?:an|my) answers?|summary)$/,
    intent: () => ({ kind: 'review' }),
  },
  {
    pattern: /^(?:submit|finish|done|i'?m done|complete|finalise|finalize)$/,
    intent: () => ({ kind: 'submit' }),
  },
];

function startIfKnown(questionnaireId: string, context: InputContext): Intent | undefined {
  return context.questionnaireIds.includes(questionnaireId) ? { kind: 'start', questionnaireId } : undefined;
}

export function normalizeCommandText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’`]/g, "'")
    .replace(/[.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps free text to an intent. Pure: no model, no I/O. */
export function interpretText(text: string, context: InputContext): Intent {
  const normalized = normalizeCommandText(text);
  for (const phrase of phrases) {
    if (!phrase.pattern.test(normalized)) continue;
    const intent = phrase.intent(context, normalized);
    if (intent !== undefined) return intent;
  }
  if (context.asking) return { kind: 'answer-text', text };
  return { kind: 'question', text };
}

/** Does this free text look like a question rather than an attempted answer? */
export function looksLikeQuestion(text: string): boolean {
  const normalized = normalizeCommandText(text);
  return (
    normalized.endsWith('?') ||
    /^(?:what|why|how|who|when|where|which|does|do|is|are|can|could|should|would|explain|tell me|define)\b/.test(
      normalized,
    )
  );
}
