/* Practice explorer: progressive enhancement of the full list rendered at build time.
   Without JavaScript the form stays hidden and every example is shown. No request is made. */
(function () {
  "use strict";

  function setUp(form) {
    var list = document.getElementById("practice-list");
    var status = document.querySelector(".blma-filter__count");
    if (!list || !status) return;
    var cards = Array.prototype.slice.call(list.querySelectorAll("article.blma-practice"));
    var template = form.getAttribute("data-count-template");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

    function matches(card) {
      return selects.every(function (select) {
        if (!select.value) return true;
        var values = (card.getAttribute("data-" + select.name) || "").split(" ");
        return values.indexOf(select.value) !== -1;
      });
    }

    function apply() {
      var shown = 0;
      cards.forEach(function (card) {
        var visible = matches(card);
        card.hidden = !visible;
        if (visible) shown += 1;
      });
      status.textContent = template.replace("{shown}", shown).replace("{total}", cards.length);
    }

    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }

  function init() {
    var form = document.getElementById("practice-filter");
    if (form && !form.dataset.ready) {
      form.dataset.ready = "1";
      setUp(form);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
