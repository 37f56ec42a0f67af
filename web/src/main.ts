import { createApiClient } from './api-client.ts';
import { bindComposer } from './bind-composer.ts';
import { createChatController } from './chat-controller.ts';
import { findPageElements } from './page-elements.ts';

// The page's only entry point: wires index.html's controls to the chat controller.
const elements = findPageElements(document);
const controller = createChatController(elements, createApiClient());

// The question on screen decides which limit the message box counts towards first.
bindComposer(
  elements.composer,
  elements.composerInput,
  controller.sendText,
  () => elements.quickReplies.dataset.questionKind ?? '',
);
elements.startOver.addEventListener('click', controller.startOver);
elements.deleteData.addEventListener('click', controller.deleteData);

void controller.start();
