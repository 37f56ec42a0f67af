/** Level words RAIA's questionnaires and the AI Act use for risk, severity and readiness. */
const level =
  '(?:high|low|medium|moderate|limited|minimal|negligible|minor|serious|severe|critical|unacceptable|acceptable|significant|elevated|ready|compliant|non-compliant)';
const assessedThing =
  '(?:ai\\s+)?(?:system|tool|application|project|deployment|use case|agency|organi[sz]ation|force|service)';

/**
 * Sentences that state or guess the person's own results. Only RAIA's scoring computes those, from
 * the answers, so a model sentence like these is dropped even when it cites a passage: a citation
 * grounds a statement about the Toolkit, never a verdict about the person's system.
 */
const outcomeClaims: readonly RegExp[] = [
  // "you scored 3", "you have scored well", "you got a low rating"
  /\byou(?:'ve|\s+have|\s+had)?\s+(?:scored|achieved|attained|obtained|got|received|rated|reached)\b/,
  // "your risk level", "your readiness level", "your overall score", "your results"
  /\byour\s+(?:(?:overall|total|final|current|own|system's|agency's)\s+)*(?:(?:risk|readiness|maturity|assessment|questionnaire)\s+)?(?:score|scores|rating|ratings|level|levels|grade|category|outcome|outcomes|result|results)\b/,
  // "your risk is low", "your system's readiness would be"
  /\byour\s+(?:\S+\s+){0,2}?(?:risk|readiness|maturity)\s+(?:is|was|are|would be|will be|seems|appears|looks|remains)\b/,
  // "this system is high risk", "your tool is a high-risk system", "your agency is ready"
  new RegExp(
    `\\b(?:this|your)\\s+${assessedThing}\\s+(?:is|was|would be|will be|counts as|qualifies as|seems|appears|looks|falls|remains)\\s+(?:(?:a|an|as|in|into|the|likely|probably|very|quite|clearly|classified|considered|rated|not|yet|fully)\\s+)*${level}\\b`,
  ),
  // "you are at high risk", "you're ready"
  new RegExp(`\\byou(?:'re|\\s+are)\\s+(?:(?:at|a|an|not|yet|now|already|fully)\\s+)*${level}\\b`),
  // "based on your answers, ...", "given your responses"
  /\b(?:based on|according to|from|given|judging by)\s+your\s+(?:answers|responses|assessment|questionnaire|inputs?|scores?)\b/,
  // "your assessment rates the system as moderate", "your answers show"
  /\byour\s+(?:\S+\s+)?(?:assessment|questionnaire|answers|responses|evaluation)\s+(?:rates?|rated|shows?|showed|finds|found|gives?|gave|puts?|places?|indicates?|suggests?|means?|results?)\b/,
  // "overall risk level: LOW", "readiness score = 3"
  new RegExp(`\\b(?:risk|readiness)\\s+(?:level|score|rating|category)\\s*[:=]\\s*(?:${level}|\\d+)\\b`),
  // "score 0/100", "scored 72%", "a score of 3 out of 5"
  /\bscored?\s*(?::|of)?\s*\d+(?:\.\d+)?\s*(?:\/\s*\d+|out of \d+|%|percent\b|points?\b)/,
  // "the risk level is High", unless it explains the scale ("... is high when both are 4 or more")
  new RegExp(
    `\\b(?:the|this|its|overall)\\s+(?:overall\\s+)?(?:risk|readiness)\\s+(?:level|score|rating|category)\\s+(?:is|was|would be|will be)\\s+(?:\\S+\\s+)?(?:${level}|\\d+)\\b(?!\\s+(?:when|if|where|whenever|once|for|because)\\b)`,
  ),
];

/** Whether a sentence claims something about the person's own scores, levels, ratings or outcomes. */
export function claimsUserOutcome(sentence: string): boolean {
  const text = sentence.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  return outcomeClaims.some((claim) => claim.test(text));
}
