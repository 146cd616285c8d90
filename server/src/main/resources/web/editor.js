// The practitioner's editor: checks the note as it is written (debounced) and on "Check before saving",
// highlights findings in a preview, explains them, and applies a suggestion with one click.
import { lint, loadCatalogue, debounce, renderHighlighted, renderCards, renderScore } from './common.js';

const $ = id => document.getElementById(id);
const note = $('note');
const subject = $('subject');
const statusEl = $('status');
const DEBOUNCE_MS = 400;

let catalogue = { rules: new Map(), categories: new Map() };
let seq = 0;            // the newest request; older answers are dropped
let inFlight = null;    // AbortController of the request under way
let lastReport = null;

function status(text, isError = false) {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', isError);
}

function announce(text) {
  $('announce').textContent = text;
}

/** Checks the note now. Resolves to the report, or null when the text changed meanwhile or was empty. */
async function check() {
  const text = note.value;
  const mine = ++seq;
  if (inFlight) inFlight.abort();
  if (!text.trim()) {
    inFlight = null;
    clear();
    status('');
    return null;
  }
  inFlight = new AbortController();
  status('Checking…');
  try {
    const report = await lint(text, subject.value, inFlight.signal);
    if (mine !== seq || note.value !== text) return null;
    show(text, report);
    status(`Checked: ${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'}.`);
    return report;
  } catch (e) {
    if (e.name === 'AbortError' || mine !== seq) return null;
    status(e.message, true);
    return null;
  }
}

const checkSoon = debounce(check, DEBOUNCE_MS);

function clear() {
  lastReport = null;
  $('preview').replaceChildren();
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = 'Nothing checked yet.';
  $('preview').append(p);
  renderScore($('score'), $('summary'), null, catalogue);
  $('findings').replaceChildren();
  $('note-findings').replaceChildren();
  $('note-level').hidden = true;
  showGuess(null);
}

/** Says which child a note with no name given was read as being about, so a wrong guess can be put right. */
function showGuess(guessed) {
  const el = $('subject-guess');
  el.textContent = guessed ? `Read as a note about ${guessed.name} (guessed from the note: type the child's name above if that is wrong).` : '';
  el.hidden = !guessed;
}

function show(text, report) {
  lastReport = report;
  const spans = report.findings.filter(f => f.scope === 'span');
  const whole = report.findings.filter(f => f.scope !== 'span');
  renderHighlighted($('preview'), text, spans, catalogue, apply);
  renderScore($('score'), $('summary'), report, catalogue);
  renderCards($('findings'), spans, catalogue, apply, showInNote);
  renderCards($('note-findings'), whole, catalogue, null, null);
  $('note-level').hidden = whole.length === 0;
  showGuess(report.guessedSubject);
}

/** Replaces the finding's text with the suggestion, keeps the caret after it, and checks again at once. */
function apply(finding, value) {
  if (note.value.slice(finding.start, finding.end) !== finding.text) {
    status('The note changed since it was checked; checking again…');
    checkSoon.cancel();
    check();
    return;
  }
  note.focus();
  note.setRangeText(value, finding.start, finding.end, 'end');
  announce(`Replaced “${finding.text}” with “${value}”.`);
  checkSoon.cancel();
  check();
}

/** Selects the finding's text in the note so it can be rewritten there. */
function showInNote(finding) {
  note.focus();
  note.setSelectionRange(finding.start, finding.end);
}

async function checkBeforeSaving() {
  checkSoon.cancel();
  const report = await check();
  if (!note.value.trim()) {
    status('Write or paste a note first.');
    return;
  }
  if (!report) return;
  const n = report.findings.length;
  status(n === 0 ? `Ready to save: nothing to fix (score ${report.score}/100).`
    : `Before saving, look at ${n} ${n === 1 ? 'finding' : 'findings'} (score ${report.score}/100).`);
  if (n > 0) {
    const first = document.querySelector('#note-findings .card, #findings .card');
    if (first) first.scrollIntoView({ block: 'nearest' });
  }
}

note.addEventListener('input', () => checkSoon());
subject.addEventListener('input', () => { if (note.value.trim()) checkSoon(); });
$('check').addEventListener('click', checkBeforeSaving);

loadCatalogue().then(c => {
  catalogue = c;
  document.body.dataset.ready = 'true';
  if (note.value.trim()) check();
}).catch(e => status('Could not load the rule catalogue: ' + e.message, true));
