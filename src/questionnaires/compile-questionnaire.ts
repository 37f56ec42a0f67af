import { answerChoices } from './answer-choices.ts';
import { type CompiledCondition, compileCondition } from './compile-condition.ts';
import type { Condition, Question, Questionnaire, Section } from './schema.ts';

/** A question with its section and its `showIf` compiled. */
export type CompiledQuestion = {
  question: Question;
  section: Section;
  showIf: CompiledCondition | undefined;
  /** Whether some condition reads this question's answer (only then can it change what is shown). */
  readByConditions: boolean;
};

/**
 * What every turn needs of a definition, worked out once: the questions in order with compiled
 * conditions, and indexes by question id. Built by `compiledQuestionnaire` (one per definition).
 */
export type CompiledQuestionnaire = {
  definition: Questionnaire;
  /** Every question in definition order, shown or not. */
  questions: readonly CompiledQuestion[];
  /** Each question id with its place in the definition (`definitionOrder`). */
  order: ReadonlyMap<string, number>;
  /** The first question with each id (`findQuestion`). */
  questionById: ReadonlyMap<string, Question>;
  /** The section of the first question with each id. */
  sectionByQuestion: ReadonlyMap<string, Section>;
  /** The ids some condition reads: only answers to these can change which questions are shown. */
  conditionQuestions: ReadonlySet<string>;
  /** A question's choices as indexes, worked out on first use; undefined for a question not of this definition. */
  choicesOf: (question: Question) => CompiledChoices | undefined;
};

/** The choices of one question (`answerChoices`), indexed. */
export type CompiledChoices = {
  /** The values, in order. */
  values: readonly (string | number)[];
  /** Each value's label (of the first choice with that value). */
  labels: ReadonlyMap<string | number, string>;
};

/** Compiles a definition; pure. Callers use `compiledQuestionnaire`, which builds each definition once. */
export function compileQuestionnaire(definition: Questionnaire): CompiledQuestionnaire {
  const questions: CompiledQuestion[] = [];
  const order = new Map<string, number>();
  const questionById = new Map<string, Question>();
  const sectionByQuestion = new Map<string, Section>();
  const conditionQuestions = new Set<string>();
  const choices = new Map<Question, CompiledChoices>();
  // Questions often share a condition (each of a risk's three questions asks "does it apply?"):
  // one compiled condition each, so a pass can reuse its value from the question before.
  const conditions = new Map<string, CompiledCondition>();
  const compileShared = (condition: Condition) => {
    const key = JSON.stringify(condition);
    let compiled = conditions.get(key);
    if (compiled === undefined) {
      compiled = compileCondition(condition);
      conditions.set(key, compiled);
    }
    return compiled;
  };
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const showIf = question.showIf === undefined ? undefined : compileShared(question.showIf);
      for (const id of showIf?.questions ?? []) conditionQuestions.add(id);
      // A later duplicate id takes the place, the first keeps the lookups: as the scans these replace did.
      order.set(question.id, questions.length);
      if (!questionById.has(question.id)) {
        questionById.set(question.id, question);
        sectionByQuestion.set(question.id, section);
      }
      questions.push({ question, section, showIf, readByConditions: false });
    }
  }
  for (const compiled of questions) compiled.readByConditions = conditionQuestions.has(compiled.question.id);
  return {
    definition,
    questions,
    order,
    questionById,
    sectionByQuestion,
    conditionQuestions,
    // Lazily: a question of a kind RAIA does not know fails where it is used, not when compiling.
    choicesOf: (question) => {
      let found = choices.get(question);
      if (found === undefined && questionById.get(question.id) === question) {
        found = compileChoices(definition, question);
        choices.set(question, found);
      }
      return found;
    },
  };
}

function compileChoices(definition: Questionnaire, question: Question): CompiledChoices {
  const listed = answerChoices(definition, question);
  const labels = new Map<string | number, string>();
  for (const choice of listed) if (!labels.has(choice.value)) labels.set(choice.value, choice.label);
  return { values: Object.freeze(listed.map((choice) => choice.value)), labels };
}
