/* Clause bank: filter by phase and core element, and copy a clause's wording. Progressive enhancement: without
   JavaScript every clause is shown and can be selected by hand. No request is made. */
(function () {
  "use strict";

  function setUpFilter(form) {
    var list = document.getElementById("clause-list");
    var status = form.querySelector(".blma-filter__count");
    if (!list || !status) return;
    var clauses = Array.prototype.slice.call(list.querySelectorAll("article.blma-clause"));
    var template = form.getAttribute("data-count-template");
    var phase = form.querySelector("select[name=phase]");
    var element = form.querySelector("select[name=element]");

    function has(clause, attribute, value) {
      return !value || (clause.getAttribute(attribute) || "").split(" ").indexOf(value) !== -1;
    }

    function apply() {
      var shown = 0;
      clauses.forEach(function (clause) {
        var visible = has(clause, "data-phases", phase.value) && has(clause, "data-elements", element.value);
        clause.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = template.replace("{n}", shown).replace("{total}", clauses.length);
    }

    form.hidden = false;
    form.addEventListener("change", apply);
    apply();
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = document.execCommand("copy");
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }

  function setUpCopy(button) {
    var label = button.textContent;
    button.parentNode.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      copyText(source.innerText.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied");
        window.setTimeout(function () { button.textContent = label; }, 2000);
      }, function () { /* the text stays selectable by hand */ });
    });
  }

  function init() {
    var form = document.getElementById("clause-filter");
    if (form && !form.dataset.ready) {
      form.dataset.ready = "1";
      setUpFilter(form);
    }
    Array.prototype.forEach.call(document.querySelectorAll("button.blma-clause__copy"), function (button) {
      if (!button.dataset.ready) {
        button.dataset.ready = "1";
        setUpCopy(button);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
