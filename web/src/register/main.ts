import { createRegisterApi } from './register-api.ts';
import { readRegisterView } from './register-links.ts';
import { showSystemList } from './show-system-list.ts';
import { showSystemPage } from './show-system-page.ts';
import { createStatusLine } from './status-line.ts';

// The register page's only entry point: the address says which view (register-links.ts).
const view = document.getElementById('register-view');
const statusElement = document.getElementById('register-status');
if (view === null || statusElement === null)
  throw new Error('register.html is missing #register-view or #register-status');

const api = createRegisterApi();
const status = createStatusLine(statusElement);
const requested = readRegisterView(window.location.search);
if (requested.view === 'system') {
  void showSystemPage(view, status, api, requested.systemId).load();
} else {
  void showSystemList(view, status, api, requested.filter);
}
