import type { PackTraceEntry } from '../frameworks/pack-result-schema.ts';

/** Wording every format shares for framework packs' results, so they all say the same thing. */
export const truthText = { yes: 'Holds', no: 'Does not hold', maybe: 'Not yet known' } as const;

export const appliesText = { yes: 'Applies', no: 'Does not apply', maybe: 'Not yet known' } as const;

export const conditionStatusText = { met: 'Met', missing: 'Missing', unknown: 'Unknown' } as const;

export const itemStatusText = { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' } as const;

export const identifiedText = { yes: 'Identified', no: 'Not identified', maybe: 'Not yet known' } as const;

export const appliedByText = {
  asked: 'Applied because the person assessing answered yes to its opening question.',
  organisation: "Applied by the agency's configuration to every risk assessment.",
} as const;

export const openOutcomeText = 'Open: these questions would decide it';

/** Printed before each pack: what a pack is and is not. */
export const frameworksIntro =
  'These results come from framework packs, not from the INTERPOL-UNICRI Toolkit. Each pack screens the answers against the articles it cites, in its own words and as the law stood on its "as of" date, so that a legal adviser can check the result quickly. They are not legal advice.';

/** A value the trace read, as stored: ids and numbers, "I don't know", or "not answered". */
function readValue(value: unknown): string {
  if (value === null || value === undefined) return 'not answered';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(readValue).join(', ');
  if (typeof value === 'object')
    return (value as { unsure?: unknown }).unsure === true ? "I don't know" : JSON.stringify(value);
  return String(value);
}

/** "eu-remote-identification = real-time; eu-public-spaces = not answered"; "nothing" when it read no answer. */
export function traceReadText(read: PackTraceEntry['read']): string {
  if (read.length === 0) return 'nothing';
  return read.map(({ questionId, value }) => `${questionId} = ${readValue(value)}`).join('; ');
}

/** An impact whose four variables are not all answered has no priority yet. */
export const notYetRatedText = 'Not yet rated';
