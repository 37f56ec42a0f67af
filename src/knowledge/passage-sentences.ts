import type { KnowledgePassage } from './knowledge-passage.ts';
import { plainText } from './plain-text.ts';
import { stemWord } from './stem-word.ts';
import { countWords, tokenizeText } from './tokenize-text.ts';

/** One sentence of a passage, as answers choose and quote them. */
export interface PassageSentence {
  text: string;
  stems: ReadonlySet<string>;
  /** Order inside the passage. */
  position: number;
  /** From a bullet or numbered list item rather than running text. */
  listItem: boolean;
  /** From a numbered list item: a step. */
  numbered: boolean;
  /** Starts with a label such as "Questions to check:" or "Steps:": a list written inline. */
  label: string | undefined;
}

/**
 * Remarks a passage makes about itself: RAIA's provenance remark in summary passages, the reminder at
 * the end of legal passages. The answer adds its own notes instead, so they are never quoted.
 */
const selfRemark = /^\(?RAIA['’]s summary|^RAIA['’]s steps\b[^.]*:$|\bnot legal advice\b/i;
const listItemMarker = /^\s*(?:[-*+]|\d+[.)])\s+/;
const numberedMarker = /^\s*\d+[.)]\s+/;
const inlineLabel =
  /^(?<label>Questions to check|Key questions|Checks?|Steps|Practical steps|Mitigations|Safeguards(?: [A-Za-z'’]+){0,3}|Good practice|In practice)\s*:\s*/i;

/** Passages never change once loaded: split and stem each one once. */
const cache = new WeakMap<KnowledgePassage, PassageSentence[]>();

/** The passage's sentences in order; each list item is one sentence, as in splitSentences. */
export function passageSentences(passage: KnowledgePassage): PassageSentence[] {
  const known = cache.get(passage);
  if (known) return known;
  const sentences: PassageSentence[] = [];
  for (const line of logicalLines(passage.text)) {
    const listItem = listItemMarker.test(line);
    const numbered = numberedMarker.test(line);
    const parts = listItem ? [plainText(line)] : splitRunningText(plainText(line));
    for (const part of parts.map((text) => text.trim())) {
      if (part === '' || selfRemark.test(part) || isBareLeadIn(part)) continue;
      sentences.push({
        text: part,
        stems: new Set(tokenizeText(part).map(stemWord)),
        position: sentences.length,
        listItem,
        numbered,
        label: listItem ? undefined : inlineLabel.exec(part)?.groups?.label,
      });
    }
  }
  cache.set(passage, sentences);
  return sentences;
}

/** "Checks:", "The two scales:": a few words introducing a list say nothing on their own. */
function isBareLeadIn(sentence: string): boolean {
  return sentence.endsWith(':') && countWords(sentence) <= bareLeadInWords;
}
const bareLeadInWords = 5;

/** "No. 225", "Art. 5", "e.g. A": a full stop that ends an abbreviation does not end the sentence. */
const abbreviation = /(?:^|[\s(])(?:No|Nos|Art|Arts|Para|para|p|pp|cf|e\.g|i\.e|vs|Dr|Mr|Ms|St)\.$/;

function splitRunningText(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(/(?<=[.!?])\s+(?=["'“(]?[A-Z0-9])/)) {
    const previous = parts.at(-1);
    if (previous !== undefined && abbreviation.test(previous))
      parts[parts.length - 1] = `${previous} ${piece}`;
    else parts.push(piece);
  }
  return parts;
}

/** Lines as written, with a paragraph wrapped over several lines joined into one. */
function logicalLines(markdown: string): string[] {
  const lines: string[] = [];
  let joinable = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.trim() === '') {
      joinable = false;
      continue;
    }
    if (joinable && !listItemMarker.test(line)) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line);
    joinable = true;
  }
  return lines;
}

/** How many of the terms the search matched a sentence contains: how much it says about the question. */
export function overlap(sentence: PassageSentence, matched: ReadonlySet<string>): number {
  let count = 0;
  for (const stem of sentence.stems) if (matched.has(stem)) count++;
  return count;
}

/** The part of a labelled sentence after its label: "Checks: a; b" -> "a; b". */
export function withoutLabel(sentence: PassageSentence): string {
  return sentence.label === undefined ? sentence.text : sentence.text.replace(inlineLabel, '');
}
