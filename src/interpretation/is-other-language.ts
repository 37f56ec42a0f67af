import { francAll } from 'franc-min';
import { englishWords, otherLanguageReplies, otherLanguageWords } from './language-words.ts';

// French, Spanish, German, Italian and Portuguese, which RAIA recognises, and English.
const candidates = ['eng', 'fra', 'spa', 'deu', 'ita', 'por'];
const accented = /[\u00C0-\u024F]/;

/**
 * Whether a message is written in another language than English (French, Spanish, German, Italian,
 * Portuguese), so RAIA can say it reads English for now instead of misreading it. Short texts fool
 * trigram detectors ("not yet" looks French to them), so the frequent words of each language decide,
 * and franc-min's trigrams only settle a text with one such word and at most one English word.
 * `names-expected`: the question takes any text, such as a system's name, so more is asked.
 */
export function isOtherLanguage(text: string, expecting: 'any' | 'names-expected' = 'any'): boolean {
  const original = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (original.length === 0) return false;
  const plain = original.map((word) => word.normalize('NFKD').replace(/\p{M}/gu, '').replace('ß', 'ss'));
  if (plain.length === 1 && otherLanguageReplies.has(plain[0] ?? '')) return true;
  let english = 0;
  let other = /[¿¡]/.test(text) ? 1 : 0;
  for (const [index, word] of plain.entries()) {
    if (englishWords.has(word)) english += 1;
    else if (isOtherWord(word) || accented.test(original[index] ?? '') || /ß/.test(original[index] ?? ''))
      other += 1;
  }
  // Where a name may be typed ("Reconnaissance faciale de la police"), two such words are not enough.
  if (other >= (expecting === 'names-expected' ? 3 : 2) && other > english) return true;
  // One word of another language beside at most one English one ("il fornitore conserva i dati").
  if (other === 0 || english > 1 || expecting === 'names-expected') return false;
  const [best] = francAll(text, { only: candidates, minLength: 2 });
  return best !== undefined && best[0] !== 'eng' && best[0] !== 'und';
}

function isOtherWord(word: string): boolean {
  return Object.values(otherLanguageWords).some((list) => list.has(word));
}
