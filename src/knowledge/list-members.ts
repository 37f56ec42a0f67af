import { stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/** One member of a set as an overview passage lists it: `- **Name**: what it is`. */
export interface ListMember {
  name: string;
  description: string;
}

const memberLine = /^\s*(?:[-*+]|\d+[.)])\s+\*\*(?<name>[^*]+?)\*\*\s*(?:[:–—-]\s*)?(?<description>.*)$/;

/**
 * The members of a set, in order, from the Markdown list items that start with a bold name. Overview
 * passages list every member this way (one bullet per member, name first in bold); an ordered set
 * such as the life-cycle stages may number them instead.
 */
export function listMembers(markdown: string): ListMember[] {
  return markdown.split(/\r?\n/).flatMap((line) => {
    const match = memberLine.exec(line);
    const name = match?.groups?.name?.trim().replace(/[:.]$/, '');
    if (!name) return [];
    return [{ name, description: match?.groups?.description?.trim() ?? '' }];
  });
}

/** Members whose whole name the question uses ("under fairness" names Fairness). */
export function membersNamedIn(question: string, members: readonly ListMember[]): ListMember[] {
  const asked = new Set(tokenizeText(question).map(stemWord));
  return members.filter((member) => {
    const stems = tokenizeText(member.name).map(stemWord);
    return stems.length > 0 && stems.every((stem) => asked.has(stem));
  });
}
