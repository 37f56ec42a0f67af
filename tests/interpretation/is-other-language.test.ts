import { describe, expect, it } from 'vitest';
import retrievalEval from '../../bench/retrieval-eval.json' with { type: 'json' };
import { isOtherLanguage } from '../../src/interpretation/is-other-language.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import phrasings from './phrasings.json' with { type: 'json' };

// Written for these tests: questions and answers as people in each language type them, short and long.
const otherLanguages: Record<string, string[]> = {
  French: [
    "Qu'est-ce que la proportionnalité ?",
    'non, nous n’avons pas de stratégie',
    'le système donne une liste de candidats et un agent décide',
    'je ne sais pas',
    'très probable',
    'oui',
    'Est-ce que la boîte à outils parle de la biométrie ?',
    'le fournisseur garde les données',
  ],
  Spanish: [
    '¿Qué significa la proporcionalidad?',
    'no tenemos una estrategia escrita',
    'lo compramos a un proveedor',
    'muy probable',
    'sí',
    'todavía no lo hemos decidido',
    'el proveedor guarda los datos',
  ],
  German: [
    'Was bedeutet Verhältnismäßigkeit?',
    'nein, wir haben keine Strategie',
    'ich weiß nicht',
    'sehr wahrscheinlich',
    'Der Anbieter speichert die Daten',
    'Es ist ein Pilotprojekt',
  ],
  Italian: [
    'Che cosa significa proporzionalità?',
    'non lo so',
    'è possibile',
    'molto probabile',
    'il fornitore conserva i dati',
    'sì, lo usiamo ogni giorno',
  ],
  Portuguese: [
    'O que significa proporcionalidade?',
    'não, não temos uma estratégia escrita',
    'muito provável',
    'sim',
    'Ainda não sabemos',
    'é um projeto piloto',
  ],
};

/** English RAIA must keep reading: natural answers, Toolkit questions, and its own questionnaires. */
function englishTexts(): string[] {
  const texts = phrasings.phrasings.map((row) => row.text);
  texts.push(...retrievalEval.questions.map((entry) => entry.question));
  texts.push(...retrievalEval.notCovered.map((entry) => entry.question));
  for (const definition of builtInQuestionnaires()) {
    texts.push(definition.title, definition.intro);
    for (const section of definition.sections)
      for (const question of section.questions) {
        texts.push(question.prompt, question.help);
        if ('options' in question)
          texts.push(...question.options.flatMap((option) => [option.label, ...option.synonyms]));
      }
  }
  return [...new Set(texts)];
}

describe('isOtherLanguage', () => {
  for (const [language, texts] of Object.entries(otherLanguages)) {
    it.each(texts)(`recognises ${language}: %j`, (text) => {
      expect(isOtherLanguage(text)).toBe(true);
    });
  }

  it('reads none of the English answers, Toolkit questions or questionnaire texts as another language', () => {
    const misread = englishTexts().filter((text) => isOtherLanguage(text));
    expect(misread).toEqual([]);
  });

  it('leaves names in another language alone where any text is expected, but not whole sentences', () => {
    expect(isOtherLanguage('Reconnaissance faciale de la police', 'names-expected')).toBe(false);
    expect(isOtherLanguage('Sistema de Reconocimiento', 'names-expected')).toBe(false);
    expect(isOtherLanguage('nous avons une analyse d’impact pour ce système', 'names-expected')).toBe(true);
  });

  it('reads text without letters as nothing to judge', () => {
    expect(isOtherLanguage('42')).toBe(false);
    expect(isOtherLanguage('?')).toBe(false);
    expect(isOtherLanguage('')).toBe(false);
  });
});
