import { buildWeb } from '../../scripts/build-web.ts';

/** Vitest global setup: the page under test is the freshly built web/dist. */
export default async function setup(): Promise<void> {
  await buildWeb();
}
