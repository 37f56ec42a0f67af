import { describe, expect, it, vi } from 'vitest';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { storedSessionFromJson } from '../../src/sessions/stored-session-from-json.ts';

const row = {
  id: 'session-a',
  revision: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  owner: null,
};

describe('storedSessionFromJson', () => {
  it('parses the blob on first read only, and reads like a plain session', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const loaded = storedSessionFromJson(row, '{"answers":{"a":1}}');
      expect(parse).not.toHaveBeenCalled();
      expect(loaded.data).toEqual({ answers: { a: 1 } });
      expect(loaded.data).toBe(loaded.data);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(loaded).toEqual({ ...row, data: { answers: { a: 1 } } });
      expect({ ...loaded }).toEqual({ ...row, data: { answers: { a: 1 } } });
    } finally {
      parse.mockRestore();
    }
  });

  it('takes a replaced blob like a plain property', () => {
    const loaded = storedSessionFromJson(row, '{"step":1}');
    loaded.data = { step: 2 };
    expect(loaded.data).toEqual({ step: 2 });
  });
});

describe('createMemorySessionStore', () => {
  it('gives every load its own copy of the blob, parsed only when read', async () => {
    const store = createMemorySessionStore();
    await store.create({ ...row, data: { list: [1] } });
    const first = await store.load(row.id);
    const second = await store.load(row.id);
    if (first === undefined) throw new Error('the session exists');
    (first.data as { list: number[] }).list.push(2);
    expect(second?.data).toEqual({ list: [1] });
    expect((await store.load(row.id))?.data).toEqual({ list: [1] });
  });

  it('refuses a blob JSON cannot hold before it changes anything', async () => {
    const store = createMemorySessionStore();
    await store.create({ ...row, data: { step: 0 } });
    await expect(
      store.save(row.id, { size: 1n }, { expectedRevision: 0, updatedAt: row.updatedAt }),
    ).rejects.toThrow();
    await expect(
      store.save(row.id, () => undefined, { expectedRevision: 0, updatedAt: row.updatedAt }),
    ).rejects.toThrow(TypeError);
    expect(await store.load(row.id)).toMatchObject({ revision: 0, data: { step: 0 } });
  });
});
