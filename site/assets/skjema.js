// Live scoring for a questionnaire page. The definition in #skaring is the same data the checker
// scores worked examples with (QuestionnaireScoring in VeilederKit); this follows the same rules:
// count of «ja», sum or percent of maximum over the items answered, reverse items, and no score
// when more items are missing than allowed. Only scored answers are kept, in the URL fragment.
(function () {
  "use strict";
  var form = document.getElementById("skjema");
  var definitionNode = document.getElementById("skaring");
  if (!form || !definitionNode) { return; }
  var definition = JSON.parse(definitionNode.textContent);
  var ids = Object.keys(definition.items);
  var result = document.getElementById("resultat");
  var output = document.getElementById("skar");
  var band = document.getElementById("intervall");
  var clear = document.getElementById("tom-skjema");

  function answers() {
    var found = {};
    ids.forEach(function (id) {
      var checked = Array.prototype.filter.call(form.querySelectorAll("input[name='" + id + "']"), function (input) { return input.checked; });
      if (checked.length > 0) { found[id] = checked.map(function (input) { return input.value; }); }
    });
    return found;
  }

  function score(found) {
    var total = 0, maximum = 0, answered = 0;
    ids.forEach(function (id) {
      var item = definition.items[id];
      var values = found[id];
      if (!values) { return; }
      var value = values.reduce(function (sum, v) { return sum + Number(item.scores[v] || 0); }, 0);
      if (item.reverse) { value = Number(item.max) + Number(item.min) - value; }
      total += value;
      maximum += Number(item.max);
      answered += 1;
    });
    var missing = ids.length - answered;
    if (answered === 0 || missing > Number(definition.maxMissing)) { return { score: null, answered: answered, missing: missing }; }
    var value = definition.method === "prosent-av-maks" ? Math.round(total / maximum * 1000) / 10 : total;
    var hit = null;
    definition.bands.forEach(function (b) { if (hit === null && value >= Number(b.min) && value <= Number(b.max)) { hit = b; } });
    return { score: value, band: hit, answered: answered, missing: missing };
  }

  function writeFragment(found) {
    var parts = Object.keys(found).sort().map(function (id) { return id + ":" + found[id].join("+"); });
    var fragment = parts.length ? "#svar=" + parts.join(",") : "";
    try { window.history.replaceState(null, "", window.location.pathname + window.location.search + fragment); } catch (error) { /* the form still works */ }
  }

  function readFragment() {
    var match = /^#svar=(.*)$/.exec(window.location.hash);
    if (!match) { return; }
    decodeURIComponent(match[1]).split(",").forEach(function (part) {
      var pieces = part.split(":");
      if (pieces.length !== 2 || ids.indexOf(pieces[0]) < 0) { return; }
      pieces[1].split("+").forEach(function (value) {
        Array.prototype.forEach.call(form.querySelectorAll("input[name='" + pieces[0] + "']"), function (input) {
          if (input.value === value) { input.checked = true; }
        });
      });
    });
  }

  function update() {
    var found = answers();
    var outcome = score(found);
    result.hidden = false;
    if (outcome.score === null) {
      output.textContent = outcome.answered === 0 ? "Ingen svar ennå." : "For mange spørsmål er ubesvart (" + outcome.missing + ").";
      band.textContent = "";
    } else {
      output.textContent = String(outcome.score).replace(".", ",") + " (" + outcome.answered + " av " + ids.length + " besvart)";
      band.textContent = outcome.band ? outcome.band.label + ": " + outcome.band.action : "Retningslinjen gir ingen grense for dette resultatet.";
    }
    writeFragment(found);
  }

  readFragment();
  form.addEventListener("change", update);
  if (clear) {
    clear.hidden = false;
    clear.addEventListener("click", function () {
      form.reset();
      Array.prototype.forEach.call(form.querySelectorAll("textarea"), function (area) { area.value = ""; });
      update();
    });
  }
  update();
}());
