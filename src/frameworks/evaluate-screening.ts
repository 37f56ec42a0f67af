import { AppError } from '../app-error.ts';
import type { ConditionReader } from './create-condition-reader.ts';
import type { Screening } from './framework-pack-schema.ts';
import type { PackTraceEntry, ScreeningOutcome } from './pack-result-schema.ts';
import { requirementStatus } from './requirement-status.ts';

type ConditionStatus = ScreeningOutcome['conditions'][number]['status'];

/**
 * A screening's outcome: the most severe outcome among the rules that hold, unless a rule of a
 * more severe outcome still depends on a missing answer; then the outcome is open (null) and
 * `openQuestions` names the answers that would decide it. No rule holding and none open: the last
 * outcome. Read in three values, an outcome once decided stays the same whatever is answered next
 * (while unanswered questions read as open; see `isOpen` in PackInput).
 */
export function evaluateScreening(screening: Screening, read: ConditionReader): ScreeningOutcome {
  const severityOf = new Map(screening.outcomes.map((outcome, index) => [outcome.id, index]));
  const last = screening.outcomes.length - 1;
  const trace: PackTraceEntry[] = [];
  const rules = screening.rules.map((rule, order) => {
    const severity = severityOf.get(rule.outcome);
    // The checker refuses such a pack; one that bypassed it is a bug, not something to guess around.
    if (severity === undefined)
      throw new AppError('internal', 'A framework pack rule names an outcome its screening does not list.', {
        cause: `${screening.id}: rule "${rule.id}" names outcome "${rule.outcome}"`,
      });
    const reading = read(rule.when, `rule:${rule.id}`);
    trace.push(reading.entry);
    return { rule, severity, order, ...reading };
  });
  const held = rules
    .filter((rule) => rule.truth === 'yes')
    .sort((left, right) => left.severity - right.severity || left.order - right.order);
  const decidingSeverity = held[0]?.severity ?? last;
  const blocking = rules.filter((rule) => rule.truth === 'maybe' && rule.severity < decidingSeverity);
  const statuses = readConditions(screening, read, trace);
  const fired = held.map(({ rule }) => ({
    ruleId: rule.id,
    outcome: rule.outcome,
    statement: rule.statement,
  }));
  const base = { kind: 'screening', id: screening.id, title: screening.title, fired, trace } as const;
  if (blocking.length > 0) {
    const openQuestions = [...new Set(blocking.flatMap((rule) => rule.open))];
    return { ...base, outcome: null, conditions: [], openQuestions };
  }
  const outcome = screening.outcomes[decidingSeverity];
  if (outcome === undefined) throw new AppError('internal', 'A framework pack screening lists no outcomes.');
  // Every rule of the deciding outcome that holds adds its requirements, each listed once.
  const required = [
    ...new Set(
      held.filter((rule) => rule.severity === decidingSeverity).flatMap(({ rule }) => rule.requires),
    ),
  ];
  const conditions = required.map((conditionId) => {
    const condition = screening.conditions.find((candidate) => candidate.id === conditionId);
    const status = statuses.get(conditionId);
    if (condition === undefined || status === undefined)
      throw new AppError(
        'internal',
        'A framework pack rule requires a condition its screening does not list.',
        {
          cause: `${screening.id}: requirement "${conditionId}"`,
        },
      );
    return { id: condition.id, requirement: condition.requirement, status };
  });
  return { ...base, outcome: { id: outcome.id, label: outcome.label }, conditions, openQuestions: [] };
}

/** Every condition's status, each read traced whether or not the deciding rule lists it. */
function readConditions(
  screening: Screening,
  read: ConditionReader,
  trace: PackTraceEntry[],
): Map<string, ConditionStatus> {
  const statuses = new Map<string, ConditionStatus>();
  for (const condition of screening.conditions) {
    const met = read(condition.metWhen, `condition:${condition.id}:met-when`);
    const missing = read(condition.missingWhen, `condition:${condition.id}:missing-when`);
    trace.push(met.entry, missing.entry);
    const status = requirementStatus(met.truth, missing.truth);
    statuses.set(condition.id, status === 'not-met' ? 'missing' : status);
  }
  return statuses;
}
