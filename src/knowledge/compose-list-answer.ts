import type { AnswerParts, Cite } from './answer-sources.ts';
import { isToolkitResource, quote } from './answer-sources.ts';
import { escapeQuotedMarkdown } from './escape-quoted-markdown.ts';
import { escapeRegExp } from './escape-reg-exp.ts';
import { listMembers, membersNamedIn } from './list-members.ts';
import { countOf, countWord, type ListSubject, listSubject } from './list-subject.ts';
import { passageSentences } from './passage-sentences.ts';
import type { SearchHit } from './search-passages.ts';
import { stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/**
 * A list question answered completely from one passage that lists the set: the opening names the
 * count and every member, then each member with its description. Undefined when the passage lists no
 * members, or lists a set other than the one asked about (it is then neither an overview passage nor
 * the size the question or the passage gives).
 */
export function composeListAnswer(question: string, hit: SearchHit, cite: Cite): AnswerParts | undefined {
  const members = listMembers(hit.passage.text);
  if (members.length < 2) return undefined;
  const subject = listSubject(question);
  const stated = subject === undefined ? undefined : statedCount(hit, subject.head);
  const isOverview = hit.passage.resource !== 'ingested' && hit.passage.tags.includes('overview');
  if (!isOverview && subject?.askedCount !== members.length && stated?.count !== members.length)
    return undefined;

  const number = cite(hit);
  const body = members.map(
    (member) =>
      `- **${escapeQuotedMarkdown(member.name)}**${member.description === '' ? '' : `: ${escapeQuotedMarkdown(member.description)}`} [${number}]`,
  );
  const owner = ownerOf(hit);
  const focused = membersNamedIn(question, members);
  const listIsTheSubject = stated === undefined || stated.count === members.length;
  if (focused.length === 1 && focused[0]?.description && !listIsTheSubject) {
    const member = focused[0];
    return {
      opening: quote(`${owner} groups these under ${member.name}: ${member.description}`, number),
      body,
    };
  }
  if (!listIsTheSubject && stated) return { opening: quote(stated.sentence, number), body };

  const names = joinNames(members.map((member) => member.name));
  const count = countWord(members.length);
  const named = subject === undefined ? undefined : groundedSubject(subject, hit);
  const lead =
    named === undefined ? `${owner} lists ${count} under “${hit.title}”` : `${owner} names ${count} ${named}`;
  const asked = subject?.askedCount;
  const correction =
    asked !== undefined && asked !== members.length ? ` It names ${count}, not ${countWord(asked)}.` : '';
  return { opening: `${quote(`${lead}: ${names}`, number)}${correction}`, body };
}

/** Who is speaking: only Toolkit passages are "the Toolkit". */
function ownerOf(hit: SearchHit): string {
  if (isToolkitResource(hit.resource)) return 'The Toolkit';
  if (hit.resource === 'law') return "RAIA's legal reference";
  if (hit.resource === 'practice-notes') return "RAIA's practice notes";
  return 'The agency document';
}

/**
 * The subject in the passage's own spelling ("ai system" -> "AI system"), or undefined when the
 * passage does not use every word of it: a typo or a word it never uses is not echoed back.
 */
function groundedSubject(subject: ListSubject, hit: SearchHit): string | undefined {
  const source = `${hit.title}\n${hit.passage.text}`;
  const stems = new Set(tokenizeText(source).map(stemWord));
  if (!subject.stems.every((stem) => stems.has(stem))) return undefined;
  return subject.words
    .map((word) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'iu');
      return pattern.exec(source)?.[0] ?? word;
    })
    .join(' ');
}

/**
 * A size the passage states for the subject ("17 instrumental principles"): a number followed,
 * within a word or two, by every stem of the subject's noun phrase.
 */
function statedCount(
  hit: SearchHit,
  head: readonly string[],
): { count: number; sentence: string } | undefined {
  if (head.length === 0) return undefined;
  const sentences = passageSentences(hit.passage).filter((sentence) => !sentence.listItem);
  for (const sentence of sentences) {
    const count = countBefore(sentence.text, head);
    if (count !== undefined) return { count, sentence: sentence.text };
  }
  // A title such as "The seven resources and their three categories": quote the sentence giving that number.
  const count = countBefore(hit.title, head);
  const sentence = sentences.find((candidate) =>
    tokenizeText(candidate.text).some((word) => countOf(word) === count),
  );
  return count === undefined || !sentence ? undefined : { count, sentence: sentence.text };
}

function countBefore(text: string, head: readonly string[]): number | undefined {
  const words = tokenizeText(text);
  for (let index = 0; index < words.length; index++) {
    const count = countOf(words[index]);
    if (count === undefined) continue;
    const window = new Set(words.slice(index + 1, index + 2 + head.length).map(stemWord));
    if (head.every((stem) => window.has(stem))) return count;
  }
  return undefined;
}

/** "A, B and C"; with semicolons when a name has its own "and" or comma ("Diversity and accessibility"). */
function joinNames(names: readonly string[]): string {
  const hasInnerAnd = names.some((name) => / and |,/.test(name));
  const separator = hasInnerAnd ? '; ' : ', ';
  const last = names.at(-1) ?? '';
  if (names.length === 1) return last;
  return `${names.slice(0, -1).join(separator)}${hasInnerAnd ? '; and ' : ' and '}${last}`;
}
