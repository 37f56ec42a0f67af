import { createButton, createElement } from './create-element.ts';
import type { WebQuestion, WebQuickReply, WebReply } from './response-schemas.ts';

/** Sends a quick-reply action; `label` is what the transcript shows as the user's turn. */
export type SendAction = (action: string, label: string) => void;

const explainAction = 'explain';

// Keeping what a reassessment carried over is an answer, and the likely one: drawn as one, first.
const isKeep = (quickReply: WebQuickReply) => quickReply.id.startsWith('carry:keep:');

/**
 * The current choices, answers first (so Tab from the question reaches them first), then the
 * question's tools ("Why is this asked?", back, skip, ...). Ids the panel already offers are left out.
 */
export function renderQuickReplies(
  reply: WebReply,
  send: SendAction,
  shownElsewhere: Set<string>,
): HTMLElement[] {
  const visible = reply.quickReplies.filter((quickReply) => !shownElsewhere.has(quickReply.id));
  const isAnswer = (quickReply: WebQuickReply) =>
    quickReply.id.startsWith('answer:') || quickReply.id === 'unsure';
  const isProposal = (quickReply: WebQuickReply) => quickReply.id.startsWith('proposal:');
  const keep = visible.filter(isKeep);
  const answers = visible.filter(isAnswer);
  const proposal = visible.filter(isProposal);
  const others = visible.filter(
    (quickReply) =>
      !isKeep(quickReply) &&
      !isAnswer(quickReply) &&
      !isProposal(quickReply) &&
      quickReply.id !== explainAction,
  );
  const groups: HTMLElement[] = [];

  // A reading waits for the person: confirm it, or see the options again ("pick another").
  if (proposal.length > 0) {
    groups.push(renderGroup('Suggested answer', proposal, send));
    if (keep.length > 0) groups.push(renderGroup('Carried-over answer', keep, send));
  } else if (reply.question?.kind === 'multiple' && reply.question.options.length > 0) {
    if (keep.length > 0) groups.push(renderGroup('Carried-over answer', keep, send));
    groups.push(renderMultipleChoice(reply.question, send));
    const unsure = answers.filter((quickReply) => quickReply.id === 'unsure');
    if (unsure.length > 0) groups.push(renderGroup('More answers', unsure, send, currentAction(reply)));
  } else if (keep.length + answers.length > 0) {
    groups.push(renderGroup('Answers', [...keep, ...answers], send, currentAction(reply)));
  }

  const tools = [...others];
  if (reply.question !== null) tools.unshift({ id: explainAction, label: 'Why is this asked?' });
  if (tools.length > 0)
    groups.push(renderGroup(reply.question === null ? 'Options' : 'Question tools', tools, send));
  return groups;
}

/** The action of the answer already recorded (after Back or Change), so its button can show it. */
function currentAction(reply: WebReply): string | undefined {
  const question = reply.question;
  const current = question?.currentAnswer;
  if (question === null || current === undefined || current === null || Array.isArray(current))
    return undefined;
  return typeof current === 'object' ? 'unsure' : `answer:${question.id}:${current}`;
}

function renderGroup(
  name: string,
  quickReplies: WebQuickReply[],
  send: SendAction,
  current?: string,
): HTMLElement {
  const buttons = quickReplies.map((quickReply) => {
    const primary =
      quickReply.id.startsWith('answer:') || quickReply.id === 'proposal:confirm' || isKeep(quickReply);
    const className = primary ? 'button' : 'button button--secondary';
    const isCurrent = quickReply.id === current;
    return createButton(quickReply.label, () => send(quickReply.id, quickReply.label), {
      className: isCurrent ? `${className} button--current` : className,
      attributes: { 'data-action': quickReply.id, ...(isCurrent ? { 'aria-current': 'true' } : {}) },
    });
  });
  return createElement(
    'div',
    { className: 'quick-replies__group', attributes: { role: 'group', 'aria-label': name } },
    buttons,
  );
}

// Several options at once travel as one action, `answer:<question>:a+b`; naming the question lets
// the server refuse a stale submission instead of applying it to whatever question is current.
function renderMultipleChoice(question: WebQuestion, send: SendAction): HTMLElement {
  const questionId = question.id;
  // Back or Change shows the boxes as they were answered, not empty.
  const chosen = Array.isArray(question.currentAnswer) ? question.currentAnswer : [];
  const boxes = question.options.map((option) => {
    const box = createElement('input', { attributes: { type: 'checkbox', value: String(option.value) } });
    box.checked = chosen.includes(String(option.value));
    return { box, option, label: createElement('label', {}, [box, option.label]) };
  });
  const hint = createElement('p', { className: 'status', attributes: { 'aria-live': 'polite' } });
  const confirm = createButton(
    'Send selected answers',
    () => {
      const chosen = boxes.filter(({ box }) => box.checked);
      if (chosen.length === 0) {
        hint.textContent = 'Tick at least one option, or type your answer below.';
        return;
      }
      const action = `answer:${questionId}:${chosen.map(({ option }) => String(option.value)).join('+')}`;
      send(action, chosen.map(({ option }) => option.label).join(', '));
    },
    { className: 'button button--primary', attributes: { 'data-action': 'answer:selected' } },
  );
  return createElement('fieldset', { className: 'choice-list' }, [
    createElement('legend', { text: 'Choose all that apply' }),
    ...boxes.map(({ label }) => label),
    createElement('div', { className: 'quick-replies__group' }, [confirm]),
    hint,
  ]);
}
