import { describe, expect, it } from 'vitest';
import { answerWithEuPackViaApi } from './answer-with-eu-pack-via-api.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

// The six elements of Art. 27(1), as the FRIA draft heads them (src/frameworks/data/eu-ai-act.v1.json).
const friaElements = ['(a) ', '(b) ', '(c) ', '(d) ', '(e) ', '(f) '];

describe('register page: the decision and the legal frameworks of the latest assessment', () => {
  it('shows the EU AI Act headline and the FRIA, asks for reasons, then records and shows the decision', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url, {
      path: '/register.html',
    });
    const { request } = context;
    const url = (path: string) => new URL(path, harness.server.url).toString();
    const created = await request.post(url('/api/systems'), {
      data: {
        name: 'Retrospective facial image search',
        lifecycleStage: 'procurement',
        sourcing: 'procured',
      },
    });
    expect(created.status()).toBe(201);
    const { id: systemId } = (await created.json()) as { id: string };
    const started = await request.post(url(`/api/systems/${systemId}/assessments`), { data: {} });
    expect(started.status()).toBe(201);
    const { sessionId } = (await started.json()) as { sessionId: string };
    await answerWithEuPackViaApi(request, harness.server.url, sessionId);

    await page.goto(url(`/register.html?system=${encodeURIComponent(systemId)}`));
    await page.getByRole('heading', { level: 2, name: 'Retrospective facial image search' }).waitFor();
    const outcome = page.getByRole('group', { name: 'Outcome of Assessment 1' });
    expect(await outcome.locator('.assessment-decision').textContent()).toBe('No decision recorded');
    expect(await outcome.textContent()).toContain('not part of the Toolkit');
    const euHeadline =
      (await outcome.locator('.framework-list li[data-pack="eu-ai-act"]').textContent()) ?? '';
    expect(euHeadline).toMatch(/^EU AI Act.*: .*High-risk/);

    // The FRIA draft is linked, and what the link serves is the draft with its six elements.
    const fria = outcome.getByRole('link', { name: /^View Fundamental rights impact assessment/ });
    expect(await fria.getAttribute('target')).toBe('_blank');
    const friaResponse = await request.get(url((await fria.getAttribute('href')) ?? ''));
    expect(friaResponse.status()).toBe(200);
    const friaHtml = await friaResponse.text();
    for (const element of friaElements) expect(friaHtml).toContain(`<h2>${element}`);
    expect(friaHtml).toContain('Missing');
    const word = outcome.getByRole('link', { name: /^Fundamental rights impact assessment .* as Word$/ });
    expect(await word.getAttribute('href')).toMatch(/\/documents\/eu-ai-act\/fria\?format=docx&.*download=1/);

    // "Rescope" without reasons: the page asks for them next to the box and sends nothing.
    const decisionRequests: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().endsWith('/decision')) decisionRequests.push(sent.method());
    });
    await page.getByRole('link', { name: 'Record decision on Assessment 1' }).click();
    const form = page.getByRole('form', { name: 'Record the decision on Assessment 1' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Record the decision on Assessment 1',
    );
    await form.getByLabel('Rescope').check();
    await form.getByRole('button', { name: 'Record decision' }).click();
    const reasons = form.getByLabel('Reasons');
    const reasonsError = form.locator('[data-field="reasons"] .field__error');
    await expect.poll(() => reasonsError.textContent()).toBe('"Rescope" needs its reasons: write why.');
    expect(await reasons.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reasons');
    expect(decisionRequests).toEqual([]);
    expect(await checkAccessibility(page)).toEqual([]);

    // A reader's 403 comes back as the server's sentence in the form's alert line.
    const readerRefusal =
      'You hold the reader role, which cannot answer questions. Ask someone with the owner or contributor role.';
    await page.route('**/decision', (route) =>
      route.fulfill({ status: 403, json: { error: { code: 'forbidden', message: readerRefusal } } }),
    );
    await reasons.fill('Limit the search to named suspects of serious offences.');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe(readerRefusal);
    await page.unroute('**/decision');

    // With reasons it is recorded; the page is drawn again and shows it.
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => page.locator('#register-status').textContent())
      .toBe('The decision on Assessment 1 was recorded: Rescope.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('register-status');
    expect(await outcome.locator('.assessment-decision').textContent()).toMatch(
      /^Decision: Rescope, \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    expect(await form.getByLabel('Rescope').isChecked()).toBe(true);
    // Decide, then sign: the decision form comes before the sign-off form.
    const formOrder = await page
      .locator('form[data-session]')
      .evaluateAll((forms) => forms.map((form) => form.id));
    expect(formOrder).toEqual(['decision-1', 'sign-off-1']);
    expect(decisionRequests).toEqual(['POST', 'POST']);
    expect(await checkAccessibility(page)).toEqual([]);

    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
