import { AppError, type Result } from '../app-error.ts';
import type { RegisterChange } from '../register/register-operations.ts';
import type { RegisterStore } from '../register/register-store.ts';
import {
  createEmptyRegister,
  type RegisterDocument,
  registerDocumentSchema,
} from '../register/system-record-schema.ts';

export type LoadedRegister = { register: RegisterDocument; revision: number };

/** The organisation's register, validated (another version may have written it); empty if none yet. */
export async function loadRegister(store: RegisterStore, organisationId: string): Promise<LoadedRegister> {
  const stored = await store.load(organisationId);
  if (stored === undefined) return { register: createEmptyRegister(), revision: 0 };
  const parsed = registerDocumentSchema.safeParse(stored.data);
  if (!parsed.success) {
    throw new AppError('internal', 'The register could not be read. Please tell your administrator.', {
      cause: parsed.error,
    });
  }
  return { register: parsed.data, revision: stored.revision };
}

/** Another writer (a second process, a second Durable Object call) may save between load and save. */
const attempts = 3;

/**
 * Applies a change to the register and saves it with its audit entries, durably, before resolving.
 * A change made elsewhere meanwhile is not overwritten: the change is worked out again on the
 * newer register, up to a few times, then the caller is told to try again.
 */
export async function updateRegister<T>(
  store: RegisterStore,
  organisationId: string,
  at: string,
  change: (register: RegisterDocument) => Result<RegisterChange<T>>,
): Promise<Result<T>> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const { register, revision } = await loadRegister(store, organisationId);
    const changed = change(register);
    if (!changed.success) return changed;
    if (changed.data.audit.length === 0) return { success: true, data: changed.data.value };
    const saved = await store.save(organisationId, registerDocumentSchema.parse(changed.data.register), {
      expectedRevision: revision,
      updatedAt: at,
      audit: changed.data.audit,
    });
    if (saved.success) return { success: true, data: changed.data.value };
  }
  return {
    success: false,
    error: new AppError('conflict', 'The register was changed at the same time elsewhere. Please try again.'),
  };
}
