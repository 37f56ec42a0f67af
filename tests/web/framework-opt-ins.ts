import { optInQuestionId } from '../../src/frameworks/compose-with-packs.ts';
import { createDefaultFrameworkRegistry } from '../../src/frameworks/framework-registry.ts';

/**
 * The opening question of each installed framework pack (`eu-ai-act-applies`), which the page's
 * server asks after the system profile. Tests that are not about the packs answer no, as an
 * agency outside their jurisdiction would, and so walk only the Toolkit's questions.
 */
export const frameworkOptInIds: ReadonlySet<string> = new Set(
  createDefaultFrameworkRegistry()
    .list()
    .map(({ id }) => optInQuestionId(id)),
);
