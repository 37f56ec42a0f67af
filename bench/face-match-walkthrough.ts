/**
 * `npm run bench:walkthrough`: a whole risk assessment of a vendor face-matching pilot, played as an
 * officer would (bench/face-match-persona.ts): they type what they mean; when RAIA proposes a reading
 * they confirm it if it is what they meant and click the right option if not; when RAIA refuses a
 * text they click the right option. Prints the turns it took, the questions shown, and how many
 * answers ended up recorded as something the officer did not mean. Not a speed figure: run it on
 * two commits to compare the conversation, not the machine.
 */
import { createAssistant } from '../src/conversation/create-assistant.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../src/sessions/memory-session-store.ts';
import { type IntendedAnswer, intendedAnswer } from './face-match-persona.ts';

type Question = NonNullable<Reply['question']>;
type Tally = {
  turns: number;
  shown: Set<string>;
  typedRecordedAtOnce: number;
  proposalsConfirmed: number;
  correctedByClick: number;
  corrected: string[];
};

const maxTurns = 400;
/** The options v1 lacks, and the nearest one an officer would pick there. */
const fallbackValues: Record<string, string> = { pilot: 'deployment' };

function valueFor(question: Question, intended: IntendedAnswer): IntendedAnswer['value'] {
  const offered = new Set(question.options.map((option) => String(option.value)));
  const pick = (value: string) =>
    offered.has(value) || offered.size === 0 ? value : (fallbackValues[value] ?? value);
  if (Array.isArray(intended.value)) return intended.value.map(pick);
  return typeof intended.value === 'string' ? pick(intended.value) : intended.value;
}

function clickFor(question: Question, value: IntendedAnswer['value']): { action: string } | { text: string } {
  if (question.options.length === 0) return { text: String(value) };
  const encoded = Array.isArray(value) ? value.join('+') : String(value);
  return { action: `answer:${question.id}:${encoded}` };
}

function labelsOf(question: Question, value: IntendedAnswer['value']): string[] {
  const values = new Set((Array.isArray(value) ? value : [value]).map(String));
  return question.options.filter((option) => values.has(String(option.value))).map((option) => option.label);
}

async function main(): Promise<void> {
  const assistant = createAssistant({
    store: createMemorySessionStore(),
    questionnaires: createDefaultQuestionnaireRegistry(),
    knowledgeBase: loadBuiltInKnowledgeBase(),
  });
  const created = await assistant.createSession();
  if (!created.success) throw created.error;
  const { sessionId } = created.data;
  const tally: Tally = {
    turns: 0,
    shown: new Set(),
    typedRecordedAtOnce: 0,
    proposalsConfirmed: 0,
    correctedByClick: 0,
    corrected: [],
  };
  const meant = new Map<string, IntendedAnswer['value']>();
  const send = async (message: { text: string } | { action: string }): Promise<Reply> => {
    tally.turns += 1;
    const reply = await assistant.handleTurn({ sessionId, ...message });
    if (!reply.success) throw reply.error;
    return reply.data;
  };
  const has = (reply: Reply, id: string) => reply.quickReplies.some((quickReply) => quickReply.id === id);

  let reply = await send({ action: 'start:risk' });
  if (reply.question === null && has(reply, 'begin')) reply = await send({ action: 'begin' });
  while (reply.question !== null && tally.turns < maxTurns) {
    const question = reply.question;
    tally.shown.add(question.id);
    const intended = intendedAnswer(question.id);
    if (intended === undefined) {
      reply = await send(
        question.options[0] ? clickFor(question, question.options[0].value) : { action: 'nav:skip' },
      );
      continue;
    }
    const value = valueFor(question, intended);
    meant.set(question.id, value);
    reply = await send({ text: intended.typed });
    if (has(reply, 'proposal:confirm')) {
      const said = reply.messages.map((message) => message.text).join('\n');
      const right = labelsOf(question, value).every((label) => said.includes(label));
      if (right) {
        tally.proposalsConfirmed += 1;
        reply = await send({ action: 'proposal:confirm' });
      } else {
        tally.correctedByClick += 1;
        tally.corrected.push(`${question.id} (wrong proposal)`);
        reply = await send(clickFor(question, value));
      }
    } else if (reply.question?.id === question.id) {
      // Refused (asked again): the officer clicks what they meant.
      tally.correctedByClick += 1;
      tally.corrected.push(`${question.id} (refused)`);
      reply = await send(clickFor(question, value));
    } else {
      tally.typedRecordedAtOnce += 1;
    }
  }
  if (has(reply, 'submit')) reply = await send({ action: 'submit' });

  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  const recorded = view.data.answers.risk?.answers ?? {};
  const wrong = [...meant].filter(([id, value]) => {
    const answer = Object.hasOwn(recorded, id) ? recorded[id] : undefined;
    return JSON.stringify(answer?.value) !== JSON.stringify(value);
  });
  const version = view.data.answers.risk?.version ?? '?';
  console.log(`risk questionnaire version ${version}, state ${view.data.state}`);
  console.log(`turns: ${tally.turns}`);
  console.log(`questions shown: ${tally.shown.size}; answers recorded: ${Object.keys(recorded).length}`);
  console.log(
    `typed answers recorded at once: ${tally.typedRecordedAtOnce}; proposals confirmed: ` +
      `${tally.proposalsConfirmed}; corrected with a click: ${tally.correctedByClick}` +
      (tally.corrected.length > 0 ? ` (${tally.corrected.join(', ')})` : ''),
  );
  console.log(`answers recorded as something the officer did not mean: ${wrong.length}`);
  for (const [id, value] of wrong) {
    const answer = Object.hasOwn(recorded, id) ? recorded[id] : undefined;
    console.log(`  ${id}: meant ${JSON.stringify(value)}, recorded ${JSON.stringify(answer?.value)}`);
  }
}

await main();
