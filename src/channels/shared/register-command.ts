import type { AssessmentDecision, SignOffDecision } from '../../conversation/session-data.ts';
import { type LifecycleStage, lifecycleStageSchema } from '../../register/system-record-schema.ts';

/** A team-chat message that asks for the agency's register rather than answering the walkthrough. */
export type RegisterCommand =
  | { kind: 'list-systems' }
  | { kind: 'system-status'; systemName: string }
  | { kind: 'register-system'; systemName: string }
  | { kind: 'assess-system'; systemName: string }
  | { kind: 'sign-off'; decision: SignOffDecision; note: string }
  /** "sign off" without a decision: the reply says how to write one. */
  | { kind: 'sign-off-usage' }
  | { kind: 'decide'; decision: AssessmentDecision; reasons: string }
  /** "decide" without a decision it knows: the reply says how to write one. */
  | { kind: 'decide-usage' }
  | { kind: 'reassess' }
  | { kind: 'change-stage'; systemName: string; stage: LifecycleStage }
  | { kind: 'show-changes' };

const stages = lifecycleStageSchema.options.join('|');
const decisions: ReadonlyArray<[RegExp, SignOffDecision]> = [
  [/^approved?[ -]with[ -]conditions?\b/, 'approved-with-conditions'],
  [/^approved?\b/, 'approved'],
  [/^rejected?\b/, 'rejected'],
];

const assessmentDecisions: ReadonlyArray<[RegExp, AssessmentDecision]> = [
  [/^proceed with conditions?\b/, 'proceed-with-conditions'],
  [/^proceed\b/, 'proceed'],
  [/^re-?scope\b/, 'rescope'],
  [/^(?:do not|don't|not) deploy\b/, 'do-not-deploy'],
];

const listPattern =
  /^(?:(?:list|show)(?: me)?(?: all)?(?: of)?(?: (?:our|the|my|all))? (?:ai )?(?:systems|register)|(?:our|the) (?:ai )?(?:systems|register)|register)$/;
const statusPattern = /^(?:what(?: is|'s) the )?status (?:of |for )?(.+)$/d;
const registerPattern = /^(?:register|add)(?: a| the)?(?: new)?(?: ai)? system:? (.+)$/d;
const assessPattern = /^(?:assess|start (?:an? )?(?:risk )?assessment of) (.+)$/d;
const stagePattern = new RegExp(
  `^(?:set )?(?:the )?stage (?:of )?(.+?)(?::| to| =)? (${stages})(?: stage)?$`,
  'd',
);
const movePattern = new RegExp(`^move (.+?) to(?: the)? (${stages})(?: stage)?$`, 'd');
const reassessPattern =
  /^(?:reassess|re-assess|start a reassessment)(?: (?:it|this|this system|this assessment))?$/;
const changesPattern =
  /^(?:changes|diff|what(?: has|'s)? changed|show(?: me)?(?: the)? (?:changes|diff)|(?:the )?changes since(?: the)? (?:last|signed|earlier)(?: assessment| one)?)$/;
const signOffPattern = /^sign(?:-| )?off\b[:,]?\s*([\s\S]*)$/;
const decidePattern = /^(?:decide|decision|record (?:the |a )?decision)\b[:,]?\s*([\s\S]*)$/;

/**
 * Reads a register command from the whole text of a message (case, spacing and a final full stop
 * do not matter): "list our systems", "status of Face match", "register system Face match",
 * "assess Face match", "sign off approved with conditions: check the threshold",
 * "decide rescope: only the airport pilot", "reassess",
 * "stage Face match deployment", "changes". Anything else is not a command (undefined) and goes
 * to the walkthrough as before. Only whole messages are read, so an answer that merely contains
 * a word such as "register" is never taken for a command.
 */
export function parseRegisterCommand(text: string): RegisterCommand | undefined {
  const spaced = text.replace(/\s+/g, ' ').replace(/[’`]/g, "'").trim();
  const lower = spaced.toLowerCase();
  // Lower-casing keeps the length of nearly every text; when it does not, names are taken lower-cased.
  const written = lower.length === spaced.length ? spaced : lower;
  const words = lower.replace(/[.!?]+$/, '').trimEnd();
  const named = (pattern: RegExp) => {
    const match = pattern.exec(words);
    return match === null ? undefined : systemName(written, match);
  };
  if (listPattern.test(words)) return { kind: 'list-systems' };
  if (reassessPattern.test(words)) return { kind: 'reassess' };
  if (changesPattern.test(words)) return { kind: 'show-changes' };
  const signOff = signOffPattern.exec(words);
  if (signOff !== null) return readSignOff(written, words, signOff[1] ?? '');
  const decided = decidePattern.exec(words);
  if (decided !== null) return readDecision(written, words, decided[1] ?? '');
  const registered = named(registerPattern);
  if (registered !== undefined) return { kind: 'register-system', systemName: registered };
  const staged = stagePattern.exec(words) ?? movePattern.exec(words);
  if (staged !== null) {
    const stage = lifecycleStageSchema.safeParse(staged[2]);
    const name = systemName(written, staged);
    if (stage.success && name !== undefined)
      return { kind: 'change-stage', systemName: name, stage: stage.data };
  }
  const assessed = named(assessPattern);
  if (assessed !== undefined) return { kind: 'assess-system', systemName: assessed };
  const status = named(statusPattern);
  if (status !== undefined) return { kind: 'system-status', systemName: status };
  return undefined;
}

/**
 * The system's name as the person wrote it, from the first group of a match on the lower-cased
 * text (its patterns carry the `d` flag, so the group's place is known), without quotes around it.
 */
function systemName(written: string, match: RegExpExecArray): string | undefined {
  const place = match.indices?.[1];
  if (place === undefined) return undefined;
  const name = written
    .slice(place[0], place[1])
    .replace(/^["'“‘«]+|["'”’»]+$/g, '')
    .trim();
  return name === '' ? undefined : name;
}

/**
 * The choice a command starts with ("approved with conditions", "rescope") and the text after it
 * in the person's own case and final full stop, since the report prints it; undefined when the
 * command starts with none of the choices.
 */
function readChoice<Choice>(
  written: string,
  words: string,
  rest: string,
  choices: ReadonlyArray<[RegExp, Choice]>,
): { choice: Choice; text: string } | undefined {
  const restStart = words.length - rest.length;
  for (const [pattern, choice] of choices) {
    const match = pattern.exec(rest);
    if (match === null) continue;
    const text = written
      .slice(restStart + match[0].length)
      .replace(/^\s*[:\-–—,]?\s*/, '')
      .trim();
    return { choice, text: text.slice(0, 4000) };
  }
  return undefined;
}

/** "decide rescope: only the airport pilot": the decision, then the reasons. */
function readDecision(written: string, words: string, rest: string): RegisterCommand {
  const read = readChoice(written, words, rest, assessmentDecisions);
  return read === undefined
    ? { kind: 'decide-usage' }
    : { kind: 'decide', decision: read.choice, reasons: read.text };
}

/** "sign off approved with conditions: check the threshold": the decision, then the note. */
function readSignOff(written: string, words: string, rest: string): RegisterCommand {
  const read = readChoice(written, words, rest, decisions);
  return read === undefined
    ? { kind: 'sign-off-usage' }
    : { kind: 'sign-off', decision: read.choice, note: read.text };
}
