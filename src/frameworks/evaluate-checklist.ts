import type { Truth } from '../questionnaires/compile-condition.ts';
import type { ConditionReader } from './create-condition-reader.ts';
import type { Checklist } from './framework-pack-schema.ts';
import type { ChecklistOutcome, PackTraceEntry } from './pack-result-schema.ts';
import { requirementStatus } from './requirement-status.ts';

/**
 * Whether a checklist applies and, for each item, whether it applies and is met, not met or
 * unknown. An item applies only as far as its checklist does (so a report need read one value);
 * its status is read whether or not it applies, so a report can show what is already in place.
 */
export function evaluateChecklist(checklist: Checklist, read: ConditionReader): ChecklistOutcome {
  const trace: PackTraceEntry[] = [];
  const traced = (reading: { truth: Truth; entry: PackTraceEntry }) => {
    trace.push(reading.entry);
    return reading.truth;
  };
  const applies =
    checklist.appliesWhen === undefined ? 'yes' : traced(read(checklist.appliesWhen, 'applies-when'));
  const items = checklist.items.map((item) => {
    const ref = `item:${item.id}`;
    const own =
      item.appliesWhen === undefined ? 'yes' : traced(read(item.appliesWhen, `${ref}:applies-when`));
    const met = traced(read(item.metWhen, `${ref}:met-when`));
    const notMet = traced(read(item.notMetWhen, `${ref}:not-met-when`));
    return {
      id: item.id,
      duty: item.duty,
      applies: both(applies, own),
      status: requirementStatus(met, notMet),
      action: item.action,
    };
  });
  return { kind: 'checklist', id: checklist.id, title: checklist.title, applies, items, trace };
}

/** Kleene's "and", as an `all` condition reads it. */
function both(left: Truth, right: Truth): Truth {
  if (left === 'no' || right === 'no') return 'no';
  return left === 'yes' && right === 'yes' ? 'yes' : 'maybe';
}
