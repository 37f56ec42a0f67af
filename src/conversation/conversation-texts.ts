import type { QuickReply } from './reply.ts';

/** Fixed wording of the assistant's own lines (not Toolkit content, which comes from the knowledge base). */
export const conversationTexts = {
  greeting: [
    "Hello, I'm **RAIA**, the Responsible AI Innovation Assistant. I help law-enforcement agencies work with the",
    '*Toolkit for Responsible AI Innovation in Law Enforcement* (INTERPOL and UNICRI).',
    '',
    'I can:',
    '1. take your agency through the **Organizational Readiness Assessment**, one question at a time;',
    '2. run a **Risk Assessment** of one AI system and give you a report you can file;',
    '3. answer **questions about the Toolkit** and its principles, citing the passages I use.',
    '',
    'Choose one below or just type. You can say *help* at any time.',
  ].join('\n'),
  help: [
    'Here is what you can say or click at any time:',
    '- **start a risk assessment** / **start a readiness assessment**',
    '- any question about the Toolkit, e.g. *what does proportionality mean?*',
    '- during a questionnaire: an answer (a number, the option, or your own words), **back**, **skip** (optional questions), **next unanswered** (the next question without an answer),',
    '  **why?** (why this is asked), **review** (see and change answers), **submit**',
    '- **note:** and your words keep a remark with the question on screen without answering it; **evidence:** the same for what shows a safeguard is in place (documents, dates, who checked); **clear note** removes it',
    '- **where was I?**, **show my results**, **start over**, **menu**',
    '',
    'Scores are computed only from your answers by fixed rules, never by a language model.',
  ].join('\n'),
  askMode:
    'Ask me anything about the Toolkit: its principles, the AI life cycle, the questionnaires, or technical terms. I answer from the Toolkit passages and cite them.',
  unknownAction: 'That button is no longer valid here. Here is where we are now.',
  staleButton:
    'That button belongs to an earlier question, so I did not record it. Here is the current question.',
  nothingToResume: 'There is no questionnaire in progress. What would you like to do?',
  noResults: 'There are no results yet: complete a questionnaire first, or ask me a question.',
  restarted: 'All answers to this questionnaire were cleared. Starting again from the beginning.',
  notAsking: 'That only works while a questionnaire question is on screen.',
  modelUnavailableOnce:
    'Note: the language model is unavailable right now, so I am working without it. Everything still works; free-text answers need to match an option.',
  englishOnly:
    'That does not look like English, and RAIA reads English for now, so I did not read it and nothing was recorded. Please write it in English.',
  resumeAfterQuestion: 'Back to the questionnaire:',
  resumeAfterTextQuestion:
    'Back to the questionnaire. (If that was meant as your answer, send it again without the question mark.)',
  disclaimer: 'This result supports, and does not replace, your agency’s own legal and ethical review.',
} as const;

export function menuQuickReplies(questionnaires: ReadonlyArray<{ id: string; title: string }>): QuickReply[] {
  return [
    ...questionnaires.map((questionnaire) => ({
      id: `start:${questionnaire.id}`,
      label: `Start: ${questionnaire.title}`,
    })),
    { id: 'ask', label: 'Ask about the Toolkit' },
    { id: 'help', label: 'Help' },
  ];
}
