type ElementOptions = {
  className?: string;
  /** Set as textContent: never parsed as HTML. */
  text?: string;
  attributes?: Record<string, string>;
};

/** Builds an element from plain data; the page never assigns untrusted strings to innerHTML. */
export function createElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A button that is never a form submitter by accident. */
export function createButton(
  label: string,
  onClick: () => void,
  options: { className?: string; attributes?: Record<string, string> } = {},
): HTMLButtonElement {
  const button = createElement('button', {
    className: options.className ?? 'button',
    text: label,
    attributes: { type: 'button', ...options.attributes },
  });
  button.addEventListener('click', onClick);
  return button;
}
