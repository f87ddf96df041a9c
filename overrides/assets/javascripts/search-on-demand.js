/* Search on demand. Over http(s), Material fetches the language's search index (100+ KB compressed) and its
   search worker's script (12 KB) as soon as any page loads, although most readers never search. This script
   holds both back until the reader opens search (the search toggle or field; Material's keyboard shortcuts
   use the toggle), or arrives from a search result (?h=, which Material highlights with the index).
   Not used offline (file://), where Material already waits. Inlined in <head> before Material's bundle. */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(?:[?#].*)?$/;
  var WORKER = /(?:^|\/)assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js(?:[?#].*)?$/;
  var EVENTS = ["message", "messageerror", "error"];
  var request = XMLHttpRequest.prototype;
  var open = request.open;
  var send = request.send;
  var NativeWorker = window.Worker;
  var wanted = false;
  var held = [];
  var starts = [];

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
    starts.splice(0).forEach(function (start) {
      start();
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

  /* Material creates its worker at start-up and posts to it only once the index has arrived. Until then it
     gets a stand-in (it listens with addEventListener and calls postMessage) that keeps what is posted; on
     release the real worker starts, gets those messages in order, and its events are passed on. */
  function standIn(url, options) {
    var stand = new EventTarget();
    var queue = [];
    var worker = null;
    EVENTS.forEach(function (type) {
      stand["on" + type] = null;
      stand.addEventListener(type, function (event) {
        if (typeof stand["on" + type] === "function") stand["on" + type](event);
      });
    });
    stand.postMessage = function () {
      if (worker) worker.postMessage.apply(worker, arguments);
      else if (queue) queue.push(arguments);
    };
    stand.terminate = function () {
      if (worker) worker.terminate();
      queue = null;
    };
    starts.push(function () {
      if (!queue) return; /* terminated before it was needed */
      worker = new NativeWorker(url, options);
      EVENTS.forEach(function (type) {
        worker.addEventListener(type, function (event) {
          /* A copy (an event cannot be dispatched twice); an error handled there is not reported here. */
          if (!stand.dispatchEvent(new event.constructor(type, event))) event.preventDefault();
        });
      });
      queue.splice(0).forEach(function (args) {
        worker.postMessage.apply(worker, args);
      });
    });
    return stand;
  }

  if (typeof NativeWorker === "function") {
    /* Called with `new`: a constructor that returns an object gives that object. */
    window.Worker = function Worker(url, options) {
      if (wanted || !WORKER.test(String(url))) return new NativeWorker(url, options);
      return standIn(url, options);
    };
    window.Worker.prototype = NativeWorker.prototype;
  }

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
