/* Embed view. Any page address with ?embed shows the page without header, navigation and footer;
   ?embed=<id> shows one checklist (checklist-<phase>), practice example (practice-<id>) or glossary term
   (term-<id>) alone. Links leave the frame, and the content's height is posted to the parent page as
   {type: "blma-embed-height", height} (a number of CSS pixels), only to an origin allowed to embed the site.
   Inlined in <head> by overrides/main.html so that the embed layout applies before the first paint. */
(function () {
  "use strict";
  /* Sites allowed to embed pages and receive their height: the UN Network on Migration's Knowledge Platform,
     with and without www, besides this site's own origin. nginx.conf's frame-ancestors lists the same origins
     (tests/build/test_nginx.py checks that they agree). */
  var EMBEDDING_ORIGINS = ["https://migrationnetwork.un.org", "https://www.migrationnetwork.un.org"];

  /* Material keeps its settings in localStorage through __md_get/__md_set, defined by an inline script that
     runs before this one; in a cross-site frame Chromium throws SecurityError on the first read, an uncaught
     error in every embedded page. Where storage is blocked, those settings live in memory for the visit.
     localStorage itself is left alone, so checklists.js still sees that it cannot save ticks. */
  var storageBlocked = false;
  try {
    storageBlocked = !window.localStorage;
  } catch (error) {
    storageBlocked = true;
  }
  if (storageBlocked && typeof window.__md_get === "function") {
    var memory = new Map();
    var keyOf = function (key, scope) {
      return (scope || window.__md_scope).pathname + "." + key;
    };
    window.__md_get = function (key, storage, scope) {
      var value = memory.get(keyOf(key, scope));
      return value === undefined ? null : JSON.parse(value);
    };
    window.__md_set = function (key, value, storage, scope) {
      memory.set(keyOf(key, scope), JSON.stringify(value));
    };
  }

  /* A renamed heading id: move the reader from the old #id to the new one (data/redirects.yml). */
  var renamed = document.getElementById("blma-anchor-redirects");
  if (renamed && window.location.hash) {
    var map = JSON.parse(renamed.textContent);
    var old = decodeURIComponent(window.location.hash.slice(1));
    if (Object.prototype.hasOwnProperty.call(map, old)) window.location.replace("#" + map[old]);
  }
  var params = new URLSearchParams(window.location.search);
  if (!params.has("embed")) return;
  var root = document.documentElement;
  root.classList.add("blma-embed");
  var target = params.get("embed");
  var address = new URL(window.location.href);
  address.search = "";
  address.hash = "";
  var fullPage = address.href; /* this page outside the embed view */

  function containerOf(element) {
    return element.closest("section.blma-checklist, article.blma-practice, .blma-glossary__entry") || element;
  }

  /* The origin of the page that holds the frame, when the browser tells (ancestorOrigins, else the referrer). */
  function parentOrigin() {
    var ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length) return ancestors[0];
    try {
      return new URL(document.referrer).origin;
    } catch (error) {
      return null;
    }
  }

  /* The element a same-page link (#id) points to, if it is in the frame. */
  function partOf(href) {
    try {
      return document.getElementById(decodeURIComponent(href.slice(1)));
    } catch (error) {
      return null;
    }
  }

  /* A link opens outside the frame: this site's pages in the whole window, other sites in a new tab. A link to
     a part of the page that is not in the frame, and a heading's permalink, go to the full page. */
  function leaveFrame(link) {
    var href = link.getAttribute("href");
    if (!href) return;
    if (href.charAt(0) === "#") {
      if (partOf(href) && !link.classList.contains("headerlink")) return;
      link.href = fullPage + href;
      link.target = "_top";
      return;
    }
    var url;
    try {
      url = new URL(link.href);
    } catch (error) {
      return; /* not an address (a typo in a page): left as it is */
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return;
    if (url.origin === window.location.origin) {
      link.target = "_top";
    } else {
      link.target = "_blank";
      link.relList.add("noopener");
    }
  }

  /* Links that scripts add later (checklists.js) are treated when clicked. A link to a part of the frame
     (a footnote) scrolls the host page: the frame is as tall as its content, so it has nothing to scroll. */
  function follow(event) {
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link) return;
    leaveFrame(link);
    var href = link.getAttribute("href");
    var part = href.charAt(0) === "#" ? partOf(href) : null;
    if (part && window.parent !== window) part.scrollIntoView();
  }

  function setUp() {
    var article = document.querySelector("article.md-content__inner");
    if (target && article) {
      var element = document.getElementById(target);
      if (element) {
        var single = containerOf(element);
        var holder = document.createElement("div");
        holder.className = "blma-embed__single";
        holder.appendChild(single);
        article.textContent = "";
        article.appendChild(holder);
        root.classList.add("blma-embed--single");
      }
    }
    if (article) {
      var back = document.createElement("p");
      back.className = "blma-embed__back";
      var link = document.createElement("a");
      link.href = fullPage + (target ? "#" + target : "");
      link.target = "_top";
      var label = document.querySelector("meta[name=blma-embed-back]");
      link.textContent = label ? label.getAttribute("content") : document.title;
      back.appendChild(link);
      article.appendChild(back);
    }
    document.querySelectorAll("a[href]").forEach(leaveFrame);
    document.addEventListener("click", follow, true);

    if (window.parent === window) return;
    var own = /^https?:$/.test(window.location.protocol) ? [window.location.origin] : [];
    var allowed = EMBEDDING_ORIGINS.concat(own);
    var parent = parentOrigin();
    /* Unknown parent (no referrer): address each allowed origin; the browser delivers only to the right one. */
    var recipients = parent ? (allowed.indexOf(parent) >= 0 ? [parent] : []) : allowed;
    if (!recipients.length) return;
    /* The content's own height, not the document's: the document is at least as tall as the frame, so its
       height would never let the frame shrink when the content gets shorter (a wider frame). */
    var measured = article || document.body;
    var posted = -1;
    var postHeight = function () {
      var bottom = measured.getBoundingClientRect().bottom + window.scrollY;
      var height = Math.ceil(bottom + parseFloat(getComputedStyle(measured).marginBottom || "0"));
      if (height === posted) return;
      posted = height;
      recipients.forEach(function (origin) {
        window.parent.postMessage({ type: "blma-embed-height", height: height }, origin);
      });
    };
    postHeight();
    if (window.ResizeObserver) new ResizeObserver(postHeight).observe(measured);
    window.addEventListener("load", postHeight);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
