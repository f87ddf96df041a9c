/* Interactive checklists and self-assessment.
   State lives in this browser only (localStorage), keyed by each core element's language-neutral id, so a
   tick made on the English page shows on the French one. Exports are generated here. The index of every
   element (titles, questions, links) that exports, import and the gap report need is fetched from the language
   root the first time one of them does, so a page's first load carries only the UI strings; an offline copy,
   opened from file:// where fetch is refused, has the index inline (macros/render/checklist_index.py).
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

  /* ---- element index ------------------------------------------------------------------------------ */
  // Inline links are relative to this page; fetched ones to the index file, which lies at the language root.
  var index = data.elements ? makeIndex(data.elements, window.location.href) : null;
  var indexUrl = dataNode.getAttribute("data-index");
  var arriving = null; // the fetch under way, if any

  function makeIndex(elements, base) {
    // A Map, not a plain object: "__proto__", "constructor" or "toString" must never pass for a known id.
    var known = new Map();
    elements.forEach(function (element) { known.set(element.id, element); });
    return { elements: elements, known: known, base: base }; // elements in cycle order
  }

  // Calls use(index) at once if the index is here, else when it arrives; failed(reason) if it cannot come.
  // A failed fetch is forgotten, so the reader's next action tries again.
  function withIndex(use, failed) {
    if (index) { use(index); return; }
    if (!indexUrl) { failed("no element index"); return; }
    if (!arriving) {
      var address = new URL(indexUrl, window.location.href).href;
      arriving = window.fetch(address).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (loaded) {
        index = makeIndex(loaded.elements, address);
        return index;
      });
      arriving.catch(function () { arriving = null; });
    }
    arriving.then(use, function (error) { failed(String(error && error.message || error)); });
  }

  function resolve(href) { return new URL(href, index.base).href; }

  /* ---- storage ------------------------------------------------------------------------------------ */
  // In a cross-site frame (or with site data blocked) Chromium throws SecurityError on localStorage: the state
  // then lives in this page view only, and the reader is told so (showStorageNotice).
  var storageBlocked = false;
  var memory = null; // JSON text of the state while storage is blocked

  function storageWorks() {
    try {
      var storage = window.localStorage;
      var probe = STORAGE_KEY + "-probe";
      storage.setItem(probe, "1");
      storage.removeItem(probe);
      return true;
    } catch (error) {
      return false;
    }
  }

  function emptyState() { return { version: VERSION, items: Object.create(null) }; }

  // Saved state is untrusted (an older version saved "constructor" from an import): keep well-formed entries
  // under ids that are not prototype names, in a prototype-free object.
  function normalise(parsed) {
    var state = emptyState();
    if (!parsed || typeof parsed !== "object" || !parsed.items || typeof parsed.items !== "object") return state;
    if (typeof parsed.updated === "string") state.updated = parsed.updated;
    Object.keys(parsed.items).forEach(function (id) {
      var entry = parsed.items[id];
      if (id in Object.prototype || !entry || typeof entry !== "object") return;
      state.items[id] = {
        checked: entry.checked === true,
        status: STATUSES.indexOf(entry.status) === -1 ? null : entry.status,
        note: typeof entry.note === "string" ? entry.note.slice(0, MAX_NOTE) : ""
      };
    });
    return state;
  }

  function load() {
    var raw = memory;
    if (!storageBlocked) {
      try { raw = window.localStorage.getItem(STORAGE_KEY); } catch (error) { blockStorage(); raw = memory; }
    }
    try { return normalise(raw ? JSON.parse(raw) : null); } catch (error) { return emptyState(); }
  }

  function save(state) {
    state.updated = new Date().toISOString();
    memory = JSON.stringify(state);
    if (storageBlocked) return;
    try { window.localStorage.setItem(STORAGE_KEY, memory); } catch (error) { blockStorage(); }
  }

  function blockStorage() {
    storageBlocked = true;
    showStorageNotice();
  }

  function item(state, id) {
    if (!state.items[id]) state.items[id] = { checked: false, status: null, note: "" };
    return state.items[id];
  }

  function update(id, change) {
    var state = load();
    change(item(state, id));
    save(state);
    forgetUndo();
    render();
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : match;
    });
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(text, action, name, className) {
    var b = make("button", className || "md-button", text);
    b.type = "button";
    b.setAttribute("data-action", name);
    b.addEventListener("click", action);
    return b;
  }

  /* ---- storage notice ----------------------------------------------------------------------------- */
  function embedded() {
    return window.self !== window.top || new URLSearchParams(window.location.search).has("embed");
  }

  // The same page without ?embed, opened at the embedded element (as the embed's own back link does).
  function fullSiteUrl() {
    var url = new URL(window.location.href);
    var target = url.searchParams.get("embed");
    url.searchParams.delete("embed");
    if (!url.searchParams.toString()) url.search = ""; // no bare "?" left behind
    if (target) url.hash = target;
    return url.toString();
  }

  function showStorageNotice() {
    var bar = document.querySelector(".blma-tools");
    if (!bar || document.querySelector(".blma-storage-notice")) return;
    var notice = make("p", "blma-storage-notice", t.checklist_storage_blocked);
    notice.setAttribute("role", "status");
    if (embedded()) {
      var open = make("a", "", t.checklist_storage_open);
      open.href = fullSiteUrl();
      open.target = "_top";
      notice.appendChild(document.createTextNode(" "));
      notice.appendChild(open);
    }
    var holder = bar.closest(".blma-checklist__bar") || bar;
    holder.parentNode.insertBefore(notice, holder);
  }

  /* ---- checklists --------------------------------------------------------------------------------- */
  var opened = new Set(); // notes the reader opened on this page view, shown even while empty

  // A note box is made the first time it is needed: the reader opens it, a saved note fills it, or the page is
  // printed. A first load then adds one small button per item instead of a form field (a chapter loads faster,
  // the checklists page by some sixty fields).
  function noteBox(li) {
    var wrapper = li.querySelector(".blma-checklist__note");
    if (wrapper) return wrapper;
    var id = li.getAttribute("data-element");
    wrapper = make("div", "blma-checklist__note");
    wrapper.id = "note-box-" + id;
    wrapper.hidden = true;
    var label = make("label", "", t.note);
    label.setAttribute("for", "note-" + id);
    var note = make("textarea");
    note.id = "note-" + id;
    note.rows = 2;
    note.maxLength = MAX_NOTE;
    note.setAttribute("data-element", id);
    // Saved on every keystroke: a note typed and then reloaded (without leaving the box first) is kept.
    note.addEventListener("input", function () {
      var state = load();
      item(state, id).note = note.value;
      save(state);
      forgetUndo();
    });
    wrapper.appendChild(label);
    wrapper.appendChild(note);
    li.insertBefore(wrapper, li.querySelector("details"));
    li.querySelector(".blma-checklist__note-add").setAttribute("aria-controls", wrapper.id);
    return wrapper;
  }

  function setNoteOpen(li, open) {
    var wrapper = open ? noteBox(li) : li.querySelector(".blma-checklist__note");
    var add = li.querySelector(".blma-checklist__note-add");
    if (wrapper) wrapper.hidden = !open;
    add.hidden = open;
    add.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function enhanceChecklist(section) {
    section.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.classList || !box.classList.contains("blma-checklist__box")) return;
      var id = box.closest("li.blma-checklist__item").getAttribute("data-element");
      update(id, function (entry) { entry.checked = box.checked; });
    });
    Array.prototype.forEach.call(section.querySelectorAll("li.blma-checklist__item"), function (li) {
      var id = li.getAttribute("data-element");
      var add = button(t.checklist_note_add, function () {
        opened.add(id);
        setNoteOpen(li, true);
        li.querySelector("textarea").focus();
      }, "note-add", "blma-checklist__note-add");
      add.setAttribute("aria-expanded", "false");
      li.insertBefore(add, li.querySelector("details"));
    });
    var bar = make("div", "blma-checklist__bar");
    var progress = make("p", "blma-checklist__progress");
    progress.setAttribute("role", "status");
    progress.setAttribute("aria-live", "polite");
    bar.appendChild(progress);
    var tools = toolbar();
    bar.appendChild(tools.bar);
    var list = section.querySelector("ol");
    section.insertBefore(bar, list);
    section.insertBefore(tools.message, list);
  }

  function renderChecklists(state) {
    Array.prototype.forEach.call(document.querySelectorAll("section.blma-checklist"), function (section) {
      var items = section.querySelectorAll("li.blma-checklist__item");
      var done = 0;
      Array.prototype.forEach.call(items, function (li) {
        var id = li.getAttribute("data-element");
        var entry = state.items[id] || {};
        var box = li.querySelector("input.blma-checklist__box");
        box.checked = !!entry.checked;
        if (box.checked) done += 1;
        var note = li.querySelector("textarea");
        if (!note && !entry.note && !opened.has(id)) return; // no box needed yet
        if (!note) note = noteBox(li).querySelector("textarea");
        if (document.activeElement !== note) note.value = entry.note || "";
        setNoteOpen(li, !!note.value || opened.has(id) || document.activeElement === note);
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
    Array.prototype.forEach.call(container.querySelectorAll(".blma-assessment__phase"), function (phase) {
      var progress = make("p", "blma-assessment__progress");
      progress.setAttribute("role", "status");
      progress.setAttribute("aria-live", "polite");
      var heading = phase.querySelector("h2");
      phase.insertBefore(progress, heading ? heading.nextSibling : phase.firstChild);
    });
    var tools = toolbar();
    container.parentNode.insertBefore(tools.bar, container);
    container.parentNode.insertBefore(tools.message, container);
  }

  function link(href, text) {
    var a = make("a", "", text);
    a.href = href;
    return a;
  }

  function reportList(status, state) {
    var section = make("section", "blma-report__group blma-report__group--" + status);
    section.setAttribute("data-status", status);
    section.appendChild(make("h3", "", status === "missing" ? t.report_missing : t.report_partly));
    var phases = [];
    index.elements.forEach(function (element) {
      var entry = state.items[element.id];
      if (!entry || entry.status !== status) return;
      var group = phases.filter(function (p) { return p.id === element.phase; })[0];
      if (!group) { group = { id: element.phase, label: element.phaseLabel, themes: new Map() }; phases.push(group); }
      if (!group.themes.has(element.themeLabel)) group.themes.set(element.themeLabel, []);
      group.themes.get(element.themeLabel).push(element);
    });
    if (!phases.length) return null;
    phases.forEach(function (phase) {
      section.appendChild(make("h4", "", phase.label));
      phase.themes.forEach(function (themeElements, theme) {
        section.appendChild(make("p", "blma-report__theme", theme));
        var ul = make("ul");
        themeElements.forEach(function (element) {
          var li = make("li");
          li.setAttribute("data-element", element.id);
          li.appendChild(make("strong", "", element.title));
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(link(resolve(element.chapter), t.see_chapter));
          if (element.practices.length) {
            li.appendChild(document.createTextNode(" · " + t.see_examples + ": "));
            element.practices.forEach(function (practice, position) {
              if (position) li.appendChild(document.createTextNode("; "));
              li.appendChild(link(resolve(practice.url), practice.title));
            });
          }
          if (element.clauses && element.clauses.length) {
            li.appendChild(document.createTextNode(" · " + t.see_clauses + " "));
            element.clauses.forEach(function (clause, position) {
              if (position) li.appendChild(document.createTextNode("; "));
              li.appendChild(link(resolve(clause.url), clause.title));
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
    Array.prototype.forEach.call(document.querySelectorAll(".blma-assessment__phase"), function (phase) {
      var fieldsets = phase.querySelectorAll("fieldset.blma-assess");
      var answered = 0;
      Array.prototype.forEach.call(fieldsets, function (fieldset) {
        var entry = state.items[fieldset.getAttribute("data-element")] || {};
        Array.prototype.forEach.call(fieldset.querySelectorAll("input[type=radio]"), function (radio) {
          radio.checked = radio.value === entry.status;
        });
        if (STATUSES.indexOf(entry.status) === -1) counts.open += 1;
        else { counts[entry.status] += 1; answered += 1; }
      });
      var progress = phase.querySelector(".blma-assessment__progress");
      if (progress) progress.textContent = format(t.checklist_assess_progress, { done: answered, total: fieldsets.length });
    });
    var body = document.getElementById("gap-report-body");
    if (!body) return;
    body.textContent = "";
    body.appendChild(make("p", "blma-report__counts", format(t.report_counts, counts)));
    if (!index && (counts.missing || counts.partly)) {
      // The lists wait for the index; the render that follows its arrival reads the state afresh.
      withIndex(render, function (reason) {
        body.appendChild(make("p", "blma-tools__message blma-tools__message--error", reason));
      });
      return;
    }
    var missing = reportList("missing", state);
    var partly = reportList("partly", state);
    if (!missing && !partly) body.appendChild(make("p", "", t.report_none));
    if (missing) body.appendChild(missing);
    if (partly) body.appendChild(partly);
  }

  /* ---- exports ------------------------------------------------------------------------------------ */
  function rows(state) {
    return index.elements.map(function (element) {
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

  // Excel splits a CSV on the list separator of the reader's locale: ";" where the decimal mark is a comma
  // (fr, es), "," where it is a point (en). The page language stands for the reader's locale.
  function csvSeparator(lang) {
    try {
      return new Intl.NumberFormat(lang).format(1.5).indexOf(",") === -1 ? "," : ";";
    } catch (error) {
      return ",";
    }
  }

  function csvCell(value, separator) {
    var text = value === null || value === undefined ? "" : String(value);
    // A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula: a leading quote keeps it text.
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    var quote = text.indexOf(separator) !== -1 || /["\n\r]/.test(text);
    return quote ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exporters(state) {
    var list = rows(state);
    return {
      json: function () {
        return JSON.stringify({ format: FORMAT, version: VERSION, language: data.lang,
          exported: new Date().toISOString(), items: list }, null, 1);
      },
      csv: function () {
        var separator = csvSeparator(data.lang);
        var line = function (cells) {
          return cells.map(function (cell) { return csvCell(cell, separator); }).join(separator);
        };
        var lines = [line([t.phase, t.export_col_id, t.core_element, t.export_col_question, t.export_col_ticked,
          t.export_col_status, t.note])];
        list.forEach(function (row) {
          var element = index.known.get(row.id);
          lines.push(line([element.phaseLabel, row.id, row.title, element.question,
            row.checked ? t.checked : t.not_checked, row.status ? t["status_" + row.status] : "", row.note]));
        });
        // The byte-order mark makes Excel read UTF-8 (accents) instead of the system code page.
        return "\ufeff" + lines.join("\r\n") + "\r\n";
      },
      md: function () {
        var out = ["# " + t.export_title];
        var phase = null;
        list.forEach(function (row) {
          var element = index.known.get(row.id);
          if (row.phase !== phase) {
            phase = row.phase;
            out.push("", "## " + element.phaseLabel, "");
          }
          var status = row.status ? " — " + t["status_" + row.status] : "";
          out.push("- [" + (row.checked ? "x" : " ") + "] **" + row.title + "** (`" + row.id + "`)" + status);
          out.push("    - " + t.export_col_question + t.colon + " " + element.question);
          if (row.note) out.push("    - " + t.note + t.colon + " " + row.note.replace(/\s+/g, " "));
        });
        return out.join("\n") + "\n";
      }
    };
  }

  function download(name, type, text) {
    var blob = new Blob([text], { type: type + ";charset=utf-8" });
    var a = make("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  /* ---- import ------------------------------------------------------------------------------------- */
  function validate(parsed) {
    if (!parsed || typeof parsed !== "object") return "not a JSON object";
    if (parsed.format !== FORMAT) return "format is not " + FORMAT;
    if (parsed.version !== VERSION) return "unsupported version";
    if (!Array.isArray(parsed.items)) return "no items list";
    for (var i = 0; i < parsed.items.length; i += 1) {
      var row = parsed.items[i];
      if (!row || typeof row.id !== "string" || !index.known.has(row.id)) return "unknown element at item " + (i + 1);
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

  function hasContent(state) {
    return Object.keys(state.items).some(function (id) {
      var entry = state.items[id];
      return entry.checked || entry.status || entry.note;
    });
  }

  // Merge keeps what the reader has and adds what the file has: a tick from either side stays ticked, the
  // reader's status wins, and a different note from the file is appended when both fit.
  function mergeNotes(mine, theirs) {
    if (!theirs || mine === theirs || mine.indexOf(theirs) !== -1) return mine;
    if (!mine) return theirs;
    var joined = mine + "\n\n" + theirs;
    return joined.length <= MAX_NOTE ? joined : mine;
  }

  var pendingUndo = null; // {before: JSON text, button} while the last import can be undone

  function forgetUndo() {
    if (!pendingUndo) return;
    pendingUndo.button.remove();
    pendingUndo = null;
  }

  function say(message, text, error) {
    message.textContent = text;
    message.className = "blma-tools__message" + (error ? " blma-tools__message--error" : "");
  }

  function applyImport(items, merge, message) {
    var state = load();
    var before = JSON.stringify(state);
    items.forEach(function (row) {
      var theirs = { checked: row.checked, status: row.status || null, note: row.note || "" };
      var mine = state.items[row.id];
      state.items[row.id] = merge && mine ? {
        checked: mine.checked || theirs.checked,
        status: mine.status || theirs.status,
        note: mergeNotes(mine.note, theirs.note)
      } : theirs;
    });
    save(state);
    forgetUndo();
    render();
    say(message, merge ? format(t.checklist_import_merged, { count: items.length })
      : format(t.import_done, { count: items.length }));
    var undo = button(t.checklist_import_undo, function () {
      pendingUndo = null;
      save(normalise(JSON.parse(before)));
      render();
      say(message, t.checklist_import_undone);
    }, "import-undo", "md-button blma-tools__inline");
    message.appendChild(document.createTextNode(" "));
    message.appendChild(undo);
    pendingUndo = { before: before, button: undo };
    undo.focus();
  }

  // Existing ticks or notes are never replaced silently: the reader chooses merge, replace or cancel.
  function askBeforeImport(items, message) {
    say(message, t.checklist_import_existing + " ");
    message.classList.add("blma-tools__message--ask");
    var choices = [
      button(t.checklist_import_merge, function () { applyImport(items, true, message); }, "import-merge",
        "md-button md-button--primary blma-tools__inline"),
      button(t.checklist_import_replace, function () { applyImport(items, false, message); }, "import-replace",
        "md-button blma-tools__inline"),
      button(t.checklist_import_cancel, function () { say(message, ""); }, "import-cancel",
        "md-button blma-tools__inline")
    ];
    choices.forEach(function (choice) { message.appendChild(choice); message.appendChild(document.createTextNode(" ")); });
    choices[0].focus();
  }

  function importFile(file, message) {
    var reader = new FileReader();
    reader.onload = function () {
      var parsed;
      try { parsed = JSON.parse(reader.result); } catch (error) { parsed = undefined; }
      withIndex(function () {
        var problem = parsed === undefined ? "not valid JSON" : validate(parsed);
        if (problem) {
          say(message, format(t.import_invalid, { reason: problem }), true);
          return;
        }
        if (hasContent(load())) askBeforeImport(parsed.items, message);
        else applyImport(parsed.items, false, message);
      }, function (reason) { say(message, reason, true); });
    };
    reader.readAsText(file);
  }

  /* ---- toolbar: export first, everything else in a menu ------------------------------------------- */
  function closeMenus(except) {
    Array.prototype.forEach.call(document.querySelectorAll(".blma-tools__more[aria-expanded=true]"), function (more) {
      if (more === except) return;
      more.setAttribute("aria-expanded", "false");
      document.getElementById(more.getAttribute("aria-controls")).hidden = true;
    });
  }

  var toolbarCount = 0;

  function toolbar() {
    toolbarCount += 1;
    var bar = make("div", "blma-tools");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", t.tools_label);
    var message = make("p", "blma-tools__message");
    message.setAttribute("role", "status");
    var name = "blma-checklist-" + data.lang + "-" + new Date().toISOString().slice(0, 10);
    // An export is made once the index is here: at once after the first, which may wait for its fetch.
    function exportAs(kind, extension, type) {
      withIndex(function () {
        if (message.classList.contains("blma-tools__message--error")) say(message, ""); // an earlier try's
        download(name + extension, type, exporters(load())[kind]());
      }, function (reason) { say(message, reason, true); });
    }

    bar.appendChild(button(t.export_csv, function () {
      exportAs("csv", ".csv", "text/csv");
    }, "export-csv", "md-button md-button--primary"));

    var input = make("input");
    input.type = "file";
    input.accept = "application/json,.json";
    input.hidden = true;
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) importFile(input.files[0], message);
      input.value = "";
    });

    // A <div> of buttons, not a list: "section.blma-checklist li" stays the checklist's items.
    var list = make("div", "blma-tools__list");
    list.id = "blma-tools-menu-" + toolbarCount;
    list.hidden = true;
    var more = button(t.checklist_more, function () {
      var open = more.getAttribute("aria-expanded") !== "true";
      closeMenus(more);
      more.setAttribute("aria-expanded", open ? "true" : "false");
      list.hidden = !open;
      if (open) list.querySelector("button").focus();
    }, "more", "md-button blma-tools__more");
    more.setAttribute("aria-expanded", "false");
    more.setAttribute("aria-controls", list.id);

    [
      button(t.export_json, function () {
        exportAs("json", ".json", "application/json");
      }, "export-json", "blma-tools__item"),
      button(t.export_markdown, function () {
        exportAs("md", ".md", "text/markdown");
      }, "export-markdown", "blma-tools__item"),
      button(t.import_json, function () { input.click(); }, "import-json", "blma-tools__item"),
      button(t.print, function () { window.print(); }, "print", "blma-tools__item"),
      button(t.reset, function () {
        if (!window.confirm(t.reset_confirm)) return;
        save(emptyState());
        forgetUndo();
        render();
      }, "reset", "blma-tools__item")
    ].forEach(function (action) {
      list.appendChild(action);
      // Choosing an action closes the menu; focus goes back to its button rather than to the page's top.
      action.addEventListener("click", function () {
        closeMenus();
        more.focus();
      });
    });

    var menu = make("div", "blma-tools__menu");
    menu.appendChild(more);
    menu.appendChild(list);
    menu.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || more.getAttribute("aria-expanded") !== "true") return;
      closeMenus();
      more.focus();
    });
    // Tabbing past the menu closes it, so an open panel never hides the items below from a keyboard reader.
    menu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !menu.contains(event.relatedTarget)) closeMenus();
    });
    bar.appendChild(menu);
    bar.appendChild(input);
    return { bar: bar, message: message };
  }

  /* ---- start -------------------------------------------------------------------------------------- */
  function render() {
    var state = load();
    renderChecklists(state);
    renderAssessment(state);
  }

  function init() {
    storageBlocked = !storageWorks();
    Array.prototype.forEach.call(document.querySelectorAll("section.blma-checklist"), enhanceChecklist);
    var assessment = document.querySelector(".blma-assessment");
    if (assessment) enhanceAssessment(assessment);
    document.documentElement.classList.add("blma-js");
    if (storageBlocked) showStorageNotice();
    render();
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".blma-tools__menu")) closeMenus();
    });
    window.addEventListener("storage", function (event) { if (event.key === STORAGE_KEY) render(); });
    // Paper gets a note box under every item (blma.css), so each is made before printing.
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("li.blma-checklist__item"), noteBox);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
