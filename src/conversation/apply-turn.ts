import type { Result } from '../app-error.ts';
import { confirmationReply } from '../interpretation/answer-phrases.ts';
import type { Intent } from '../interpretation/intent.ts';
import { interpretText } from '../interpretation/interpret-text.ts';
import { isFreeText } from '../interpretation/is-free-text.ts';
import { currentQuestion } from '../machines/progress.ts';
import type { Actor } from '../questionnaires/answers.ts';
import { nextConversation } from './conversation-state.ts';
import { conversationTexts, menuQuickReplies } from './conversation-texts.ts';
import { interpretAction } from './interpret-action.ts';
import { keepUnrecordedText } from './keep-unrecorded-text.ts';
import {
  applyWalkthroughEvent,
  type LoadedWalkthrough,
  loadWalkthrough,
  startWalkthrough,
  toAssessmentRecord,
  walkthroughStateName,
} from './load-walkthrough.ts';
import { noteTurn } from './note-turn.ts';
import { positionReply } from './position-reply.ts';
import { lengthNotice, remainingNotice } from './questionnaire-length.ts';
import { type DraftMessage, emptyReplyParts, type ReplyParts } from './reply-parts.ts';
import { resultsReply } from './results-reply.ts';
import { type AuditEntry, findAssessment, type SessionData } from './session-data.ts';
import type { TurnDependencies } from './turn-dependencies.ts';
import { walkthroughTurn } from './walkthrough-turn.ts';

export type TurnRequest = {
  text?: string | undefined;
  action?: string | undefined;
  at: string;
  actor: Actor | undefined;
};
/** The next data, the reply, and this turn's audit entries (appended to the log by the save). */
export type TurnOutcome = { data: SessionData; parts: ReplyParts; state: string; audit: AuditEntry[] };

/**
 * One user turn applied to a session's data: pure apart from the injected retrieval and model.
 * Returns the next data and the reply, which the caller saves before answering.
 */
export async function applyTurn(
  data: SessionData,
  request: TurnRequest,
  dependencies: TurnDependencies,
): Promise<Result<TurnOutcome>> {
  const active = activeWalkthrough(data, dependencies);
  if (!active.success) return active;
  let runtime = active.data;
  const before = runtime;
  const pendingProposal = runtime?.snapshot.context.pendingProposal ?? null;
  const context = {
    asking: runtime !== undefined && walkthroughStateName(runtime) === 'asking',
    takesAnyText: runtime !== undefined && takesAnyText(runtime),
    questionnaireIds: dependencies.questionnaires
      .list()
      .filter((entry) => entry.isLatest)
      .map((entry) => entry.id),
  };
  let intent: Intent =
    request.action !== undefined
      ? interpretAction(request.action, context)
      : interpretText(request.text ?? '', context);
  if (pendingProposal !== null && intent.kind === 'answer-text')
    intent = proposalAnswer(intent.text) ?? intent;
  // "yes" / "no" to "Change it anyway?" settle a held change, whatever the question's own options.
  if ((runtime?.snapshot.context.pendingChange ?? null) !== null && intent.kind === 'answer-text')
    intent = changeAnswer(intent.text) ?? intent;

  let next: SessionData = data;
  let audit: AuditEntry[] = [];
  const lead: DraftMessage[] = [];
  const say = (text: string, kind: DraftMessage['kind'] = 'info') => lead.push({ kind, text, citations: [] });
  // Whichever path met the failure (a Toolkit answer or an answer proposal), it is said once per session.
  const noteModelFailure = () => {
    if (next.notices.includes('model-unavailable')) return;
    say(conversationTexts.modelUnavailableOnce);
    next = { ...next, notices: [...next.notices, 'model-unavailable'] };
  };

  switch (intent.kind) {
    case 'help':
      say(conversationTexts.help);
      break;
    case 'menu':
      next = { ...next, conversation: nextConversation(next.conversation, { type: 'menu.open' }) };
      runtime = undefined;
      say(conversationTexts.greeting, 'greeting');
      break;
    case 'ask-mode':
      next = { ...next, conversation: nextConversation(next.conversation, { type: 'ask.open' }) };
      runtime = undefined;
      say(conversationTexts.askMode);
      break;
    case 'question': {
      const answer = await dependencies.askKnowledge(intent.text);
      lead.push({ kind: 'answer', text: answer.text, citations: answer.citations });
      // The only notice a grounded answer carries: the model failed and the passages were quoted.
      if (answer.notice !== undefined) noteModelFailure();
      if (runtime !== undefined) say(conversationTexts.resumeAfterQuestion);
      break;
    }
    case 'start': {
      const record = findAssessment(next, intent.questionnaireId);
      if (record !== undefined) {
        const loaded = loadWalkthrough(dependencies.questionnaires, record);
        if (!loaded.success) return loaded;
        runtime = loaded.data;
        say(
          `Welcome back to **${runtime.definition.title}**: picking up where you left off. ${remainingNotice(runtime.definition, runtime.snapshot.context)}`,
        );
      } else {
        const start = dependencies.questionnaires.startingPoint(intent.questionnaireId);
        if (start === undefined) break;
        const { definition } = start;
        runtime = applyWalkthroughEvent(startWalkthrough(definition, start.packs), {
          type: 'walkthrough.start',
          at: request.at,
        });
        say(
          `**${definition.title}** (version ${definition.version})\n\n${definition.intro}\n\n${lengthNotice(definition, runtime.snapshot.context)}`,
        );
      }
      next = {
        ...next,
        conversation: nextConversation(next.conversation, {
          type: 'walkthrough.open',
          questionnaireId: intent.questionnaireId,
        }),
      };
      break;
    }
    case 'results': {
      const results = resultsReply(next, runtime, dependencies);
      if (results !== undefined) return { success: true, data: finish(next, results, runtime, audit) };
      say(conversationTexts.noResults);
      break;
    }
    case 'where-was-i':
      if (runtime === undefined)
        return { success: true, data: finish(next, resumeMenu(next, dependencies), undefined, audit) };
      break;
    case 'unknown-action':
      say(conversationTexts.unknownAction);
      break;
    case 'other-language':
      say(conversationTexts.englishOnly);
      if (runtime !== undefined) say(conversationTexts.resumeAfterQuestion);
      break;
    case 'note':
    case 'clear-note':
    case 'keep-as-note': {
      const turn = noteTurn(runtime, {
        intent,
        at: request.at,
        actor: request.actor,
        unrecorded: data.unrecordedText,
      });
      runtime = turn.runtime;
      lead.push(...turn.lead);
      audit = turn.audit;
      break;
    }
    default: {
      if (runtime === undefined) {
        say(conversationTexts.notAsking);
        break;
      }
      const turn = await walkthroughTurn(
        runtime,
        { intent, at: request.at, actor: request.actor, carried: data.carriedOver },
        dependencies,
      );
      runtime = turn.runtime;
      lead.push(...turn.lead);
      audit = turn.audit;
      if (turn.modelFailed) noteModelFailure();
    }
  }

  if (runtime !== undefined) {
    next = {
      ...next,
      assessments: { ...next.assessments, [runtime.definition.id]: toAssessmentRecord(runtime) },
    };
  }
  const position =
    runtime !== undefined
      ? positionReply(runtime, { data: next, timeZone: dependencies.timeZone ?? 'UTC' })
      : menuReply(next, dependencies);
  const kept = keepUnrecordedText({
    data: next,
    parts: { ...position, messages: [...lead, ...position.messages] },
    intent,
    text: request.text,
    before,
    after: runtime,
  });
  return { success: true, data: finish(kept.data, kept.parts, runtime, audit) };
}

function finish(
  data: SessionData,
  parts: ReplyParts,
  runtime: LoadedWalkthrough | undefined,
  audit: AuditEntry[],
): TurnOutcome {
  const state =
    runtime !== undefined && data.conversation.state === 'walkthrough'
      ? `${runtime.definition.id}.${walkthroughStateName(runtime)}`
      : data.conversation.state;
  return { data, parts, state, audit };
}

function activeWalkthrough(
  data: SessionData,
  dependencies: TurnDependencies,
): Result<LoadedWalkthrough | undefined> {
  const id = data.conversation.activeQuestionnaireId;
  if (data.conversation.state !== 'walkthrough' || id === null) return { success: true, data: undefined };
  const record = findAssessment(data, id);
  if (record === undefined) return { success: true, data: undefined };
  return loadWalkthrough(dependencies.questionnaires, record);
}

function takesAnyText(runtime: LoadedWalkthrough): boolean {
  const shown = currentQuestion(runtime.definition, runtime.snapshot.context);
  return walkthroughStateName(runtime) === 'asking' && shown !== null && isFreeText(shown.question);
}

function proposalAnswer(text: string): Intent | undefined {
  const reply = confirmationReply(text);
  if (reply === 'confirm') return { kind: 'confirm-proposal' };
  if (reply === 'reject') return { kind: 'reject-proposal' };
  return undefined;
}

function changeAnswer(text: string): Intent | undefined {
  const reply = confirmationReply(text);
  if (reply === 'confirm') return { kind: 'confirm-change' };
  if (reply === 'reject') return { kind: 'keep-answer' };
  return undefined;
}

function latestQuestionnaires(dependencies: TurnDependencies) {
  return dependencies.questionnaires.list().filter((entry) => entry.isLatest);
}

function menuReply(data: SessionData, dependencies: TurnDependencies): ReplyParts {
  const quickReplies = menuQuickReplies(latestQuestionnaires(dependencies));
  if (data.conversation.state === 'ask')
    return { ...emptyReplyParts, quickReplies: quickReplies.filter((reply) => reply.id !== 'ask') };
  return { ...emptyReplyParts, quickReplies };
}

function resumeMenu(data: SessionData, dependencies: TurnDependencies): ReplyParts {
  const inProgress = latestQuestionnaires(dependencies).filter(
    (entry) => findAssessment(data, entry.id) !== undefined,
  );
  if (inProgress.length === 0) {
    return {
      ...menuReply(data, dependencies),
      messages: [{ kind: 'info', text: conversationTexts.nothingToResume, citations: [] }],
    };
  }
  return {
    ...emptyReplyParts,
    messages: [
      {
        kind: 'info',
        text: 'You have these questionnaires in this session. Which one shall we continue?',
        citations: [],
      },
    ],
    quickReplies: [
      ...inProgress.map((entry) => ({ id: `start:${entry.id}`, label: `Continue: ${entry.title}` })),
      { id: 'menu', label: 'Main menu' },
    ],
  };
}
