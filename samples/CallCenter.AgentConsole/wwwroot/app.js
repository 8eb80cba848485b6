// The agent console's page: plain JavaScript, no external libraries, everything served locally.
'use strict';

const $ = (id) => document.getElementById(id);
const fieldNames = ['surname', 'title', 'ticket', 'hours'];
let catalogs = [];
let checkTimer = 0;
let checkSequence = 0;
let phraseSequence = 0;

function fields() {
  const result = {};
  for (const name of fieldNames) {
    const value = $(name).value.trim();
    if (value) result[name] = value;
  }
  return result;
}

async function loadCatalogs() {
  const response = await fetch('/api/catalogs');
  catalogs = await response.json();
  const select = $('catalog');
  select.replaceChildren(...catalogs.map((c) => new Option(`${c.name} (${c.typeName})`, c.typeName)));
  fillScenarios();
}

function fillScenarios() {
  const catalog = catalogs.find((c) => c.typeName === $('catalog').value);
  const scenarios = catalog ? catalog.scenarios : [];
  $('scenario').replaceChildren(...scenarios.map((s) => new Option(s, s)));
  loadPhrases();
}

async function loadPhrases() {
  // Typing fires a request per keystroke; only the latest answer may fill the list, whatever order they arrive in.
  const sequence = ++phraseSequence;
  const query = new URLSearchParams({ catalog: $('catalog').value, scenario: $('scenario').value, culture: $('language').value, ...fields() });
  const response = await fetch('/api/phrases?' + query);
  if (!response.ok || sequence !== phraseSequence) return;
  const list = await response.json();
  if (sequence !== phraseSequence) return;
  $('phrase-culture').textContent = list.culture;
  $('phrases').replaceChildren(...list.phrases.map(renderPhrase));
}

function renderPhrase(phrase) {
  const item = document.createElement('li');
  item.dataset.key = phrase.key;
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = phrase.text;
  const key = document.createElement('span');
  key.className = 'key';
  key.textContent = phrase.key + (phrase.comment ? ' — ' + phrase.comment : '');
  text.append(key);
  if (phrase.missing.length) {
    const missing = document.createElement('span');
    missing.className = 'missing';
    missing.textContent = 'Fill in: ' + phrase.missing.join(', ');
    text.append(missing);
  }
  if (phrase.error) {
    const error = document.createElement('span');
    error.className = 'error';
    error.textContent = phrase.error;
    text.append(error);
  }
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy';
  copy.textContent = 'Copy';
  copy.addEventListener('click', () => copyText(phrase.key, phrase.text));
  item.append(text, copy);
  return item;
}

async function copyText(key, text) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // No clipboard permission (an unfocused or headless browser): copy through a selected text area.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    copied = document.execCommand('copy');
    area.remove();
  }
  $('copy-status').textContent = copied ? `Copied ${key}` : `Select and copy: ${text}`;
  $('copy-status').dataset.key = key;
}

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(checkReply, 150);
}

async function checkReply() {
  const sequence = ++checkSequence;
  const text = $('reply').value;
  const response = await fetch('/api/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, culture: $('language').value, fields: fields() }),
  });
  if (!response.ok || sequence !== checkSequence) return;
  const result = await response.json();
  if (sequence !== checkSequence) return;
  showCheck(text, result);
}

function showCheck(text, result) {
  // The draft with each forbidden phrase marked.
  const marked = $('reply-marked');
  marked.replaceChildren();
  let position = 0;
  for (const finding of result.forbidden) {
    marked.append(text.slice(position, finding.start));
    const mark = document.createElement('mark');
    mark.className = 'forbidden';
    mark.title = finding.rule;
    mark.textContent = text.slice(finding.start, finding.start + finding.length);
    marked.append(mark);
    position = finding.start + finding.length;
  }
  marked.append(text.slice(position));

  const verdict = $('verdict');
  verdict.className = 'verdict ' + result.verdict.toLowerCase();
  verdict.dataset.verdict = result.verdict;
  verdict.textContent = !text.trim() ? ''
    : result.verdict === 'Forbidden' ? `Forbidden phrase${result.forbidden.length > 1 ? 's' : ''}: do not send this.`
    : result.verdict === 'Approved' ? `Approved phrase ${result.key}.`
    : result.verdict === 'Near' ? `Close to the approved phrase ${result.key}; use its exact words.`
    : 'Not an approved phrase.';

  $('findings').replaceChildren(...result.forbidden.map((finding) => renderFinding(text, finding)));
}

function renderFinding(text, finding) {
  const item = document.createElement('li');
  item.className = 'finding';
  item.dataset.rule = finding.rule;
  item.textContent = `“${finding.matched}” (${finding.rule})` + (finding.comment ? ': ' + finding.comment.split('\n')[0] : '');
  for (const phrase of finding.instead) {
    const instead = document.createElement('span');
    instead.className = 'instead';
    instead.textContent = 'Say instead: ' + phrase.text + ' ';
    const use = document.createElement('button');
    use.type = 'button';
    use.className = 'replace';
    use.textContent = 'Replace';
    use.addEventListener('click', () => {
      $('reply').value = text.slice(0, finding.start) + phrase.text + text.slice(finding.start + finding.length);
      checkReply();
    });
    instead.append(use);
    item.append(instead);
  }
  return item;
}

$('language').addEventListener('change', () => { loadPhrases(); scheduleCheck(); });
$('catalog').addEventListener('change', fillScenarios);
$('scenario').addEventListener('change', loadPhrases);
for (const name of fieldNames) $(name).addEventListener('input', loadPhrases);
$('reply').addEventListener('input', scheduleCheck);
loadCatalogs();
