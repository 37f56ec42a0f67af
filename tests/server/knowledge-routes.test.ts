import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { createTestApp, postJson } from './create-test-app.ts';

describe('createSearchRoutes', () => {
  it('returns the hits and passes limit and resource through', async () => {
    const { app, searches } = createTestApp();
    const response = await app.request('/api/search?q=lawfulness&limit=5&resource=principles');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      hits: [expect.objectContaining({ id: 'principles-lawfulness', resource: 'principles', score: 2.5 })],
    });
    expect(searches).toEqual([{ query: 'lawfulness', options: { limit: 5, resource: 'principles' } }]);
  });

  it('leaves out options that were not given', async () => {
    const { app, searches } = createTestApp();
    await app.request('/api/search?q=bias');
    expect(searches).toEqual([{ query: 'bias', options: {} }]);
  });

  it.each([
    ['', 'q'],
    ['q=%20%20', 'q'],
    ['q=bias&limit=0', 'limit'],
    ['q=bias&limit=many', 'limit'],
    ['q=bias&resource=novel', 'resource'],
  ])('answers ?%s with 400 naming %s', async (query, field) => {
    const { app, searches } = createTestApp();
    const response = await app.request(`/api/search?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad-request', field } });
    expect(searches).toEqual([]);
  });
});

describe('createAskRoutes', () => {
  it('returns the answer with its citations and method', async () => {
    const { app } = createTestApp();
    const response = await postJson(app, '/api/ask', { question: 'What is lawfulness?' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      answer: 'About "What is lawfulness?": see [1].',
      citations: [],
      covered: true,
      method: 'extractive',
    });
  });

  it('answers a missing question with 400 and a non-JSON body with 415', async () => {
    const { app } = createTestApp();
    const missing = await postJson(app, '/api/ask', { query: 'bias?' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { field: 'question' } });
    const form = await app.request('/api/ask', { method: 'POST', body: 'question=bias' });
    expect(form.status).toBe(415);
  });

  it('maps a model failure to 503', async () => {
    const { app } = createTestApp({
      knowledge: {
        ask: async () => ({
          success: false,
          error: new AppError('model-unavailable', 'The language model did not answer. Try again later.'),
        }),
      },
    });
    const response = await postJson(app, '/api/ask', { question: 'bias?' });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: 'model-unavailable', message: 'The language model did not answer. Try again later.' },
    });
  });
});
