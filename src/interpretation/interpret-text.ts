import type { InputContext, Intent } from './intent.ts';
import { isOtherLanguage } from './is-other-language.ts';
import { normalizeCommandText } from './normalize-text.ts';
import { readNoteCommand } from './read-note-command.ts';

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
  {
    pattern:
      /^(?:(?:go |take me )?(?:to (?:the )?)?next unanswered(?: question| one)?|unanswered questions?)$/,
    intent: () => ({ kind: 'next-unanswered' }),
  },
  {
    // From review this returns to the question left; while a question is on screen, the person is there.
    pattern: /^(?:(?:go |take me )?back to where (?:i|we) (?:was|were|left off))$/,
    intent: (context) => (context.asking ? { kind: 'where-was-i' } : { kind: 'back' }),
  },
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

/** Maps free text to an intent. Pure: no model, no I/O. */
export function interpretText(text: string, context: InputContext): Intent {
  const note = readNoteCommand(text);
  if (note !== undefined) return note;
  const normalized = normalizeCommandText(text);
  for (const phrase of phrases) {
    if (!phrase.pattern.test(normalized)) continue;
    const intent = phrase.intent(context, normalized);
    if (intent !== undefined) return intent;
  }
  // Read as English, French would be refused as "not covered" or, worse, half-matched to an option.
  if (isOtherLanguage(text, context.takesAnyText === true ? 'names-expected' : 'any'))
    return { kind: 'other-language' };
  if (context.asking) return { kind: 'answer-text', text };
  return { kind: 'question', text };
}
