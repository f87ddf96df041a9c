/* Interactive checklists and self-assessment.
   State lives in this browser only (localStorage), keyed by each core element's language-neutral id, so a
   tick made on the English page shows on the French one. No request is made; exports are generated here.
   Without JavaScript the checklists stay readable lists and the self-assessment a printable form. */
(function () {
  "use strict";

  var STORAGE_KEY = "blma-checklist-v1";
  var FORMAT = "blma-checklist";
  var VERSION = 1;
  var MAX_NOTE = 2000;
  var STATUSES = ["covered", "partly", "missing"];

  var dataNode = document.getElementById("blma-checklist-data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var t = data.strings;
  var elements = data.elements;
  var byId = {};
  elements.forEach(function (element) { byId[element.id] = element; });

  /* ---- storage ------------------------------------------------------------------------------------ */
  var memory = null; // used when the browser refuses localStorage
  function load() {
    try {
      var raw = window.localStorage.getItem(STORAGE_KEY);
      var parsed = raw ? JSON.parse(raw) : null;
      return parsed && parsed.items ? parsed : { version: VERSION, items: {} };
    } catch (error) {
      return memory || { version: VERSION, items: {} };
    }
  }
  function save(state) {
    state.updated = new Date().toISOString();
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state)); } catch (error) { memory = state; }
  }
  function item(state, id) {
    if (!state.items[id]) state.items[id] = { checked: false, status: null, note: "" };
    return state.items[id];
  }
  function update(id, change) {
    var state = load();
    change(item(state, id));
    save(state);
    render();
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : match;
    });
  }

  /* ---- checklists --------------------------------------------------------------------------------- */
  function enhanceChecklist(section) {
    Array.prototype.forEach.call(section.querySelectorAll("li.blma-checklist__item"), function (li) {
      var id = li.getAttribute("data-element");
      var box = li.querySelector("input.blma-checklist__box");
      box.addEventListener("change", function () { update(id, function (entry) { entry.checked = box.checked; }); });
      var wrapper = document.createElement("div");
      wrapper.className = "blma-checklist__note";
      var label = document.createElement("label");
      label.setAttribute("for", "note-" + id);
      label.textContent = t.note;
      var note = document.createElement("textarea");
      note.id = "note-" + id;
      note.rows = 2;
      note.maxLength = MAX_NOTE;
      note.setAttribute("data-element", id);
      note.addEventListener("change", function () { update(id, function (entry) { entry.note = note.value; }); });
      wrapper.appendChild(label);
      wrapper.appendChild(note);
      li.insertBefore(wrapper, li.querySelector("details"));
    });
    var progress = document.createElement("p");
    progress.className = "blma-checklist__progress";
    progress.setAttribute("role", "status");
    progress.setAttribute("aria-live", "polite");
    section.insertBefore(progress, section.querySelector("ol"));
  }

  function renderChecklists(state) {
    Array.prototype.forEach.call(document.querySelectorAll("section.blma-checklist"), function (section) {
      var items = section.querySelectorAll("li.blma-checklist__item");
      var done = 0;
      Array.prototype.forEach.call(items, function (li) {
        var entry = state.items[li.getAttribute("data-element")] || {};
        var box = li.querySelector("input.blma-checklist__box");
        box.checked = !!entry.checked;
        if (box.checked) done += 1;
        var note = li.querySelector("textarea");
        if (note && document.activeElement !== note) note.value = entry.note || "";
      });
      var progress = section.querySelector(".blma-checklist__progress");
      if (progress) progress.textContent = format(t.progress, { done: done, total: items.length });
    });
  }

  /* ---- self-assessment and gap report ------------------------------------------------------------- */
  function enhanceAssessment(container) {
    container.addEventListener("change", function (event) {
      var input = event.target;
      if (input.type !== "radio") return;
      update(input.getAttribute("data-element"), function (entry) { entry.status = input.value; });
    });
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function reportList(status, state) {
    var section = document.createElement("section");
    section.className = "blma-report__group blma-report__group--" + status;
    section.setAttribute("data-status", status);
    var heading = document.createElement("h3");
    heading.textContent = status === "missing" ? t.report_missing : t.report_partly;
    section.appendChild(heading);
    var phases = [];
    elements.forEach(function (element) {
      var entry = state.items[element.id];
      if (!entry || entry.status !== status) return;
      var group = phases.filter(function (p) { return p.id === element.phase; })[0];
      if (!group) { group = { id: element.phase, label: element.phaseLabel, themes: {} }; phases.push(group); }
      (group.themes[element.themeLabel] = group.themes[element.themeLabel] || []).push(element);
    });
    if (!phases.length) return null;
    phases.forEach(function (phase) {
      var h4 = document.createElement("h4");
      h4.textContent = phase.label;
      section.appendChild(h4);
      Object.keys(phase.themes).forEach(function (theme) {
        var p = document.createElement("p");
        p.className = "blma-report__theme";
        p.textContent = theme;
        section.appendChild(p);
        var ul = document.createElement("ul");
        phase.themes[theme].forEach(function (element) {
          var li = document.createElement("li");
          li.setAttribute("data-element", element.id);
          var strong = document.createElement("strong");
          strong.textContent = element.title;
          li.appendChild(strong);
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(link(element.chapter, t.see_chapter));
          if (element.practices.length) {
            li.appendChild(document.createTextNode(" · " + t.see_examples + ": "));
            element.practices.forEach(function (practice, index) {
              if (index) li.appendChild(document.createTextNode("; "));
              li.appendChild(link(practice.url, practice.title));
            });
          }
          if (element.clauses && element.clauses.length) {
            li.appendChild(document.createTextNode(" · " + t.see_clauses + " "));
            element.clauses.forEach(function (clause, index) {
              if (index) li.appendChild(document.createTextNode("; "));
              li.appendChild(link(clause.url, clause.title));
            });
          }
          ul.appendChild(li);
        });
        section.appendChild(ul);
      });
    });
    return section;
  }

  function renderAssessment(state) {
    var counts = { covered: 0, partly: 0, missing: 0, open: 0 };
    Array.prototype.forEach.call(document.querySelectorAll("fieldset.blma-assess"), function (fieldset) {
      var entry = state.items[fieldset.getAttribute("data-element")] || {};
      Array.prototype.forEach.call(fieldset.querySelectorAll("input[type=radio]"), function (radio) {
        radio.checked = radio.value === entry.status;
      });
      if (STATUSES.indexOf(entry.status) === -1) counts.open += 1; else counts[entry.status] += 1;
    });
    var body = document.getElementById("gap-report-body");
    if (!body) return;
    body.textContent = "";
    var summary = document.createElement("p");
    summary.className = "blma-report__counts";
    summary.textContent = format(t.report_counts, counts);
    body.appendChild(summary);
    var missing = reportList("missing", state);
    var partly = reportList("partly", state);
    if (!missing && !partly) {
      var none = document.createElement("p");
      none.textContent = t.report_none;
      body.appendChild(none);
    }
    if (missing) body.appendChild(missing);
    if (partly) body.appendChild(partly);
  }

  /* ---- export and import -------------------------------------------------------------------------- */
  function rows(state) {
    return elements.map(function (element) {
      var entry = state.items[element.id] || {};
      return {
        id: element.id,
        phase: element.phase,
        title: element.title,
        checked: !!entry.checked,
        status: STATUSES.indexOf(entry.status) === -1 ? null : entry.status,
        note: entry.note || ""
      };
    });
  }

  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exporters(state) {
    var list = rows(state);
    return {
      json: function () {
        return JSON.stringify({ format: FORMAT, version: VERSION, language: data.lang,
          exported: new Date().toISOString(), items: list }, null, 1);
      },
      csv: function () {
        var lines = ["id,phase,title,checked,status,note"];
        list.forEach(function (row) {
          lines.push([row.id, row.phase, row.title, row.checked, row.status, row.note].map(csvCell).join(","));
        });
        return lines.join("\n") + "\n";
      },
      md: function () {
        var out = ["# " + t.export_title, ""];
        var phase = null;
        list.forEach(function (row) {
          if (row.phase !== phase) {
            phase = row.phase;
            out.push("", "## " + byId[row.id].phaseLabel, "");
          }
          var status = row.status ? " (" + t["status_" + row.status] + ")" : "";
          var note = row.note ? " — " + row.note.replace(/\s+/g, " ") : "";
          out.push("- [" + (row.checked ? "x" : " ") + "] " + row.title + " `" + row.id + "`" + status + note);
        });
        return out.join("\n") + "\n";
      }
    };
  }

  function download(name, type, text) {
    var blob = new Blob([text], { type: type + ";charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  function validate(parsed) {
    if (!parsed || typeof parsed !== "object") return "not a JSON object";
    if (parsed.format !== FORMAT) return "format is not " + FORMAT;
    if (parsed.version !== VERSION) return "unsupported version";
    if (!Array.isArray(parsed.items)) return "no items list";
    for (var i = 0; i < parsed.items.length; i += 1) {
      var row = parsed.items[i];
      if (!row || typeof row.id !== "string" || !byId[row.id]) return "unknown element at item " + (i + 1);
      if (typeof row.checked !== "boolean") return "checked must be true or false at item " + (i + 1);
      if (row.status !== null && row.status !== undefined && STATUSES.indexOf(row.status) === -1) {
        return "unknown status at item " + (i + 1);
      }
      if (row.note !== undefined && (typeof row.note !== "string" || row.note.length > MAX_NOTE)) {
        return "invalid note at item " + (i + 1);
      }
    }
    return null;
  }

  function importFile(file, message) {
    var reader = new FileReader();
    reader.onload = function () {
      var parsed;
      try { parsed = JSON.parse(reader.result); } catch (error) { parsed = undefined; }
      var problem = parsed === undefined ? "not valid JSON" : validate(parsed);
      if (problem) {
        message.textContent = format(t.import_invalid, { reason: problem });
        message.className = "blma-tools__message blma-tools__message--error";
        return;
      }
      var state = load();
      parsed.items.forEach(function (row) {
        state.items[row.id] = { checked: row.checked, status: row.status || null, note: row.note || "" };
      });
      save(state);
      render();
      message.textContent = format(t.import_done, { count: parsed.items.length });
      message.className = "blma-tools__message";
    };
    reader.readAsText(file);
  }

  function button(text, action, name) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.textContent = text;
    b.setAttribute("data-action", name);
    b.addEventListener("click", action);
    return b;
  }

  function toolbar(anchor) {
    var bar = document.createElement("div");
    bar.className = "blma-tools";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", t.tools_label);
    var message = document.createElement("p");
    message.className = "blma-tools__message";
    message.setAttribute("role", "status");
    var stamp = new Date().toISOString().slice(0, 10);
    var name = "blma-checklist-" + data.lang + "-" + stamp;
    bar.appendChild(button(t.export_csv, function () { download(name + ".csv", "text/csv", exporters(load()).csv()); }, "export-csv"));
    bar.appendChild(button(t.export_json, function () { download(name + ".json", "application/json", exporters(load()).json()); }, "export-json"));
    bar.appendChild(button(t.export_markdown, function () { download(name + ".md", "text/markdown", exporters(load()).md()); }, "export-markdown"));
    var input = document.createElement("input");
    input.type = "file";
    input.accept = "application/json,.json";
    input.hidden = true;
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) importFile(input.files[0], message);
      input.value = "";
    });
    bar.appendChild(input);
    bar.appendChild(button(t.import_json, function () { input.click(); }, "import-json"));
    bar.appendChild(button(t.print, function () { window.print(); }, "print"));
    bar.appendChild(button(t.reset, function () {
      if (window.confirm(t.reset_confirm)) { save({ version: VERSION, items: {} }); render(); }
    }, "reset"));
    bar.appendChild(message);
    anchor.parentNode.insertBefore(bar, anchor);
  }

  /* ---- start ---------------------------------------------------------------------------------------- */
  function render() {
    var state = load();
    renderChecklists(state);
    renderAssessment(state);
  }

  function init() {
    var checklists = document.querySelectorAll("section.blma-checklist");
    Array.prototype.forEach.call(checklists, enhanceChecklist);
    var assessment = document.querySelector(".blma-assessment");
    if (assessment) enhanceAssessment(assessment);
    var first = assessment || checklists[0];
    if (first) toolbar(first);
    document.documentElement.classList.add("blma-js");
    render();
    window.addEventListener("storage", function (event) { if (event.key === STORAGE_KEY) render(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
