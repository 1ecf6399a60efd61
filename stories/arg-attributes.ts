import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Puts a story's args on the element it is written on, as attributes: every arg named like one of the element's
 * attributes (its `observedAttributes`), so each attribute control on a docs page changes the element. Empty
 * text, false and undefined remove the attribute; true sets it empty; arrays and objects are written as JSON.
 */
class ArgAttributes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('argAttributes() belongs inside an element’s start tag');
  }

  render(_args: object) {
    return noChange;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element;
    const values = args as Record<string, unknown>;
    const definition = customElements.get(element.localName) as { observedAttributes?: string[] } | undefined;
    for (const name of definition?.observedAttributes ?? []) {
      if (!Object.hasOwn(values, name)) continue;
      const value = values[name];
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(name);
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    return noChange;
  }
}

export const argAttributes = directive(ArgAttributes);
