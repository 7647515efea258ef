// GovOpen citizen site: progressive enhancements only (every page works without script).
// - 朗读 (read aloud) with the browser's own speech synthesis: no external service, no data leaves the browser.
// - The column navigation collapses behind a button on narrow screens.
(function () {
  'use strict';

  function readAloud() {
    var button = document.getElementById('read-aloud');
    if (!button || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
      return; // stays hidden where the browser cannot speak
    }
    button.hidden = false;
    var synth = window.speechSynthesis;
    function stop() {
      synth.cancel();
      button.setAttribute('aria-pressed', 'false');
      button.textContent = '朗读';
    }
    function chunks(text) {
      // Short utterances: long ones are cut off by some engines. Split at sentence ends, then by length.
      var parts = text.replace(/\s+/g, ' ').split(/(?<=[。！？；.!?;])/);
      var out = [];
      parts.forEach(function (p) {
        for (var i = 0; i < p.length; i += 180) {
          var piece = p.slice(i, i + 180).trim();
          if (piece) { out.push(piece); }
        }
      });
      return out;
    }
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-pressed') === 'true') {
        stop();
        return;
      }
      var selection = String(window.getSelection ? window.getSelection() : '').trim();
      var main = document.getElementById('main');
      var text = selection || (main ? main.innerText : '');
      var voice = synth.getVoices().filter(function (v) { return /^zh/i.test(v.lang); })[0];
      var queue = chunks(text);
      if (queue.length === 0) { return; }
      synth.cancel();
      button.setAttribute('aria-pressed', 'true');
      button.textContent = '停止朗读';
      queue.forEach(function (piece, index) {
        var u = new SpeechSynthesisUtterance(piece);
        u.lang = 'zh-CN';
        if (voice) { u.voice = voice; }
        if (index === queue.length - 1) { u.onend = stop; }
        synth.speak(u);
      });
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && button.getAttribute('aria-pressed') === 'true') { stop(); }
    });
  }

  function navToggle() {
    var nav = document.querySelector('.site-nav');
    var button = nav && nav.querySelector('.nav-toggle');
    if (!button) { return; }
    button.hidden = false;
    nav.classList.add('collapsible');
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', open ? 'false' : 'true');
      nav.classList.toggle('open', !open);
    });
  }

  function start() {
    readAloud();
    navToggle();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
