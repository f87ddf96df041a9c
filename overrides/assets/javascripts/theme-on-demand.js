/* Material's script on demand. Material's bundle (36 KB compressed) takes a phone's main thread for about half a
   second as it starts: its evaluation and its set-up of every component at DOMContentLoaded were the long
   tasks that kept Lighthouse's mobile performance below 100. Nothing it does is needed to read a page: the
   navigation drawer, the table of contents and the search dialog open with CSS alone. Everything it adds
   answers the reader: search as one types, keyboard shortcuts, the table of contents following the scroll,
   the back-to-top button. So it is fetched at the reader's first sign of life (pointer, touch, key, wheel,
   scroll, focus), or at once when the page is opened from a search result (?h= marks the words found, ?q=
   opens search). A key pressed before it started is handed to it again, and a search dialog opened before
   it started gets its field focused, as Material does itself. Meanwhile the page is styled as Material styles
   it once scripts run (the search button and dialog are there), except that the sidebars keep their height
   without scripts until Material sets it (.blma-theme-pending in blma.css). Its address is in a JSON data
   block (#blma-theme-script) at the end of the page. Not used offline (file://), where the bundle is deferred
   as usual. Inlined in <head>. */
(function () {
  "use strict";
  var EVENTS = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "scroll", "focusin"];
  var root = document.documentElement;
  var requested = false;
  var keys = [];

  /* Listening goes on until Material has arrived, so that every key pressed meanwhile is handed to it. */
  function remember(event) {
    if (event.type === "keydown" && !event.isComposing) keys.push(event);
    request();
  }

  function listen(on) {
    EVENTS.forEach(function (type) {
      (on ? window.addEventListener : window.removeEventListener).call(window, type, remember, {
        capture: true,
        passive: true
      });
    });
  }

  /* Material mounts its components when DOMContentLoaded fires, which has happened by the time it arrives:
     while it runs, a listener added for that event is called at once (after the script, as the event
     would have been). */
  function lateDomContentLoaded() {
    var add = document.addEventListener;
    document.addEventListener = function (type, listener) {
      if (type !== "DOMContentLoaded" || document.readyState === "loading") return add.apply(this, arguments);
      var event = new Event("DOMContentLoaded");
      Promise.resolve().then(function () {
        if (typeof listener === "function") listener.call(document, event);
        else if (listener && typeof listener.handleEvent === "function") listener.handleEvent(event);
      });
      return undefined;
    };
    return function restore() {
      document.addEventListener = add;
    };
  }

  /* What the reader did while it was on its way, as Material would have answered it. */
  function replay() {
    var toggle = document.getElementById("__search");
    var query = document.querySelector("[data-md-component=search-query]");
    if (toggle && toggle.checked && query && document.activeElement !== query) query.focus();
    keys.splice(0).forEach(function (event) {
      var target = event.target instanceof Node && event.target.isConnected ? event.target : document.body;
      if (target !== document.body && target !== document.documentElement && target !== document) return;
      target.dispatchEvent(
        new KeyboardEvent("keydown", {
          key: event.key,
          code: event.code,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          bubbles: true,
          cancelable: true
        })
      );
    });
  }

  function start() {
    var data = document.getElementById("blma-theme-script");
    if (!data) return;
    var script = document.createElement("script");
    script.src = JSON.parse(data.textContent);
    var restore = lateDomContentLoaded();
    script.onload = function () {
      restore();
      listen(false);
      root.classList.remove("blma-theme-pending");
      replay();
    };
    script.onerror = function () {
      restore();
      listen(false);
      keys.length = 0;
      root.classList.remove("js", "blma-theme-pending");
      root.classList.add("no-js"); // the page as it is without scripts: no search button that cannot search
    };
    document.body.appendChild(script);
  }

  function request() {
    if (requested) return;
    requested = true;
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  root.classList.remove("no-js");
  root.classList.add("js", "blma-theme-pending");
  if (/[?&](?:h|q)=/.test(window.location.search)) request();
  else listen(true);
})();
