// The configurator: pick a widget and its options, see it live, copy the snippet. Everything is built with
// createElement and textContent, never HTML strings, because the demo runs under Trusted Types.

import { WIDGETS } from './configure-widgets.js';

const SCRIPT_PLACEHOLDER = 'https://YOUR-SERVER/cdn/peer-support.js';
/** Past this length a start tag is written with one attribute a line, as a person would format it. */
const LONG_TAG = 90;

const form = document.getElementById('configurator');
const choicesBox = document.getElementById('widget-choice');
const optionsBox = document.getElementById('widget-options');
const preview = document.getElementById('preview');
const previewNote = document.getElementById('preview-note');
const previewStatus = document.getElementById('preview-status');
const snippetCode = document.getElementById('snippet');
const copyButton = document.getElementById('copy-snippet');
const copyStatus = document.getElementById('copy-status');

const controlId = (widget, option, suffix = '') => `${widget.key}-${option.name}${suffix}`;

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** One labelled control for an option, in a div (or a fieldset for a group of checkboxes). */
function optionField(widget, option) {
  const id = controlId(widget, option);
  if (option.kind === 'checkbox') {
    const box = element('input', { type: 'checkbox', id, checked: option.checked ?? false });
    return element('div', { class: 'field check' }, [box, element('label', { for: id }, [option.label])]);
  }
  if (option.kind === 'multi') {
    const boxes = option.choices.map(([value, label]) => {
      const boxId = controlId(widget, option, `-${value}`);
      return element('span', { class: 'check' }, [
        element('input', { type: 'checkbox', id: boxId, value, 'data-group': id }),
        element('label', { for: boxId }, [label]),
      ]);
    });
    return element('fieldset', { class: 'field group' }, [element('legend', {}, [option.label]), ...boxes]);
  }
  let control;
  if (option.kind === 'select') {
    control = element(
      'select',
      { id },
      option.choices.map(([value, label]) =>
        element('option', { value, selected: value === option.fallback }, [label]),
      ),
    );
  } else if (option.kind === 'json') {
    control = element('textarea', { id, rows: '3', spellcheck: 'false', 'aria-describedby': `${id}-error` });
    control.value = option.value ?? '';
  } else {
    const numeric = option.kind === 'number';
    control = element('input', {
      id,
      type: numeric ? 'number' : (option.type ?? 'text'),
      min: numeric ? '1' : undefined,
      placeholder: numeric ? option.fallback : option.placeholder,
      autocomplete: 'off',
    });
    control.value = option.value ?? '';
  }
  const children = [element('label', { for: id }, [option.label]), control];
  if (option.kind === 'json') children.push(element('p', { id: `${id}-error`, class: 'error' }));
  return element('div', { class: 'field' }, children);
}

function buildForm() {
  for (const [index, widget] of WIDGETS.entries()) {
    const id = `widget-${widget.key}`;
    const radio = element('input', { type: 'radio', name: 'widget', id, value: widget.key, checked: index === 0 });
    choicesBox.append(element('span', { class: 'check' }, [radio, element('label', { for: id }, [widget.label])]));
    const options = element('fieldset', { id: `${id}-options`, hidden: index !== 0 }, [
      element('legend', {}, [`${widget.label} options`]),
      ...widget.options.map((option) => optionField(widget, option)),
    ]);
    optionsBox.append(options);
  }
}

const chosenWidget = () => WIDGETS.find((widget) => widget.key === form.elements.widget.value) ?? WIDGETS[0];

/** The option values as typed, by option name, with the goals checked as JSON. */
function readValues(widget) {
  const values = {};
  for (const option of widget.options) {
    const id = controlId(widget, option);
    if (option.kind === 'multi') {
      values[option.name] = [...document.querySelectorAll(`[data-group="${id}"]:checked`)]
        .map((box) => box.value)
        .join(' ');
    } else if (option.kind === 'checkbox') {
      values[option.name] = document.getElementById(id).checked;
    } else {
      values[option.name] = document.getElementById(id).value.trim();
    }
  }
  return values;
}

/** Checks the goals JSON, says what is wrong next to the field, and tells whether it can be used. */
function goalsAreValid(widget, value) {
  const field = document.getElementById(controlId(widget, { name: 'goals' }));
  const error = document.getElementById(`${field.id}-error`);
  let problem = '';
  if (value) {
    try {
      const goals = JSON.parse(value);
      if (!Array.isArray(goals) || !goals.every((goal) => goal && goal.id && goal.label)) {
        problem = 'Goals need to be a list of { "id", "label" }.';
      }
    } catch {
      problem = 'This is not valid JSON yet; the preview and snippet leave the goals out until it is.';
    }
  }
  error.textContent = problem;
  if (problem) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  return !problem;
}

/** The widget's attributes that differ from its defaults, in the order of the form: [name, value | true]. */
function widgetAttributes(widget, values) {
  const attributes = [];
  for (const option of widget.options) {
    const value = values[option.name];
    if (option.formOnly || (option.when && !option.when(values))) continue;
    if (option.kind === 'checkbox') {
      if (value) attributes.push([option.name, true]);
    } else if (value && value !== option.fallback) {
      if (option.kind === 'json' && !goalsAreValid(widget, value)) continue;
      attributes.push([option.name, value]);
    }
  }
  if (widget.key === 'check-in' && !values.goals) goalsAreValid(widget, '');
  return attributes;
}

function providerAttributes() {
  const attributes = [['api', form.elements.api.value.trim() || 'https://YOUR-SERVER']];
  for (const name of ['region', 'locale', 'timezone']) {
    const value = form.elements[name].value.trim();
    if (value) attributes.push([name, value]);
  }
  return attributes;
}

function attributeText([name, value]) {
  if (value === true) return name;
  // JSON reads better in single quotes, as the demo's own pages write it.
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  const escaped = value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
  return `${name}=${quote}${escaped}${quote}`;
}

function startTag(tag, attributes, indent) {
  const parts = attributes.map(attributeText);
  const oneLine = `${indent}<${[tag, ...parts].join(' ')}>`;
  if (oneLine.length <= LONG_TAG || parts.length < 2) return oneLine;
  return [`${indent}<${tag}`, ...parts.map((part) => `${indent}  ${part}`), `${indent}>`].join('\n');
}

/** Where the bundle is: the reference server serves it under /cdn, beside its API. Kept as typed (no URL
 * parsing), so the placeholder stays in capitals. */
function scriptSource(api) {
  return /^https?:\/\/[^\s/]+/.test(api) ? `${api.replace(/\/+$/, '')}/cdn/peer-support.js` : SCRIPT_PLACEHOLDER;
}

function snippetText(widget, attributes) {
  const provider = providerAttributes();
  return [
    `<script type="module" ${attributeText(['src', scriptSource(provider[0][1])])}></script>`,
    '',
    startTag('peer-support-provider', provider, ''),
    `${startTag(widget.tag, attributes, '  ')}</${widget.tag}>`,
    '</peer-support-provider>',
  ].join('\n');
}

function isThisSite(url) {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/** Quick exit in the preview says where it would go instead of leaving the configurator. */
function stayOnThisPage(url) {
  previewStatus.textContent = `Quick exit would go to ${url}`;
  // Quick exit covers the page with a blank dialog before it leaves: a fresh preview takes it away.
  setTimeout(rebuildPreview);
}

function rebuildPreview() {
  const widget = chosenWidget();
  const values = readValues(widget);
  const attributes = widgetAttributes(widget, values);
  const provider = element('peer-support-provider', { api: '/' });
  for (const [name, value] of providerAttributes().slice(1)) provider.setAttribute(name, value);
  const live = element(widget.tag);
  for (const [name, value] of attributes) live.setAttribute(name, value === true ? '' : value);
  let note = '';
  if (widget.key === 'banner' && values.variant !== 'inline' && values['keep-in-preview']) {
    live.setAttribute('position', 'static');
    note = 'The preview shows the bar with position "static" so it stays in this box; the snippet keeps your choice.';
  }
  if (widget.key === 'finder') {
    // The finder's search stays out of this page's address, and reads only this site's own feed: the demo's
    // policy lets pages fetch from their own origin alone.
    live.setAttribute('no-url-state', '');
    const feed = live.getAttribute('feed');
    if (feed && !feed.split(/[\s,]+/).every(isThisSite)) {
      live.setAttribute('feed', '/v1/meeting-guide.json');
      note = 'The preview reads this demo’s own feed (/v1/meeting-guide.json); the snippet keeps your addresses.';
    }
  }
  live.navigate = stayOnThisPage;
  provider.append(live);
  preview.replaceChildren(provider);
  previewNote.textContent = note;
  previewNote.hidden = !note;
}

function updateSnippet() {
  const widget = chosenWidget();
  snippetCode.textContent = snippetText(widget, widgetAttributes(widget, readValues(widget)));
  copyStatus.textContent = '';
}

function showChosenOptions() {
  const widget = chosenWidget();
  for (const other of WIDGETS) document.getElementById(`widget-${other.key}-options`).hidden = other !== widget;
  const feed = document.getElementById('finder-feed');
  feed.disabled = document.getElementById('finder-source').value !== 'feed';
}

const typed = (target) => target.matches('input[type="text"], input[type="url"], input[type="number"], textarea');

buildForm();
showChosenOptions();
updateSnippet();
rebuildPreview();
form.closest('.configurator').classList.add('ready');

form.addEventListener('input', (event) => {
  showChosenOptions();
  updateSnippet();
  if (!typed(event.target)) rebuildPreview();
});
// Typed fields rebuild the preview once the person has finished: on leaving the field or pressing Enter.
form.addEventListener('change', (event) => {
  if (typed(event.target)) rebuildPreview();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  rebuildPreview();
});

copyButton.addEventListener('click', async () => {
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    copyStatus.textContent = 'Copied';
  } catch {
    copyStatus.textContent = 'Could not copy: select the text and copy it';
  }
});
