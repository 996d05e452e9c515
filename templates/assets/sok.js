// Search over the index that `sokeindeks.js` assigns to a global (browsers refuse fetch on file://).
// Matching folds case but keeps æ, ø and å apart from a, o and a; every word of the query must
// begin a word of the entry. Ranking puts an exact term or name first, then the kind of entry:
// a checklist, then a definition, then recommendations.
(function () {
  "use strict";
  var index = window.VEILEDER_SOKEINDEKS || [];
  var weights = { guideline: 14, questionnaire: 12, definition: 10, recommendation: 6, category: 5, chapter: 2, brochure: 1, article: 1 };

  function fold(text) { return String(text).normalize("NFC").toLowerCase(); }
  function words(text) { return fold(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) || []; }
  function begins(list, token) {
    for (var i = 0; i < list.length; i += 1) { if (list[i].lastIndexOf(token, 0) === 0) { return true; } }
    return false;
  }

  var documents = index.map(function (doc) {
    return {
      doc: doc,
      title: fold(doc.t),
      names: doc.n.map(fold),
      titleWords: words(doc.t),
      nameWords: words(doc.n.join(" ")),
      bodyWords: doc.w
    };
  });

  function score(entry, query, tokens) {
    var total = 0;
    if (entry.title === query) { total += 100; } else if (entry.names.indexOf(query) >= 0) { total += 90; }
    for (var i = 0; i < tokens.length; i += 1) {
      var token = tokens[i];
      if (begins(entry.titleWords, token)) { total += 30; }
      else if (begins(entry.nameWords, token)) { total += 25; }
      else if (begins(entry.bodyWords, token)) { total += 5; }
      else { return 0; }
    }
    return total + (weights[entry.doc.c] || 0);
  }

  function search(text) {
    var query = words(text).join(" ");
    var tokens = words(text);
    if (tokens.length === 0) { return []; }
    return documents
      .map(function (entry) { return { entry: entry, score: score(entry, query, tokens) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.doc.t.localeCompare(b.entry.doc.t, "nb"); })
      .map(function (hit) { return hit.entry.doc; });
  }

  function show(text) {
    var list = document.getElementById("treff");
    var status = document.getElementById("sokestatus");
    if (!list) { return; }
    list.textContent = "";
    if (!text) { if (status) { status.textContent = ""; } return; }
    var hits = search(text);
    if (status) { status.textContent = hits.length === 0 ? "Ingen treff på «" + text + "»." : hits.length + " treff på «" + text + "»."; }
    hits.slice(0, 50).forEach(function (doc) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = doc.u;
      link.textContent = doc.t;
      var kind = document.createElement("span");
      kind.className = "type";
      kind.textContent = " " + doc.k;
      var excerpt = document.createElement("p");
      excerpt.textContent = doc.x;
      item.appendChild(link);
      item.appendChild(kind);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  var field = document.getElementById("sokefelt");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  if (field) {
    field.value = query;
    field.addEventListener("input", function () { show(field.value.trim()); });
  }
  show(query.trim());
}());
