import { cardinalWords } from '../interpretation/number-words.ts';
/** What a question asks for; it decides the shape of the answer (a list, steps, or a direct statement). */
export const questionKinds = ['list', 'how-to', 'legal', 'definition', 'fact'] as const;
export type QuestionKind = (typeof questionKinds)[number];

// Counts spelled out, one to twenty: the interpretation layer's list, not a second copy.
export const numberWords = cardinalWords;
const count = `(?:\\d+|${numberWords.join('|')})`;

/** A set named with its size, or asked for as a set: always a list, whatever else the question says. */
const listCues = [
  new RegExp(`^(?:what|which) (?:are|were) (?:the |all the )?${count}\\b`),
  /^how many\b/,
  /\b(?:list|enumerate)\b/,
  /^(?:name|give me|tell me) (?:the|all)\b/,
  /^which\b.+\b(?:are|sit|fall|belong|come|make up|form)\b/,
  /^what\b.+\bare there\b/,
];
const howToCues = [
  /^how (?:should|do|can|could|would|must|might|shall|to)\b/,
  /\b(?:what|which) steps\b/,
  /\bsteps (?:to|for|should)\b/,
  /\bwhat (?:should|must|do|can) (?:we|i|an agency|the agency|agencies|police|officers|a police force)\b.*\b(?:do|check|consider|take|put|ask)\b/,
  /\b(?:best way|checklist|good practice) (?:to|for)\b/,
  /^where (?:do|should|can) (?:we|i)\b.*\b(?:start|begin)\b/,
];
/** "What are the <things>?" is a list when nothing says it is a practical question. */
const weakListCue = /^(?:what|which) (?:are|were) (?:the |all the )?(?:[\w-]+ ){0,3}[\w-]*s\b/;
const definitionCues = [
  /^(?:what is|what's|whats|what are|define|definition of|meaning of)\s+(?:an?\s+|the\s+)?(?<subject>[^?]+?)\??$/,
  /^what (?:does|do) (?<subject>.+) (?:mean|stand for)\??$/,
];
/** A definition names one short thing: "what is the Toolkit's approach to risk in a pilot" is a fact. */
const definitionMaximumWords = 4;

/** Legal instruments by name, and their articles and annexes. */
const instrumentCues = [
  /\b(?:ai act|artificial intelligence act|law enforcement directive|gdpr|general data protection regulation|huderia|framework convention|council of europe|european convention on human rights|echr|charter of fundamental rights)\b/i,
  /\b(?:art\.?|article)\s*\d+/i,
  /\bannex\s+(?:[ivx]+|\d+)\b/i,
];
/** Named instruments, articles and words that ask about the law, not about the Toolkit's principles. */
const legalCues = [
  ...instrumentCues,
  /\b(?:legal|legally|illegal|unlawful|lawful|legislation|statute|statutory|directive|regulation|prohibited|banned|deployer|deployers|fria|dpia|data protection impact assessment)\b/i,
  /\b(?:admissib\w*|courts?|case law|judges?|prosecutors?|warrants?|liable|liability)\b/i,
  // Asking whether something is permitted, or what compliance takes, is asking about the law.
  /\b(?:allowed|permitted|permissible|comply|complying|compliance|compliant|obligations?|authori[sz](?:e|ed|es|ation|ations)|supervisory authority|data protection authority|human rights law)\b/i,
  // "law" itself, but not in "law enforcement", the Toolkit's own subject.
  /\blaws?\b(?! enforcement)/i,
];
/** The Law Enforcement Directive's short name, only as written in capitals ("led" is a verb). */
const directiveAbbreviation = /\bLED\b/;

/**
 * The kind of a question, from its words alone (no model). A set asked for by name or size is a list
 * even when it is about law; a practical "how should we" question is a how-to; a question naming
 * law (see isLegalQuestion) is legal; a short "what is X" is a definition; anything else is a fact.
 */
export function questionKind(question: string): QuestionKind {
  const text = normalize(question);
  if (listCues.some((cue) => cue.test(text))) return 'list';
  if (howToCues.some((cue) => cue.test(text)) && !/\bwork\??$/.test(text)) return 'how-to';
  if (weakListCue.test(text)) return 'list';
  if (isLegalQuestion(question)) return 'legal';
  if (isDefinition(text)) return 'definition';
  return 'fact';
}

/** Whether a question names a legal instrument (the AI Act, the LED, an article): it asks what the law says. */
export function namesLegalInstrument(question: string): boolean {
  if (directiveAbbreviation.test(question) || instrumentCues.some((cue) => cue.test(question))) return true;
  // "Is it legal in the EU?" asks about EU law without naming the instrument.
  return /\b(?:EU|European Union)\b/.test(question) && isLegalQuestion(question);
}

/** Whether a question is about law, so its answer must say that RAIA is not legal advice. */
export function isLegalQuestion(question: string): boolean {
  return directiveAbbreviation.test(question) || legalCues.some((cue) => cue.test(question));
}

function isDefinition(text: string): boolean {
  return definitionSubject(text) !== undefined;
}

/** What a definition question asks to have defined: "What is the AI Toolkit?" -> "ai toolkit". */
export function definitionSubject(question: string): string | undefined {
  const text = normalize(question);
  for (const cue of definitionCues) {
    const subject = cue.exec(text)?.groups?.subject;
    if (subject !== undefined && subject.split(/\s+/).length <= definitionMaximumWords) return subject;
  }
  return undefined;
}

/** Lower case, one space, plain apostrophes, no closing punctuation. */
export function normalize(question: string): string {
  return question
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
}
