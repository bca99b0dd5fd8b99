// The trust dashboard: one request for every school the signed-in user may see, then filtering and views in
// the page. Sign-in is Camunda's own (the Tasklist session), so a user signed in to Tasklist is signed in here.
(function () {
  'use strict';
  const AREAS = [['INCLUSION', 'Inclusion'], ['CURRICULUM_AND_TEACHING', 'Curriculum and teaching'], ['ACHIEVEMENT', 'Achievement'],
    ['ATTENDANCE_AND_BEHAVIOUR', 'Attendance and behaviour'], ['PERSONAL_DEVELOPMENT_AND_WELLBEING', 'Personal development'],
    ['LEADERSHIP_AND_GOVERNANCE', 'Leadership and governance'], ['EARLY_YEARS', 'Early years'], ['SIXTH_FORM', 'Sixth form']];
  const RAG_ORDER = { RED: 3, AMBER: 2, GREEN: 1 };
  const $ = id => document.getElementById(id);
  let data = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
    children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child))));
    return node;
  }
  function rag(value) {
    return el('span', { class: 'rag ' + (value || 'NONE') }, value ? value.charAt(0) + value.slice(1).toLowerCase() : 'Not rated');
  }
  async function api(path) {
    const response = await fetch(path, { headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) { showSignIn(); throw new Error('not signed in'); }
    if (!response.ok) { const body = await response.json().catch(() => ({})); throw new Error(body.message || response.statusText); }
    return response.json();
  }
  function showSignIn() { $('sign-in').hidden = false; $('board').hidden = true; $('username').focus(); }

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    // Camunda's login wants its CSRF token, which it hands to a script that asks for it.
    const probe = await fetch('/camunda/api/admin/auth/user/default', { headers: { 'X-XSRF-TOKEN': 'Fetch' }, credentials: 'same-origin' });
    const token = probe.headers.get('X-XSRF-TOKEN')
      || (await (await fetch('/dashboard/csrf-token', { credentials: 'same-origin' })).json()).token;
    const body = new URLSearchParams({ username: $('username').value, password: $('password').value });
    const response = await fetch('/camunda/api/admin/auth/user/default/login/tasklist', {
      method: 'POST', body, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token || '' } });
    if (!response.ok) { $('sign-in-error').textContent = 'Wrong user name or password.'; return; }
    $('sign-in').hidden = true;
    load();
  }

  async function load() {
    const year = $('year').value.trim();
    $('status').textContent = 'Loading…';
    try {
      data = await api('/api/dashboard' + (year ? '?year=' + encodeURIComponent(year) : ''));
    } catch (e) { $('status').textContent = e.message === 'not signed in' ? '' : 'Could not load the dashboard: ' + e.message; return; }
    $('board').hidden = false;
    $('year').value = data.academicYear;
    $('year-label').textContent = data.academicYear;
    $('viewer').textContent = 'Signed in as ' + data.viewer;
    fillOptions($('director'), [...new Map(data.schools.map(s => [s.directorOfEducation, s.directorName])).entries()]);
    fillOptions($('phase'), [...new Set(data.schools.map(s => s.phase))].map(p => [p, p]));
    render();
  }
  function fillOptions(select, pairs) {
    const keep = select.value;
    select.replaceChildren(el('option', { value: '' }, 'All'), ...pairs.sort((a, b) => a[1].localeCompare(b[1])).map(([v, l]) => el('option', { value: v }, l)));
    select.value = pairs.some(([v]) => v === keep) ? keep : '';
  }
  function filtered() {
    const director = $('director').value, category = $('category').value, phase = $('phase').value;
    return data.schools.filter(s => (!director || s.directorOfEducation === director)
      && (!category || (category === 'none' ? s.category == null : category === 'intervention' ? s.intervention != null
        : String(s.category) === category))
      && (!phase || s.phase === phase));
  }
  function render() {
    const schools = filtered();
    const view = document.querySelector('input[name="view"]:checked').value;
    $('status').textContent = schools.length + ' of ' + data.schools.length + ' schools shown';
    const year = encodeURIComponent(data.academicYear);
    $('csv').href = '/api/dashboard/schools.csv?year=' + year;
    $('pdf').href = '/api/reports/trustees.pdf?year=' + year + ($('report-term').value ? '&term=' + $('report-term').value : '');
    $('view').replaceChildren(view === 'table' ? table(schools) : view === 'priorities' ? priorityHeatMap(schools) : areaHeatMap(schools));
  }
  function schoolLink(s) {
    const button = el('button', { type: 'button', class: 'link' }, s.name);
    button.addEventListener('click', () => showSchool(s));
    return el('span', {}, button, el('br'), el('small', {}, 'URN ' + s.urn));
  }
  function category(s) {
    if (s.category == null) return 'Not yet set';
    const change = s.categoryChange;
    const words = { up: 'improved from ' + s.previousCategory, down: 'down from ' + s.previousCategory, same: 'same as last year', 'new': 'no category last year' };
    return el('span', {}, s.category + ' ' + s.categoryLabel, el('br'), el('small', { class: 'change-' + change }, words[change]));
  }
  function table(schools) {
    const head = el('tr', {}, ['School', 'Director', 'Category', 'Step', 'Priorities (latest validated term)', 'Overdue tasks', 'Escalated to', 'Next QA visit', 'Intervention', 'Cockpit']
      .map(h => el('th', { scope: 'col' }, h)));
    const rows = schools.map(s => el('tr', {},
      el('th', { scope: 'row' }, schoolLink(s)),
      el('td', {}, s.directorName),
      el('td', {}, category(s)),
      el('td', {}, s.step),
      el('td', {}, s.rag ? [s.rag.term + ': ', rag('RED'), ' ' + s.rag.red + ' ', rag('AMBER'), ' ' + s.rag.amber + ' ', rag('GREEN'), ' ' + s.rag.green]
        : 'No validated review yet'),
      el('td', { class: 'num' }, s.overdueTasks),
      el('td', { class: s.escalation ? 'escalated' : null }, s.escalation || '-'),
      el('td', {}, s.nextVisit ? [s.nextVisit.type + ': ' + s.nextVisit.focus, el('br'), el('small', {}, formatDate(s.nextVisit.date) + ' (' + s.nextVisit.status.toLowerCase() + ')')] : '-'),
      el('td', { class: s.intervention ? 'escalated' : null }, s.intervention ? ['In intervention since ' + formatDate(s.intervention.since), el('br'),
        el('small', {}, s.intervention.reason + '; ' + s.intervention.boards + ' board(s)')] : '-'),
      el('td', {}, s.cockpitUrl ? el('a', { href: s.cockpitUrl, 'aria-label': 'Open ' + s.name + ' in Cockpit' }, 'Open') : '-')));
    return el('table', {}, el('caption', {}, 'Schools in ' + data.academicYear), el('thead', {}, head), el('tbody', {}, rows));
  }
  function priorityHeatMap(schools) {
    const head = el('tr', {}, el('th', { scope: 'col' }, 'School'), [1, 2, 3, 4, 5].map(n => el('th', { scope: 'col' }, 'Priority ' + n)));
    const rows = schools.map(s => el('tr', {}, el('th', { scope: 'row' }, schoolLink(s)), [1, 2, 3, 4, 5].map(n => {
      const p = s.priorities.find(x => x.number === n);
      return p ? el('td', { class: 'heat ' + (p.rag || 'NONE'), title: p.title }, el('div', {}, rag(p.rag)), el('small', {}, p.title)) : el('td', { class: 'heat' }, '-');
    })));
    return el('table', {}, el('caption', {}, 'Heat map: each priority\'s RAG in the latest validated term'), el('thead', {}, head), el('tbody', {}, rows));
  }
  function areaHeatMap(schools) {
    const head = el('tr', {}, el('th', { scope: 'col' }, 'School'), AREAS.map(([, label]) => el('th', { scope: 'col' }, label)));
    const rows = schools.map(s => el('tr', {}, el('th', { scope: 'row' }, schoolLink(s)), AREAS.map(([area]) => {
      const inArea = s.priorities.filter(p => p.area === area);
      if (!inArea.length) return el('td', { class: 'heat' }, '-');
      const worst = inArea.map(p => p.rag).sort((a, b) => (RAG_ORDER[b] || 0) - (RAG_ORDER[a] || 0))[0];
      return el('td', { class: 'heat ' + (worst || 'NONE'), title: inArea.map(p => p.title).join('; ') }, rag(worst));
    })));
    return el('table', {}, el('caption', {}, 'Heat map: the worst RAG of the priorities in each Ofsted area'), el('thead', {}, head), el('tbody', {}, rows));
  }
  function formatDate(iso) {
    return new Date(iso + 'T12:00:00').toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  }
  async function showSchool(s) {
    $('board').hidden = true;
    $('school').hidden = false;
    $('school-title').textContent = s.name + ' (' + s.urn + ')';
    $('school-body').replaceChildren('Loading…');
    $('school').focus();
    try {
      const [school, visits] = await Promise.all([api('/api/schools/' + s.urn), api('/api/schools/' + s.urn + '/qa-visits?year=' + encodeURIComponent(data.academicYear))]);
      const details = el('dl', {}, [['Phase', school.phase], ['Local authority', school.localAuthority], ['Headteacher', school.headteacherName],
        ['Director of education', s.directorName], ['Category', s.category ? s.category + ' ' + s.categoryLabel : 'Not yet set'], ['Step', s.step]]
        .map(([k, v]) => [el('dt', {}, k), el('dd', {}, v || '-')]).flat());
      const priorities = el('table', {}, el('caption', {}, 'Priorities'), el('thead', {}, el('tr', {}, ['#', 'Priority', 'Ofsted area', 'RAG'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, s.priorities.map(p => el('tr', {}, el('td', {}, p.number), el('td', {}, p.title), el('td', {}, p.areaLabel), el('td', {}, rag(p.rag))))));
      const visitTable = el('table', {}, el('caption', {}, 'QA visits ' + data.academicYear),
        el('thead', {}, el('tr', {}, ['#', 'Type', 'Focus', 'Term', 'Date', 'Status', 'Lead'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, visits.visits.map(v => el('tr', {}, el('td', {}, v.number), el('td', {}, v.typeLabel), el('td', {}, v.focusLabel), el('td', {}, v.term),
          el('td', {}, (v.confirmedDate ? formatDate(v.confirmedDate) : v.proposedDate ? formatDate(v.proposedDate) + ' (proposed)' : 'from ' + formatDate(v.windowOpens))),
          el('td', {}, v.status.toLowerCase() + (v.next ? ' (next)' : '')), el('td', {}, v.lead || '-')))));
      $('school-body').replaceChildren(details, s.priorities.length ? priorities : el('p', {}, 'No priorities yet.'),
        visits.visits.length ? visitTable : el('p', {}, 'No QA visits planned yet: they are planned when the plan is approved.'));
    } catch (e) {
      $('school-body').replaceChildren(e.message === 'not signed in' ? '' : 'Could not load the school: ' + e.message);
    }
  }
  $('school-close').addEventListener('click', () => { $('school').hidden = true; $('board').hidden = false; });
  $('sign-in-form').addEventListener('submit', signIn);
  $('controls').addEventListener('change', event => event.target.id === 'year' ? load() : render());
  $('report-term').addEventListener('change', render);
  load();
})();
