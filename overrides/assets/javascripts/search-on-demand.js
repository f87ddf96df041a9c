/* Search index on demand. Over http(s), Material requests the language's search index as soon as any page
   loads (more than 100 KB compressed), although most readers never search; on a slow connection that
   download competes with the page itself. This script holds back that one request until the reader opens
   search (the search toggle, the search field, or Material's keyboard shortcuts, which use the toggle), or
   at once when the reader arrives from a search result (?h=, which Material highlights with the index).
   Material then builds its index as usual. From file:// (offline bundles) Material already waits for the
   reader and loads search_index.js instead, which this script does not touch.
   Inlined in <head> by overrides/main.html so that it runs before Material's bundle. */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(?:[?#].*)?$/;
  var request = XMLHttpRequest.prototype;
  var open = request.open;
  var send = request.send;
  var wanted = false;
  var held = [];

  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (xhr) {
      try {
        send.call(xhr);
      } catch (error) {
        /* aborted while held back: Material no longer waits for it */
      }
    });
  }

  request.open = function (method, url) {
    this.blmaSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  request.send = function () {
    if (this.blmaSearchIndex && !wanted) {
      held.push(this);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function watch() {
    var toggle = document.querySelector("[data-md-toggle=search]");
    var field = document.querySelector("[data-md-component=search-query]");
    if (!toggle || !field) return release();
    if (toggle.checked || new URLSearchParams(window.location.search).has("h")) return release();
    toggle.addEventListener("change", function () {
      if (toggle.checked) release();
    });
    field.addEventListener("focus", release);
    field.addEventListener("input", release);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
