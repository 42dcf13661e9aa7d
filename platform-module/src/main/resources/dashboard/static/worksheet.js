// The evaluator's worksheet on an indicator page (issue 17 §1): each change is saved at once, with
// the page's CSRF token (its <meta> tags), so nothing is lost on a closed tab; "submit" ends the
// evaluator's scoring. Served from the dashboard itself: its CSP allows scripts from 'self' only.
(function () {
  'use strict';
  var form = document.getElementById('worksheet-form');
  if (!form) { return; }
  var status = document.getElementById('ws-status');
  var saved = form.dataset.saved || 'saved', failed = form.dataset.failed || 'not saved';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  function csrf(headers) {
    var t = document.querySelector('meta[name=_csrf]'), h = document.querySelector('meta[name=_csrf_header]');
    if (t && h) { headers[h.content] = t.content; }
    return headers;
  }
  function post(url, body) {
    body.append('lang', lang);
    return fetch(url, {method: 'POST', credentials: 'same-origin', headers: csrf({}), body: body})
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { return {ok: r.ok, body: j}; }); });
  }
  function save() {
    var v = form.verdict.value;
    if (!v) { return; }
    var body = new URLSearchParams();
    body.append('verdict', v); body.append('points', form.points.value); body.append('comment', form.comment.value);
    post(form.dataset.save, body).then(function (r) {
      status.textContent = r.ok ? saved + ' ' + (r.body.at || '') : failed + ': ' + (r.body.message || '');
    }, function () { status.textContent = failed; });
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.verdict.addEventListener('change', save);
  form.points.addEventListener('change', save);
  form.comment.addEventListener('change', save);
  document.getElementById('ws-submit').addEventListener('click', function () {
    post(form.dataset.submit, new URLSearchParams()).then(function (r) {
      status.textContent = r.ok ? saved : failed + ': ' + (r.body.message || '');
      if (r.ok) { form.querySelector('fieldset').disabled = true; }
    });
  });
})();
