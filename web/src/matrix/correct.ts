// The correction form of a statement in a cell's history: reject it, or change its stance,
// issue or holder, saying who and why. Shown only when the server takes writes; the token is
// asked for in the form and kept in this tab's sessionStorage, never in the page or a cookie.
import { post, type Position } from '../api.js';
import { h } from '../dom.js';
import { issueLabel, STANCES } from '../stances.js';

const TOKEN_KEY = 'detente-token';
const ISSUES = ['ceasefire', 'peace_talks', 'withdrawal', 'territory', 'nato_membership', 'neutrality', 'demilitarisation', 'security_guarantees',
  'peacekeepers', 'military_aid', 'intelligence_sharing', 'sanctions', 'prisoners', 'hostages', 'humanitarian', 'elections_governance',
  'accountability', 'reconstruction', 'economic', 'minority_rights', 'nuclear'];

export function correctionForm(st: Position, done: () => void): HTMLFormElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const option = (value: string, label: string, selected = false) => h('option', { value, selected }, label);
  const form = h('form', { class: 'correct' },
    h('label', {}, 'Correction ', h('select', { name: 'action' },
      option('reject', 'wrong: reject this statement'),
      option('stance', 'change the stance'), option('issue', 'change the issue'), option('holder', 'change the holder'))),
    h('label', { class: 'value' }, 'New value ',
      h('select', { name: 'stance' }, ...Object.keys(STANCES).map((s) => option(s, s, s === st.stance))),
      h('select', { name: 'issue' }, ...ISSUES.map((i) => option(i, issueLabel(i), i === st.issue))),
      h('input', { name: 'holder', value: st.holder, pattern: "[\\p{L}\\p{N}][\\p{L}\\p{N}.:'\\-]{0,120}", 'aria-label': 'holder id' })),
    h('label', {}, 'Why ', h('input', { name: 'reason', required: true, minlength: 3, maxlength: 2000 })),
    h('label', {}, 'Who ', h('input', { name: 'analyst', required: true, maxlength: 100, value: sessionStorage.getItem('detente-analyst') ?? '' })),
    h('label', {}, 'Token ', h('input', { name: 'token', type: 'password', required: true, autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '' })),
    h('button', { type: 'submit' }, 'Save correction'), status);
  const showValue = () => {
    const action = (form.elements.namedItem('action') as HTMLSelectElement).value;
    for (const name of ['stance', 'issue', 'holder']) (form.elements.namedItem(name) as HTMLElement).hidden = action !== name;
  };
  form.addEventListener('change', showValue);
  showValue();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const action = String(data.get('action'));
    const token = String(data.get('token'));
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem('detente-analyst', String(data.get('analyst')));
    const body = {
      fact: { kind: 'position', article: st.article, idx: st.idx },
      action: action === 'reject' ? 'reject' : 'set',
      ...(action === 'reject' ? {} : { changes: { [action]: String(data.get(action)) } }),
      reason: String(data.get('reason')), analyst: String(data.get('analyst')),
    };
    status.textContent = 'Saving…';
    post('corrections', body, token).then(done, (err: Error) => { status.textContent = `Not saved: ${err.message}`; });
  });
  return form;
}
