// Live filters for the recommendation overview. Without this script the page is the complete
// grouped table; with it, the filters hide rows and empty groups and are kept in the URL.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.oversikt tbody tr"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.gruppe"));
  var status = document.getElementById("antall-synlige");

  function readURL() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = params.get(select.name);
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      if (value !== null && known) { select.value = value; }
    });
  }

  function apply() {
    var active = {};
    selects.forEach(function (select) { if (select.value) { active[select.name] = select.value; } });
    var keys = Object.keys(active);
    var shown = 0;
    rows.forEach(function (row) {
      var visible = keys.every(function (key) {
        return (row.getAttribute("data-" + key) || "").split(" ").indexOf(active[key]) >= 0;
      });
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    groups.forEach(function (group) {
      var count = group.querySelectorAll("tbody tr:not([hidden])").length;
      group.hidden = count === 0;
      var label = group.querySelector("[data-antall]");
      if (label) { label.textContent = String(count); }
    });
    if (status) { status.textContent = "Viser " + shown + " av " + rows.length + " anbefalinger."; }
    var params = new URLSearchParams();
    keys.forEach(function (key) { params.set(key, active[key]); });
    var query = params.toString();
    try {
      window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    } catch (error) {
      // Some browsers refuse to change the address of a file; the filter still works.
    }
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  readURL();
  apply();
}());
