// Child portal enhancements: read-aloud (recorded audio, else speech synthesis in the page's
// language), optional automatic reading, quick exit without a history entry, the link page's
// button. The pages work fully without this file.
(function () {
  'use strict';
  var d = document, b = d.body, lang = d.documentElement.lang, synth = window.speechSynthesis, audio;
  function textOf(sel) { var el = d.querySelector(sel); return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; }
  function stop() { if (synth) { synth.cancel(); } if (audio) { audio.pause(); audio = null; } }
  function say(btn) {
    stop();
    if (btn.dataset.audio) { audio = new Audio(btn.dataset.audio); audio.play().catch(function () { speak(textOf(btn.dataset.say)); }); return; }
    speak(textOf(btn.dataset.say));
  }
  function speak(text) {
    if (!synth || !text) { return; }
    var u = new SpeechSynthesisUtterance(text); u.lang = lang; synth.speak(u);
  }
  var buttons = d.querySelectorAll('button.say');
  if (synth || d.querySelector('[data-audio]')) {
    buttons.forEach(function (btn) { btn.hidden = false; btn.addEventListener('click', function () { say(btn); }); });
  }
  // Automatic reading: on by default when the questionnaire says so; the child's choice is kept
  // for this tab only.
  var main = d.querySelector('button.say[data-say="#say-q"]');
  if (main && synth) {
    var key = 'delaktig.autoread', chosen = sessionStorage.getItem(key);
    var on = chosen === null ? b.dataset.autoread === 'on' : chosen === 'on';
    var wrap = d.createElement('p'), box = d.createElement('input'), label = d.createElement('label');
    box.type = 'checkbox'; box.id = 'autoread'; box.checked = on; label.htmlFor = 'autoread';
    label.textContent = b.dataset.autoreadLabel; label.className = 'inline';
    wrap.appendChild(box); wrap.appendChild(label); main.parentNode.insertBefore(wrap, main.nextSibling);
    box.addEventListener('change', function () { sessionStorage.setItem(key, box.checked ? 'on' : 'off'); if (!box.checked) { stop(); } });
    if (on) { say(main); }
  }
  // Quick exit: replace this page in the history, so Back does not return to it.
  var exit = d.querySelector('a.exit');
  if (exit) {
    exit.addEventListener('click', function (e) { e.preventDefault(); stop(); try { sessionStorage.clear(); } catch (x) { /* ignore */ } location.replace(exit.href); });
  }
  var link = d.getElementById('link-form');
  if (link && link.dataset.autosubmit === 'on') { link.submit(); }
})();
