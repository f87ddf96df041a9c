/* Embed view. Any page address with ?embed shows the page without header, navigation and footer;
   ?embed=<id> shows one checklist (checklist-<phase>) or one practice example (practice-<id>) alone.
   The frame's height is posted to the parent page ({type: "blma-embed-height", height, url}).
   Inlined in <head> by overrides/main.html so that the embed layout applies before the first paint. */
(function () {
  "use strict";
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

  function containerOf(element) {
    return element.closest("section.blma-checklist, article.blma-practice, .blma-glossary__entry") || element;
  }

  function postHeight() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (window.parent !== window) {
      window.parent.postMessage({ type: "blma-embed-height", height: height, url: window.location.href }, "*");
    }
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
      var full = new URL(window.location.href);
      full.search = "";
      if (target) full.hash = target;
      link.href = full.toString();
      link.target = "_top";
      var label = document.querySelector("meta[name=blma-embed-back]");
      link.textContent = label ? label.getAttribute("content") : document.title;
      back.appendChild(link);
      article.appendChild(back);
    }
    postHeight();
    if (window.ResizeObserver) new ResizeObserver(postHeight).observe(document.body);
    window.addEventListener("load", postHeight);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
