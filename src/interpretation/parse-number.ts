import { numberWordValue, scaleWordValue } from './number-words.ts';

/** The one number in a piece of text, or why there is none. */
export type ParsedNumber = { success: true; value: number } | { success: false; reason: 'none' | 'several' };

type Group = {
  total: number;
  current: number;
  last: 'digits' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';
};

/**
 * Reads "12", "3.5", "1,200", "1.200,5", "twelve", "one hundred and five", "1.5 million", "minus 3".
 * Text with two or more separate numbers ("between 10 and 20") is refused rather than guessed.
 */
export function parseNumber(text: string): ParsedNumber {
  const tokens = tokenize(text);
  const values: number[] = [];
  let group: Group | null = null;
  let negative = false;
  const close = () => {
    if (group !== null) {
      values.push((negative ? -1 : 1) * (group.total + group.current));
      negative = false;
    }
    group = null;
  };
  for (const [index, token] of tokens.entries()) {
    if (token === 'minus' || token === 'negative') {
      close();
      negative = true;
      continue;
    }
    // "and" belongs to the number only inside it: "one hundred and five".
    if (token === 'and' && group !== null && (group.last === 'hundred' || group.last === 'scale')) continue;
    if ((token === 'a' || token === 'an') && scaleWordValue(tokens[index + 1] ?? '') !== undefined) {
      close();
      group = { total: 0, current: 1, last: 'unit' };
      continue;
    }
    const next = extend(group, token);
    if (next === undefined) {
      close();
      group = start(token);
      if (group === null && !/^[a-z]+$/.test(token)) return { success: false, reason: 'none' };
    } else {
      group = next;
    }
  }
  close();
  if (values.length === 0) return { success: false, reason: 'none' };
  if (values.length > 1) return { success: false, reason: 'several' };
  const [value] = values;
  // Four hundred digits overflow to Infinity, which is no answer to anything.
  return value !== undefined && Number.isFinite(value)
    ? { success: true, value }
    : { success: false, reason: 'none' };
}

function tokenize(text: string): string[] {
  const lowered = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(^|[^\d])-(?=\d)/g, '$1 minus ');
  return lowered.match(/\d+(?:[.,]\d+)*|[a-z]+/g) ?? [];
}

function start(token: string): Group | null {
  const digits = digitValue(token);
  if (digits !== undefined) return { total: 0, current: digits, last: 'digits' };
  const word = numberWordValue(token);
  if (word === undefined) return null;
  return { total: 0, current: word.value, last: word.kind };
}

/** The group with `token` added, or undefined when the token cannot continue it. */
function extend(group: Group | null, token: string): Group | undefined {
  if (group === null) return undefined;
  const scale = scaleWordValue(token);
  if (scale === 100 && ['digits', 'unit', 'teen', 'tens'].includes(group.last))
    return { total: group.total, current: group.current * 100, last: 'hundred' };
  if (scale !== undefined && scale > 100 && group.last !== 'scale')
    return { total: group.total + group.current * scale, current: 0, last: 'scale' };
  const word = numberWordValue(token);
  if (word === undefined) return undefined;
  const follows: Record<string, string[]> = {
    unit: ['tens', 'hundred', 'scale'],
    teen: ['hundred', 'scale'],
    tens: ['hundred', 'scale'],
  };
  if (!follows[word.kind]?.includes(group.last)) return undefined;
  return { total: group.total, current: group.current + word.value, last: word.kind };
}

/** Digits with thousands separators or a decimal point or comma; undefined when the grouping is unreadable. */
function digitValue(token: string): number | undefined {
  if (!/^\d/.test(token)) return undefined;
  const separators = token.replace(/\d/g, '');
  if (separators === '') return Number(token);
  const last = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
  const decimalMark = token[last];
  const mixed = separators.includes('.') && separators.includes(',');
  // "1,200" and "1.200.000" group thousands; "3.5", "3,5" and "1,200.5" end with a decimal part.
  const groupsOfThree = /^\d{1,3}([.,]\d{3})+$/.test(token) && !mixed;
  if (groupsOfThree && (separators.length > 1 || decimalMark === ','))
    return Number(token.replace(/[.,]/g, ''));
  const whole = token.slice(0, last).replace(/[.,]/g, '');
  if (separators.length > 1 && !mixed) return undefined;
  return Number(`${whole}.${token.slice(last + 1)}`);
}
