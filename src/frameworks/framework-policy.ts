import { AppError, type Result } from '../app-error.ts';
import type { FrameworkRegistry } from './framework-registry.ts';

/**
 * Which packs this deployment offers, by pack id, and how: `ask` puts the pack's opt-in question in
 * every walkthrough that reads it; `apply` applies it to every assessment without asking (an agency
 * that knows the law binds it). A pack not named is never shown, so an agency outside the EU that
 * says so never sees the EU pack. In the order given: the order packs are asked and reported in.
 */
export type FrameworkPolicy = ReadonlyArray<{ packId: string; how: 'ask' | 'apply' }>;

/**
 * Reads RAIA_FRAMEWORK_PACKS: unset or empty asks about every installed pack; `none` offers none;
 * otherwise a comma-separated list of pack ids, each applied without asking, or asked with `:ask`
 * (`eu-ai-act,coe-huderia:ask`). An unknown pack id stops start-up with the installed ones listed.
 */
export function parseFrameworkPolicy(
  setting: string | undefined,
  frameworks: FrameworkRegistry,
): Result<FrameworkPolicy> {
  const installed = [...new Set(frameworks.list().map((summary) => summary.id))];
  const text = setting?.trim() ?? '';
  if (text === '') return { success: true, data: installed.map((packId) => ({ packId, how: 'ask' })) };
  if (text === 'none') return { success: true, data: [] };
  const policy: Array<{ packId: string; how: 'ask' | 'apply' }> = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    const match = /^([a-z0-9-]+)(?::(ask|apply))?$/.exec(entry);
    const packId = match?.[1];
    if (match === null || packId === undefined) {
      return refuse(
        `RAIA_FRAMEWORK_PACKS: "${entry}" is not a pack id, optionally followed by ":ask" (for example "eu-ai-act" or "eu-ai-act:ask").`,
      );
    }
    if (!installed.includes(packId)) {
      return refuse(
        `RAIA_FRAMEWORK_PACKS names "${packId}", which is not an installed framework pack. Installed: ${installed.join(', ') || 'none'}.`,
      );
    }
    if (policy.some((existing) => existing.packId === packId))
      return refuse(`RAIA_FRAMEWORK_PACKS names "${packId}" twice.`);
    policy.push({ packId, how: match[2] === 'ask' ? 'ask' : 'apply' });
  }
  return { success: true, data: policy };
}

function refuse(message: string): Result<never> {
  return { success: false, error: new AppError('bad-request', message) };
}
