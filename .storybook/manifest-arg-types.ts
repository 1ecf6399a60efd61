import type { ArgTypes, InputType } from 'storybook/internal/types';

// Storybook's own reader of custom-elements.json keys every row by its name, so a slot named like an attribute
// (the check-in's `consent`) hides the attribute, and a property listed next to its attribute (`pageSize` beside
// `page-size`) gets a second control that changes nothing. This reader gives every attribute one working control,
// keyed by the attribute's name (stories pass such args on with `argAttributes`), and lists the rest (properties
// without an attribute, events, slots, CSS properties and parts) for reading only.

interface Described {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Described {
  kind?: string;
  static?: boolean;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const quoted = /^'([^']*)'$/;

/** The control an attribute's type calls for: a switch, a number, a choice of its literal values, or text. */
function controlFor(typeText = ''): InputType['control'] {
  const kinds = typeText.split('|').map((kind) => kind.trim());
  if (kinds.includes('boolean')) return { type: 'boolean' };
  if (kinds.includes('number')) return { type: 'number' };
  const literals = kinds.filter((kind) => quoted.test(kind)).map((kind) => quoted.exec(kind)![1]);
  if (literals.length && literals.length === kinds.filter((kind) => kind !== 'undefined').length) {
    return { type: 'select', options: literals };
  }
  return { type: 'text' };
}

function row(item: Described, category: string, control: InputType['control'] = false): InputType {
  return {
    name: item.name,
    description: item.description,
    control,
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

/** One element's rows for its docs page and Controls panel. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};
  const attributes = declaration.attributes ?? [];
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName ?? attribute.name));
  for (const attribute of attributes) {
    argTypes[attribute.name] = row(attribute, 'attributes', controlFor(attribute.type?.text));
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || withAttribute.has(member.name)) continue;
    argTypes[`property:${member.name}`] = row(member, 'properties (set from script)');
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot, 'slots');
  for (const property of declaration.cssProperties ?? []) {
    argTypes[`css:${property.name}`] = row(property, 'CSS custom properties');
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'CSS shadow parts');
  return argTypes;
}
