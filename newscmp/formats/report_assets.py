"""The inline style and script of the HTML report: data, kept apart from the code that writes it.

Nothing here loads anything from elsewhere: no fonts, no images, no URLs.
"""

from __future__ import annotations

STYLE = """
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.4; }
body { margin: 1.5rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #d0d0d7; padding: 0.35rem 0.5rem; }
th, td { vertical-align: top; text-align: left; }
thead th { background: #f2f2f5; }
th.fact small { display: block; font-weight: normal; color: #555; }
[data-marks] { cursor: pointer; }
[data-marks]:hover, [data-marks]:focus { outline: 2px solid #3b6fd8; outline-offset: -2px; }
.status { white-space: nowrap; font-weight: 600; }
.s-agree { background: #e3f5e1; } .s-partial { background: #fff4cc; }
.s-conflict { background: #fde0dc; } .s-single { background: #e0f1fb; }
.missing { color: #777; background: #f7f7f7; }
.chip { padding: 0.1rem 0.4rem; margin-right: 0.3rem; border-radius: 0.3rem; }
.legend mark, .legend .boilerplate { margin-right: 0.3rem; }
.hint { color: #555; font-size: 0.9rem; }
.boilerplate { color: #888; text-decoration: line-through; }
.sources { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem; }
.source { border: 1px solid #d0d0d7; border-radius: 0.4rem; padding: 0.6rem; }
.source .meta { color: #555; font-size: 0.8rem; margin: 0.2rem 0 0.5rem; }
.source .text { white-space: pre-wrap; max-height: 32rem; overflow: auto; font-size: 0.9rem; }
mark { border-radius: 0.2rem; padding: 0 0.05rem; color: inherit; }
.k-date { background: #cfe3ff; } .k-location { background: #d7f5d2; }
.k-venue { background: #e8dcff; } .k-duration { background: #ffe3c4; }
.k-participant { background: #ffd6e7; } .k-follow_up { background: #d4f2f0; }
.k-quantity { background: #fff0a8; } .k-quote { background: #e6e6e6; }
mark.hl { outline: 3px solid #d0021b; background: #ffb3b8; }
.summary { font-weight: 600; }
.toggle { display: inline-block; padding: 0.1rem 0.4rem; margin: 0 0.3rem 0.3rem 0;
  border-radius: 0.3rem; cursor: pointer; user-select: none; }
.toggle .count { color: #555; font-size: 0.85rem; }
.toggle input:not(:checked) ~ * { opacity: 0.45; }
tr[hidden] { display: none; }
mark.hl-also { outline: 2px dashed #d0021b; }
"""

SCRIPT = """
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".hl, .hl-also").forEach(function (element) {
      element.classList.remove("hl", "hl-also");
    });
  }
  function show(cell) {
    var ids = (cell.getAttribute("data-marks") || "").split(" ").filter(Boolean);
    if (!ids.length) { return; }
    clear();
    ids.forEach(function (id, index) {
      var name = index === 0 ? "hl" : "hl-also";
      var first = document.getElementById(id);
      if (first) { first.classList.add(name); }
      document.querySelectorAll('[data-part="' + id + '"]').forEach(function (part) {
        part.classList.add(name);
      });
    });
    var target = document.getElementById(ids[0]);
    var calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (target) { target.scrollIntoView({block: "center", behavior: calm ? "auto" : "smooth"}); }
  }
  function checked(group) {
    var on = {};
    document.querySelectorAll('input[data-filter="' + group + '"]').forEach(function (box) {
      on[box.value] = box.checked;
    });
    return on;
  }
  function filter() {
    var statuses = checked("status"), kinds = checked("kind"), shown = 0, rows;
    rows = document.querySelectorAll("#facts tbody tr");
    rows.forEach(function (row) {
      var keep = statuses[row.getAttribute("data-status")] !== false &&
        kinds[row.getAttribute("data-kind")] !== false;
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    var note = document.getElementById("shown");
    if (note) {
      note.textContent = shown === rows.length ? "" :
        shown + " of " + rows.length + " facts shown; tick a status or kind to show its rows.";
    }
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[data-filter]")) { filter(); }
  });
  document.addEventListener("click", function (event) {
    var cell = event.target.closest("[data-marks]");
    if (cell) { show(cell); }
  });
  document.addEventListener("keydown", function (event) {
    var cell = event.target.closest && event.target.closest("[data-marks]");
    if (cell && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(cell);
    }
  });
})();
"""
