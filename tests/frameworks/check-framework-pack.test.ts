import { describe, expect, it } from 'vitest';
import { checkFrameworkPack } from '../../src/frameworks/check-framework-pack.ts';
import type {
  Checklist,
  FrameworkPack,
  PackDocument,
  Screening,
} from '../../src/frameworks/framework-pack-schema.ts';
import type { Question } from '../../src/questionnaires/schema.ts';
import { fixturePack, profileQuestionnaire } from './fixture-packs.ts';

/** The problems of the fixture pack after one change to it. */
function problemsAfter(change: (pack: FrameworkPack) => void) {
  const pack = fixturePack();
  change(pack);
  return checkFrameworkPack(pack, [profileQuestionnaire()]);
}

const described = (problems: ReturnType<typeof problemsAfter>) =>
  problems.map(({ path, message }) => `${path.join('.')}: ${message}`);

// The fixture's parts, by position (the fixture is written in this order).
function assessment<Kind extends FrameworkPack['assessments'][number]['kind']>(
  pack: FrameworkPack,
  index: number,
  kind: Kind,
): Extract<FrameworkPack['assessments'][number], { kind: Kind }> {
  const found = pack.assessments[index];
  if (found?.kind !== kind) throw new Error(`the fixture's assessment ${index} is not a ${kind}`);
  return found as Extract<FrameworkPack['assessments'][number], { kind: Kind }>;
}
const screening = (pack: FrameworkPack): Screening => assessment(pack, 0, 'screening');
const checklist = (pack: FrameworkPack): Checklist => assessment(pack, 1, 'checklist');
const document = (pack: FrameworkPack): PackDocument => assessment(pack, 2, 'document');
const questions = (pack: FrameworkPack): Question[] => pack.sections[0]!.questions;
const realTimeInPublic = [
  { question: 'biometric', equals: 'yes' },
  { question: 'real-time', equals: 'yes' },
  { question: 'public-space', equals: 'yes' },
];

describe('checkFrameworkPack', () => {
  it('finds nothing wrong with the fixture pack', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it("refuses an own question whose id is one of the read questionnaire's", () => {
    expect(problemsAfter((pack) => (questions(pack)[0]!.id = 'purpose'))).toContainEqual({
      path: ['sections', 0, 'questions', 0, 'id'],
      message:
        'question id "purpose" is also a question of questionnaire "profile" version 1: answers are kept by question id, so the pack\'s own questions need ids of their own',
    });
  });

  it('refuses two own questions with the same id', () => {
    expect(problemsAfter((pack) => (questions(pack)[1]!.id = 'authorisation'))).toContainEqual({
      path: ['sections', 0, 'questions', 1, 'id'],
      message: 'duplicate question id "authorisation"',
    });
  });

  it('refuses a questionnaire in `reads` that is not known', () => {
    const problems = problemsAfter((pack) => pack.reads.push('readiness'));
    expect(problems).toEqual([
      { path: ['reads', 1], message: 'reads questionnaire "readiness", which is not known' },
    ]);
  });

  it('refuses a condition naming a question neither the pack nor the questionnaire defines', () => {
    const problems = problemsAfter((pack) => {
      screening(pack).rules[0]!.when = {
        all: [...realTimeInPublic, { question: 'porpose', equals: 'other' }],
      };
    });
    expect(problems).toEqual([
      {
        path: ['assessments', 0, 'rules', 0, 'when', 'all', 3],
        message:
          'condition refers to unknown question "porpose" (neither this pack nor the questionnaire it reads (profile) asks it)',
      },
    ]);
  });

  it('checks every place a condition can be: requirements, checklists, items, documents, questions', () => {
    const unknown = { question: 'nowhere', answered: true };
    const problems = problemsAfter((pack) => {
      screening(pack).conditions[1]!.missingWhen = unknown;
      checklist(pack).appliesWhen = unknown;
      checklist(pack).items[0]!.notMetWhen = unknown;
      document(pack).appliesWhen = unknown;
      questions(pack)[0]!.showIf = unknown;
    });
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'sections.0.questions.0.showIf',
      'assessments.1.appliesWhen',
      'assessments.2.appliesWhen',
      'assessments.0.conditions.1.missingWhen',
      'assessments.1.items.0.notMetWhen',
    ]);
  });

  it('refuses a document element filled from an unknown question', () => {
    expect(problemsAfter((pack) => document(pack).elements[1]!.from.push('duration'))).toEqual([
      {
        path: ['assessments', 2, 'elements', 1, 'from', 1],
        message:
          'element "period" refers to unknown question "duration" (neither this pack nor the questionnaire it reads (profile) asks it)',
      },
    ]);
  });

  it('refuses a rule giving an outcome the screening does not list', () => {
    expect(problemsAfter((pack) => (screening(pack).rules[0]!.outcome = 'forbidden'))).toEqual([
      {
        path: ['assessments', 0, 'rules', 0, 'outcome'],
        message:
          'rule "other-purpose" gives the outcome "forbidden", which the screening does not list (prohibited, conditional, not-concerned)',
      },
    ]);
  });

  it('refuses a rule requiring a condition the screening does not have', () => {
    expect(problemsAfter((pack) => screening(pack).rules[1]!.requires.push('notification'))).toEqual([
      {
        path: ['assessments', 0, 'rules', 1, 'requires', 3],
        message:
          'rule "listed-purpose" requires "notification", which is not one of the screening\'s conditions',
      },
    ]);
  });

  it('refuses a citation of a source the pack does not list, wherever it is', () => {
    const problems = problemsAfter((pack) => {
      screening(pack).rules[2]!.statement.cites.push('gdpr:22');
      checklist(pack).items[1]!.duty.cites = ['lawenforcement:11'];
      document(pack).preface.cites[0] = 'act-2:27';
    });
    expect(described(problems)).toEqual([
      'assessments.0.rules.2.statement.cites.1: cites "gdpr:22", but "gdpr" is not one of the pack\'s sources (act)',
      'assessments.1.items.1.duty.cites.0: cites "lawenforcement:11", but "lawenforcement" is not one of the pack\'s sources (act)',
      'assessments.2.preface.cites.0: cites "act-2:27", but "act-2" is not one of the pack\'s sources (act)',
    ]);
  });

  it('refuses duplicate ids of sources, sections, assessments, outcomes, rules, requirements, items, elements and options', () => {
    const problems = problemsAfter((pack) => {
      pack.sources.push({ ...pack.sources[0]! });
      pack.sections.push({ ...pack.sections[0]!, questions: [{ ...questions(pack)[6]!, id: 'extra' }] });
      screening(pack).outcomes.push({ id: 'prohibited', label: 'Again' });
      screening(pack).rules.push({ ...screening(pack).rules[0]! });
      screening(pack).conditions.push({ ...screening(pack).conditions[0]! });
      checklist(pack).items.push({ ...checklist(pack).items[0]! });
      document(pack).elements.push({ ...document(pack).elements[0]! });
      const authorisation = questions(pack)[0]!;
      if (authorisation.kind !== 'single') throw new Error('fixture changed');
      authorisation.options.push({ value: 'none', label: 'Again', synonyms: [] });
      pack.assessments.push({ ...document(pack) });
    });
    expect(described(problems)).toEqual([
      'sources.1.id: duplicate source id "act"',
      'sections.1.id: duplicate section id "fixture-questions"',
      'sections.0.questions.0.options.3.value: duplicate option value "none" in question "authorisation"',
      'assessments.3.id: duplicate assessment id "impact-assessment"',
      'assessments.0.outcomes.3.id: duplicate outcome id "prohibited" in "prohibited-practices"',
      'assessments.0.rules.3.id: duplicate rule id "other-purpose" in "prohibited-practices"',
      'assessments.0.conditions.3.id: duplicate requirement id "prior-authorisation" in "prohibited-practices"',
      'assessments.1.items.2.id: duplicate item id "keep-logs" in "deployer-duties"',
      'assessments.2.elements.4.id: duplicate element id "processes" in "impact-assessment"',
      'assessments.3.elements.4.id: duplicate element id "processes" in "impact-assessment"',
    ]);
  });

  it('refuses a condition testing a value its question cannot take', () => {
    const problems = problemsAfter((pack) => {
      screening(pack).rules[1]!.when = {
        all: [...realTimeInPublic, { question: 'purpose', in: ['search-victims', 'suspects'] }],
      };
      checklist(pack).items[0]!.metWhen = { question: 'logs-kept', equals: 'true' };
      checklist(pack).appliesWhen = { question: 'staff-count', atLeast: 2 };
      screening(pack).rules[2]!.when = {
        all: [
          { question: 'staff-count', equals: '2' },
          { question: 'profiling-only', equals: 'yes' },
        ],
      };
      screening(pack).conditions[2]!.metWhen = { question: 'registered', includes: 'yes' };
    });
    expect(described(problems)).toEqual([
      'assessments.0.rules.1.when.all.3: "suspects" is not a value of question "purpose" ("search-victims", "imminent-threat", "suspect", "other")',
      'assessments.0.rules.2.when.all.0: "2" can never match question "staff-count", which takes numbers',
      'assessments.0.conditions.2.metWhen: "includes" only works on a multiple-choice question; "registered" is yes-no',
      'assessments.1.items.0.metWhen: "true" is not a value of question "logs-kept" ("yes", "no")',
    ]);
  });

  it('refuses a requirement that can be met and missing at once, naming answers that show it', () => {
    const problems = problemsAfter((pack) => {
      screening(pack).conditions[0]!.missingWhen = { not: { question: 'authorisation', equals: 'granted' } };
      checklist(pack).items[1]!.notMetWhen = {
        any: [
          { question: 'two-person-check', equals: 'no' },
          { question: 'staff-count', atLeast: 3 },
        ],
      };
    });
    expect(problems).toEqual([
      {
        path: ['assessments', 0, 'conditions', 0],
        message:
          'requirement "prior-authorisation": metWhen and missingWhen both hold when authorisation is "requested-in-time"; at most one of them may hold',
      },
      {
        path: ['assessments', 1, 'items', 1],
        message:
          'item "two-person-verification": metWhen and notMetWhen both hold when two-person-check is "yes" and staff-count is 3; at most one of them may hold',
      },
    ]);
  });

  it('finds an overlap that only "I don\'t know" or no answer at all shows', () => {
    const problems = problemsAfter((pack) => {
      checklist(pack).items[0]!.metWhen = { not: { question: 'logs-kept', equals: 'no' } };
      checklist(pack).items[0]!.notMetWhen = { not: { question: 'logs-kept', equals: 'yes' } };
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'item "keep-logs": metWhen and notMetWhen both hold when logs-kept is unanswered; at most one of them may hold',
    ]);
  });

  it("holds the pack's own questions to the rules of their kind", () => {
    const problems = problemsAfter((pack) => {
      const common = {
        help: 'Help',
        required: true,
        allowUnsure: false,
        principles: [],
        explainedBy: [],
        weight: 1,
      };
      questions(pack).push(
        {
          ...common,
          id: 'method',
          prompt: 'Which method?',
          kind: 'single',
          options: [{ value: 'a', label: 'A', synonyms: [] }],
        },
        { ...common, id: 'severity', prompt: 'How severe?', kind: 'scale', scale: 'severity' },
      );
    });
    expect(described(problems)).toEqual([
      'sections.0.questions.8.options: question "method": a single question needs at least 2 options',
      'sections.0.questions.9.scale: question "severity": unknown scale "severity"',
    ]);
  });
});
