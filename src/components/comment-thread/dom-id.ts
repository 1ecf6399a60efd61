/**
 * An element id made from a comment's id, safe in `id`, in IDREF lists (`aria-labelledby`) and in CSS
 * selectors whatever the backend sent: every character outside [A-Za-z0-9-] is written as `_<hex>_`.
 * The reference server's UUIDs pass through unchanged.
 */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}_`)}`;
}
